// SPDX-License-Identifier: MIT
// quorum-index: parse arguments, run, translate errors to exit codes.
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include <boost/program_options/errors.hpp>
#include <xapian.h>

#include "common/error.h"
#include "common/exit_code.h"
#include "indexer/index_args.h"
#include "indexer/index_run.h"

int main(int argc, char** argv) {
  using quorum::ExitCode;
  const std::vector<std::string> args(argv + 1, argv + argc);
  try {
    const quorum::IndexCommand command = quorum::ParseIndexArgs(args);
    switch (command.action) {
      case quorum::IndexCommand::Action::kHelp:
        std::cout << command.help;
        return 0;
      case quorum::IndexCommand::Action::kVersion:
        std::cout << "quorum-index " << QUORUM_VERSION << " (Xapian " << Xapian::version_string() << ")\n";
        return 0;
      case quorum::IndexCommand::Action::kRun:
        return static_cast<int>(quorum::RunIndex(command.config, std::cout, std::cerr));
    }
  } catch (const boost::program_options::error& e) {
    std::cerr << "quorum-index: error: " << e.what() << "\nTry 'quorum-index --help'.\n";
    return static_cast<int>(ExitCode::kUsage);
  } catch (const quorum::UsageError& e) {
    std::cerr << "quorum-index: error: " << e.what() << "\nTry 'quorum-index --help'.\n";
    return static_cast<int>(ExitCode::kUsage);
  } catch (const quorum::Error& e) {
    std::cerr << "quorum-index: error: " << e.what() << '\n';
  } catch (const Xapian::Error& e) {
    std::cerr << "quorum-index: error: " << e.get_description() << '\n';
  } catch (const std::bad_alloc&) {
    std::cerr << "quorum-index: error: out of memory\n";
  } catch (const std::exception& e) {
    std::cerr << "quorum-index: error: " << e.what() << '\n';
  }
  return static_cast<int>(ExitCode::kFailure);
}
