// SPDX-License-Identifier: MIT
// quorum-search: parse arguments, open the database, search, print.
#include <unistd.h>
#include <xapian.h>

#include <iostream>
#include <string>
#include <vector>

#include "common/cli/cli.h"
#include "common/index/database.h"
#include "query/batch.h"
#include "query/ledger.h"
#include "query/listing.h"
#include "query/query_args.h"
#include "query/result_printer.h"
#include "query/searcher.h"

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  return quorum::RunCli("quorum-search", [&] {
    const quorum::QueryCommand command = quorum::ParseQueryArgs(args);
    if (command.action == quorum::CliAction::kHelp) {
      std::cout << command.help;
      return quorum::ExitCode::kOk;
    }
    if (command.action == quorum::CliAction::kVersion) {
      std::cout << "quorum-search " << QUORUM_VERSION << " (Xapian " << Xapian::version_string() << ")\n";
      return quorum::ExitCode::kOk;
    }
    const quorum::QueryConfig& config = command.config;
    const Xapian::Database database = quorum::OpenReadableDatabase(config.databases);
    if (config.batch) {
      return quorum::RunBatch(database, config, std::cin, std::cout) ? quorum::ExitCode::kFailure
                                                                     : quorum::ExitCode::kOk;
    }
    if (config.requests) {
      quorum::RunLedger(database, config, isatty(STDOUT_FILENO), std::cout);
      return quorum::ExitCode::kOk;
    }
    if (!config.list.empty()) {
      const auto values = quorum::List(database, config.list, config.entity_type, config.limit);
      config.format == "json" ? quorum::PrintListJson(values, std::cout) : quorum::PrintListText(values, std::cout);
      return quorum::ExitCode::kOk;
    }
    const quorum::SearchResult result =
        config.show.empty() ? quorum::Search(database, config) : quorum::Show(database, config.show);
    quorum::PrintResult(result, config, isatty(STDOUT_FILENO), std::cout);
    return quorum::ExitCode::kOk;
  });
}
