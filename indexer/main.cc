// SPDX-License-Identifier: MIT
// quorum-index: parse arguments, run, translate errors to exit codes.
#include <xapian.h>

#include <iostream>
#include <string>
#include <vector>

#include "common/cli/cli.h"
#include "indexer/index_args.h"
#include "indexer/index_run.h"

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  return quorum::RunCli("quorum-index", [&] {
    const quorum::IndexCommand command = quorum::ParseIndexArgs(args);
    if (command.action == quorum::CliAction::kHelp) {
      std::cout << command.help;
    } else if (command.action == quorum::CliAction::kVersion) {
      std::cout << "quorum-index " << QUORUM_VERSION << " (Xapian " << Xapian::version_string() << ")\n";
    } else {
      return quorum::RunIndex(command.config, std::cout, std::cerr);
    }
    return quorum::ExitCode::kOk;
  });
}
