// SPDX-License-Identifier: MIT
// Shared command-line plumbing; see common/cli/cli.h.
#include "common/cli/cli.h"

#include <xapian.h>

#include <iostream>
#include <new>

#include "common/base/error.h"
#include "common/text/language.h"

namespace po = boost::program_options;

namespace quorum {

CliAction ParseCommandLine(const std::vector<std::string>& args, const po::options_description& visible,
                           const po::options_description& hidden, const char* positional) {
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positionals;
  positionals.add(positional, -1);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(all).positional(positionals).run(), vm);
  if (vm.count("help")) return CliAction::kHelp;
  if (vm.count("version")) return CliAction::kVersion;
  po::notify(vm);
  return CliAction::kRun;
}

int RunCli(const std::string& program, const std::function<ExitCode()>& body) {
  const std::string prefix = program + ": error: ";
  const std::string try_help = "Try '" + program + " --help'.\n";
  try {
    return static_cast<int>(body());
  } catch (const po::error& e) {
    std::cerr << prefix << e.what() << '\n' << try_help;
    return static_cast<int>(ExitCode::kUsage);
  } catch (const UsageError& e) {
    std::cerr << prefix << e.what() << '\n' << try_help;
    return static_cast<int>(ExitCode::kUsage);
  } catch (const Error& e) {
    std::cerr << prefix << e.what() << '\n';
  } catch (const Xapian::Error& e) {
    std::cerr << prefix << e.get_description() << '\n';
  } catch (const std::bad_alloc&) {
    std::cerr << prefix << "out of memory\n";
  } catch (const std::exception& e) {
    std::cerr << prefix << e.what() << '\n';
  }
  return static_cast<int>(ExitCode::kFailure);
}

void RequireOneOf(const std::string& value, const std::vector<std::string>& allowed, const std::string& flag) {
  for (const std::string& option : allowed)
    if (value == option) return;
  std::string list;
  for (size_t i = 0; i < allowed.size(); ++i)
    list += (i == 0 ? "" : i + 1 == allowed.size() ? " or " : ", ") + allowed[i];
  throw UsageError(flag + " must be " + list + ", not '" + value + "'");
}

std::string KnownLanguageList() {
  std::string known;
  for (const std::string& code : KnownLanguages()) known += (known.empty() ? "" : ", ") + code;
  return known;
}

}  // namespace quorum
