// SPDX-License-Identifier: MIT
// The ledger: requests, commitments and decisions as records, newest first,
// each with its citation, its sentence and whether a later note answered it.
#pragma once

#include <ostream>

#include <xapian.h>

#include "query/query_args.h"

namespace quorum {

/// Lists the requests `config` selects (--to, --by, --from, --to-date,
/// --open, QUERY) from `database` to `out` in config.format.
void RunLedger(const Xapian::Database& database, const QueryConfig& config, bool terminal, std::ostream& out);

}  // namespace quorum
