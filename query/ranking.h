// SPDX-License-Identifier: MIT
// The ranking's tunable constants in one place, set by the judged
// evaluation in eval/ (see docs/RANKING.md for the figures behind them).
#pragma once

namespace quorum::ranking {

/// Weight of a word matched only in a paragraph's context (note title,
/// body, agenda item title, heading) relative to one in its own text.
inline constexpr double kContextWeight = 0.25;

/// BM25 parameters (Xapian's BM25Weight: k1, k2, k3, b, min_normlen).
/// Xapian's defaults are 1, 0, 1, 0.5, 0.5.
inline constexpr double kBm25K1 = 1.0;
inline constexpr double kBm25K2 = 0.0;
inline constexpr double kBm25K3 = 1.0;
inline constexpr double kBm25B = 0.5;
inline constexpr double kBm25MinNormLen = 0.5;

}  // namespace quorum::ranking
