// SPDX-License-Identifier: MIT
// quorum-serve: parse arguments, open the database, serve until stopped.
#include <xapian.h>

#include <iostream>
#include <string>
#include <vector>

#include "common/cli/cli.h"
#include "serve/serve_args.h"
#include "serve/server.h"

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  return quorum::RunCli("quorum-serve", [&] {
    const quorum::ServeCommand command = quorum::ParseServeArgs(args);
    if (command.action == quorum::CliAction::kHelp) {
      std::cout << command.help;
      return quorum::ExitCode::kOk;
    }
    if (command.action == quorum::CliAction::kVersion) {
      std::cout << "quorum-serve " << QUORUM_VERSION << " (Xapian " << Xapian::version_string() << ")\n";
      return quorum::ExitCode::kOk;
    }
    quorum::Serve(command.config);
    return quorum::ExitCode::kOk;
  });
}
