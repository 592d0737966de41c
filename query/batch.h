// SPDX-License-Identifier: MIT
// --batch: many searches in one process, one query per input line and one
// JSON line of results per query, for scripts and benchmarks.
#pragma once

#include <istream>
#include <ostream>

#include <xapian.h>

#include "query/query_args.h"

namespace quorum {

/// Runs each line of `in` as a query with the options of `base`; writes one
/// JSON object per line to `out`. Returns the number of queries that failed.
size_t RunBatch(const Xapian::Database& database, const QueryConfig& base, std::istream& in, std::ostream& out);

}  // namespace quorum
