// SPDX-License-Identifier: MIT
// What quorum-index does once its arguments are parsed.
#pragma once

#include <ostream>

#include "common/base/exit_code.h"
#include "indexer/index_args.h"

namespace quorum {

/// Indexes the notes under config.paths that are new or changed since the
/// last run (or, with --parse-only, prints every parse). Diagnostics and the
/// summary go to `err`, parse output to `out`. Throws quorum::Error when the
/// database cannot be opened or written (what was committed stays); a bad
/// note is reported and skipped, and makes the exit code kFailure once the
/// good notes are committed. Installs SIGINT and SIGTERM handlers: on
/// either, the run commits after the current note and returns the exit
/// status 128 + signal (see indexer/interrupt.h).
ExitCode RunIndex(const IndexConfig& config, std::ostream& out, std::ostream& err);

}  // namespace quorum
