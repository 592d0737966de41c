// SPDX-License-Identifier: MIT
// quorum-search's command line: parsed into a QueryCommand without opening
// the database, so tests can call ParseQueryArgs directly.
#pragma once

#include <string>
#include <vector>

#include "common/cli.h"

namespace quorum {

struct QueryConfig {
  std::vector<std::string> databases;  // one or more --db
  std::string query;                   // the QUERY words, joined by spaces
  std::vector<std::string> meetings;   // --meeting: symbol, ISO date or meeting id (ORed)
  std::string agenda;                  // --agenda: label or words of the title
  std::string body;                    // --body: name or words of it
  std::string from, to;                // meeting date bounds, "YYYYMMDD" (inclusive)
  size_t limit = 10;
  size_t offset = 0;
  std::string format = "text";  // text | json
  bool match_any = false;       // OR the words instead of requiring all of them
  std::string language;         // stem the query in this language only
  bool exact_counts = false;
  std::string color = "auto";  // auto | always | never
};

struct QueryCommand {
  CliAction action = CliAction::kRun;
  QueryConfig config;
  std::string help;
};

/// Parses arguments (without the program name); throws UsageError or a
/// boost::program_options::error for anything a user must fix.
QueryCommand ParseQueryArgs(const std::vector<std::string>& args);

/// "2017", "2017-08" or "2017-08-28" -> "20170101".."20171231" bounds:
/// the first day when `upper` is false, the last when true. Throws
/// UsageError naming `flag` for anything else.
std::string DateBound(const std::string& value, bool upper, const std::string& flag);

}  // namespace quorum
