// SPDX-License-Identifier: MIT
// quorum-index's command line: parsed into an IndexCommand without touching
// any file, so tests can call ParseIndexArgs directly.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "common/base/ocr_mode.h"
#include "common/cli/cli.h"

namespace quorum {

struct IndexConfig {
  std::string db;                  // database folder
  std::vector<std::string> paths;  // files and folders to index
  bool parse_only = false;         // print the parse, write nothing
  std::string format = "text";     // --parse-only output: text | json
  std::string language;            // forced ISO 639-1 code; empty: detect per note
  bool overwrite = false;          // start from an empty database
  bool prune = false;              // remove indexed notes under `paths` that are gone from disk
  bool force = false;              // re-index notes whose content is unchanged
  bool wait = false;               // wait for another writer's lock instead of failing
  size_t commit_every = 100;       // commit after this many notes written
  size_t jobs = 0;                 // threads that parse and build documents; 0: every core
  size_t shards = 0;               // build as N shards; 0: as the index is (one for a new one)
  bool merge = false;              // merge a sharded index into one database at the end
  bool quiet = false;              // no warnings, no progress line
  std::string progress = "auto";   // auto | always | never
  OcrMode ocr = OcrMode::kAuto;    // which PDF pages are read by OCR
};

struct IndexCommand {
  CliAction action = CliAction::kRun;
  IndexConfig config;
  std::string help;  // the usage text, for kHelp
};

/// Parses arguments (without the program name). Throws UsageError (or a
/// boost::program_options::error) for anything a user must fix.
IndexCommand ParseIndexArgs(const std::vector<std::string>& args);

}  // namespace quorum
