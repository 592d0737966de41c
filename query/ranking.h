// SPDX-License-Identifier: MIT
// The ranking's tunable constants in one place, set by the judged
// evaluation in eval/ (see docs/RANKING.md for the figures behind them).
#pragma once

#include <cstddef>

namespace quorum::ranking {

/// Weight of a word matched only in a paragraph's context (note title,
/// body, agenda item title, heading) relative to one in its own text.
/// 0.1, 0.25 and 0.5 scored the same nDCG@10 to three decimals on the judged
/// set (docs/RANKING.md): with all words required, the context only decides
/// which paragraphs match (a country named only in the title), hardly their
/// order. 0.25 keeps text matches clearly ahead.
inline constexpr double kContextWeight = 0.25;

/// The default ranking's lifts (query/query_builder.cc, RankedQuery): a
/// paragraph holding any word matches; one holding all of them gains their
/// weight again times kAllWordsLift, the exact phrase times kPhraseLift, the
/// words within kNearWindow positions of each other times kNearLift. Chosen
/// on the tuned bodies (docs/RANKING.md, "Bodies nobody tuned for"): the
/// all-words lift from 0 to 4 moved nDCG@10 between 0.902 and 0.905, and 2
/// gave the best MRR; the phrase and near lifts, at 0.5, 1 or 2, changed no
/// query's ranking there and cost a position check of every candidate (a
/// General Debate query went from 5 to 70 ms), so both are off.
inline constexpr double kAllWordsLift = 2.0;
inline constexpr double kPhraseLift = 0;
inline constexpr double kNearLift = 0;
inline constexpr unsigned kNearWindow = 8;

/// WordNet synonyms (query/thesaurus.h), English only: up to
/// kThesaurusSynonyms per word of its most frequent senses join the
/// matching words at kThesaurusWeight of their weight.
inline constexpr double kThesaurusWeight = 0.3;
inline constexpr size_t kThesaurusSynonyms = 4;

/// Pseudo-relevance feedback (query/searcher.cc, WithFeedback): the
/// kFeedbackTerms most telling words of the first kFeedbackDocuments
/// paragraphs join the query at kFeedbackWeight of their weight.
inline constexpr unsigned kFeedbackDocuments = 10;
inline constexpr unsigned kFeedbackTerms = 10;
inline constexpr double kFeedbackWeight = 0.2;

/// BM25 parameters (Xapian's BM25Weight: k1, k2, k3, b, min_normlen).
/// Xapian's defaults are 1, 0, 1, 0.5, 0.5. k1 = 1.2 and b = 0.75 (the
/// classic Okapi values) scored best of the settings tried: UPR paragraphs
/// run from one line to 40,000-character lists of recommendations, and the
/// stronger length normalisation (b) stops a long list that names a topic
/// once from outranking a paragraph about it. b = 0.9 did worse on the
/// paragraphs already judged and was not pursued.
inline constexpr double kBm25K1 = 1.2;
inline constexpr double kBm25K2 = 0.0;
inline constexpr double kBm25K3 = 1.0;
inline constexpr double kBm25B = 0.75;
inline constexpr double kBm25MinNormLen = 0.5;

}  // namespace quorum::ranking
