// SPDX-License-Identifier: MIT
// The two ranking measures of docs/RANKING.md: nDCG@k and reciprocal rank.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace quorum::eval {

/// Only the first kCutoff answers of a run count (nDCG@10, MRR@10).
inline constexpr size_t kCutoff = 10;

/// The lowest grade that counts as relevant for the reciprocal rank: a
/// partly relevant paragraph (1) still answers the question in part.
inline constexpr int kRelevantGrade = 1;

/// The stricter reading, also reported: only a fully relevant paragraph (2)
/// ends the search. On easy sets MRR at grade 1 is 1.000 for every system.
inline constexpr int kFullyRelevantGrade = 2;

/// nDCG at `k` with linear gains (gain = grade) and discount log2(rank + 1),
/// as trec_eval's ndcg_cut. The ideal ranking sorts every judged grade of
/// the topic, so a system is not rewarded for leaving good paragraphs
/// unretrieved. Unjudged docnos gain 0. Returns 0 when `judged` has no
/// positive grade.
double NdcgAt(const std::vector<std::string>& ranked, const std::map<std::string, int>& judged, size_t k);

/// 1 / rank of the first of the first `k` answers graded >= `min_grade`, or
/// 0 if there is none.
double ReciprocalRankAt(const std::vector<std::string>& ranked, const std::map<std::string, int>& judged, size_t k,
                        int min_grade = kRelevantGrade);

/// How many of the first `k` answers have no judgment.
size_t UnjudgedAt(const std::vector<std::string>& ranked, const std::map<std::string, int>& judged, size_t k);

}  // namespace quorum::eval
