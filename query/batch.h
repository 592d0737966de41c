// SPDX-License-Identifier: MIT
// --batch: many searches in one process, one query per input line and one
// JSON line of results per query, for scripts and benchmarks.
#pragma once

#include <xapian.h>

#include <iostream>
#include <istream>
#include <ostream>

#include "query/query_args.h"

namespace quorum {

/**
 * Runs each line of `in` as a search with the options of `base`, on the
 * database opened once by the caller. A line is the query text, or a JSON
 * object whose keys override the options for that line:
 *   {"query":"budget","meeting":"A/73/PV.6","agenda":"b","body":"council",
 *    "from":"2017","to":"2018-06","limit":20,"offset":0,"any":true,
 *    "sort":"newest","collapse":"meeting","exact_counts":true,"lang":"en"}
 * ("meeting" may be a list). Blank lines are skipped. For each query writes
 * one line to `out`, flushed so a caller may wait for it:
 *   {"v":1,"type":"batch","line":N,"query":…,"matches":M,"exact":…,
 *    "hits":[{"rank","id","score","snippet"}…],"facets":[{"facet","value","count"}…],
 *    "elapsed_ms":T}
 * where T is the time of the search itself (parsing, matching, facets,
 * snippets), or {"v":1,"type":"error","line":N,"message":…} for a line that
 * fails, also reported on `err`; the other lines still run. Returns the
 * number of lines that failed.
 */
size_t RunBatch(const Xapian::Database& database, const QueryConfig& base, std::istream& in, std::ostream& out,
                std::ostream& err = std::cerr);

}  // namespace quorum
