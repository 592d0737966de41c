// SPDX-License-Identifier: MIT
// The score table of docs/RANKING.md: nDCG@10 and MRR of each run, per query
// kind and overall, then per query, as Markdown.
#pragma once

#include <ostream>
#include <vector>

#include "eval/trec_files.h"

namespace quorum::eval {

/// Prints the tables for `runs` (columns in the order given) over `queries`.
/// Queries with no judgment of grade >= 1 cannot be scored: they are left
/// out, named on `warnings`, and counted under the table.
void PrintScores(const std::vector<Query>& queries, const Qrels& qrels, const std::vector<Run>& runs, std::ostream& out,
                 std::ostream& warnings);

}  // namespace quorum::eval
