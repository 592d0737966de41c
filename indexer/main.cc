// SPDX-License-Identifier: MIT
// quorum-index: parse arguments, run, translate errors to exit codes.
#include <unistd.h>
#include <xapian.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "common/cli/cli.h"
#include "indexer/index_args.h"
#include "indexer/index_run.h"

namespace {

// Debian's Tesseract reads a scanned page on up to ten OpenMP threads, on
// top of the indexer's workers that already fill every core: a two-page scan
// took 14-20 s on two busy cores, and under 3 s with one thread a page. The
// OpenMP runtime reads its thread limit once, from the environment, as the
// program loads; so the limit is set and the program started again. A limit
// the user set is kept.
void LimitOcrThreads(char** argv) {
  if (std::getenv("OMP_THREAD_LIMIT")) return;
  setenv("OMP_THREAD_LIMIT", "1", 1);
  execv("/proc/self/exe", argv);  // returns only if it failed: run on as is
}

}  // namespace

int main(int argc, char** argv) {
  LimitOcrThreads(argv);
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
