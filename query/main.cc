// SPDX-License-Identifier: MIT
// quorum-search: parse arguments, open the database, search, print.
#include <unistd.h>

#include <iostream>
#include <new>
#include <string>
#include <vector>

#include <boost/program_options/errors.hpp>
#include <xapian.h>

#include "common/database.h"
#include "common/error.h"
#include "common/exit_code.h"
#include "query/query_args.h"
#include "query/result_printer.h"
#include "query/searcher.h"

int main(int argc, char** argv) {
  using quorum::ExitCode;
  const std::vector<std::string> args(argv + 1, argv + argc);
  try {
    const quorum::QueryCommand command = quorum::ParseQueryArgs(args);
    if (command.action == quorum::QueryCommand::Action::kHelp) {
      std::cout << command.help;
      return 0;
    }
    if (command.action == quorum::QueryCommand::Action::kVersion) {
      std::cout << "quorum-search " << QUORUM_VERSION << " (Xapian " << Xapian::version_string() << ")\n";
      return 0;
    }
    const quorum::QueryConfig& config = command.config;
    const Xapian::Database database = quorum::OpenReadableDatabase(config.databases);
    const quorum::SearchResult result = quorum::Search(database, config);
    if (config.format == "json") {
      quorum::PrintJson(result, std::cout);
    } else {
      quorum::PrintText(result, quorum::UseColor(config.color, isatty(STDOUT_FILENO)), std::cout);
    }
    return 0;
  } catch (const boost::program_options::error& e) {
    std::cerr << "quorum-search: error: " << e.what() << "\nTry 'quorum-search --help'.\n";
    return static_cast<int>(ExitCode::kUsage);
  } catch (const quorum::UsageError& e) {
    std::cerr << "quorum-search: error: " << e.what() << "\nTry 'quorum-search --help'.\n";
    return static_cast<int>(ExitCode::kUsage);
  } catch (const quorum::Error& e) {
    std::cerr << "quorum-search: error: " << e.what() << '\n';
  } catch (const Xapian::Error& e) {
    std::cerr << "quorum-search: error: " << e.get_description() << '\n';
  } catch (const std::bad_alloc&) {
    std::cerr << "quorum-search: error: out of memory\n";
  } catch (const std::exception& e) {
    std::cerr << "quorum-search: error: " << e.what() << '\n';
  }
  return static_cast<int>(ExitCode::kFailure);
}
