// SPDX-License-Identifier: MIT
// What both command-line tools share: option parsing with
// Boost.Program_options up to --help/--version, and the mapping of
// exceptions to messages and exit codes.
#pragma once

#include <boost/program_options.hpp>
#include <functional>
#include <string>
#include <vector>

#include "common/base/exit_code.h"

namespace quorum {

enum class CliAction { kRun, kHelp, kVersion };

/**
 * Parses `args` (without the program name) against the `visible` options
 * and the `hidden` one named `positional` that collects every positional
 * argument. --help and --version are answered before po::notify, so a
 * missing value never hides the help. Throws boost::program_options::error.
 */
CliAction ParseCommandLine(const std::vector<std::string>& args,
                           const boost::program_options::options_description& visible,
                           const boost::program_options::options_description& hidden, const char* positional);

/// Runs a tool's `body` and maps what it throws to an exit code, printing
/// "<program>: error: <message>" (and, for usage errors, a pointer to --help).
int RunCli(const std::string& program, const std::function<ExitCode()>& body);

/// Throws UsageError "<flag> must be a, b or c, not 'value'" unless `value` is allowed.
void RequireOneOf(const std::string& value, const std::vector<std::string>& allowed, const std::string& flag);

/// "en, fr, es, de": the languages --lang accepts, for error messages.
std::string KnownLanguageList();

}  // namespace quorum
