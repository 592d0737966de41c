// SPDX-License-Identifier: MIT
// What quorum-index does once its arguments are parsed.
#pragma once

#include <ostream>

#include "common/exit_code.h"
#include "indexer/index_args.h"

namespace quorum {

/// Parses every note under config.paths and indexes it (or, with
/// --parse-only, prints the parse). Diagnostics and the summary go to `err`,
/// parse output to `out`. Throws quorum::Error when the database cannot be
/// opened or written; a bad note is reported and skipped, and makes the
/// exit code kFailure once the good notes are committed.
ExitCode RunIndex(const IndexConfig& config, std::ostream& out, std::ostream& err);

}  // namespace quorum
