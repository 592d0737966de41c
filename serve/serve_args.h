// SPDX-License-Identifier: MIT
// quorum-serve's command line: parsed into a ServeCommand without opening
// the database or a socket, so tests can call ParseServeArgs directly.
#pragma once

#include <string>
#include <vector>

#include "common/cli/cli.h"

namespace quorum {

struct ServeConfig {
  std::vector<std::string> databases;  // one or more --db, searched as one
  std::string bind = "127.0.0.1";      // loopback: no one else can connect unless asked
  int port = 8080;                     // 0: any free port (printed on start)
  size_t threads = 0;                  // worker threads; 0: one per core, at least 4
  size_t max_limit = 100;              // most hits one request may ask for
  int timeout_seconds = 10;            // to read a request or write an answer
};

struct ServeCommand {
  CliAction action = CliAction::kRun;
  ServeConfig config;
  std::string help;
};

/// Parses arguments (without the program name); throws UsageError or a
/// boost::program_options::error for anything a user must fix.
ServeCommand ParseServeArgs(const std::vector<std::string>& args);

/// True when `address` reaches only this machine (127.0.0.0/8, ::1, localhost).
bool IsLoopback(const std::string& address);

}  // namespace quorum
