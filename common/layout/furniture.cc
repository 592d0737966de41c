// SPDX-License-Identifier: MIT
// Running headers and footers by position; see furniture.h.
#include "common/layout/furniture.h"

#include <algorithm>
#include <set>

namespace quorum {
namespace {

constexpr size_t kMaxFurnitureBytes = 200;  // a running line is short; a paragraph is not furniture
constexpr int kMinRepeats = 3;              // twice may be chance; three times is a pattern
constexpr size_t kPageEdgeUnits = 2;        // how far from a page break a running line stands
constexpr int kMinPageLines = 20;           // no page is shorter than this
constexpr double kPageLengthSpread = 1.5;   // longest gap / shortest gap, for page-like intervals

bool AtPageEdges(const std::vector<size_t>& at, const std::vector<Unit>& units,
                 const std::vector<std::pair<size_t, size_t>>& page_spans) {
  std::set<int> pages;
  for (size_t i : at) {
    const auto [first, last] = page_spans[static_cast<size_t>(units[i].page)];
    if (i - first >= kPageEdgeUnits && last - i >= kPageEdgeUnits) return false;
    pages.insert(units[i].page);
  }
  return pages.size() >= static_cast<size_t>(kMinRepeats);
}

bool AtPageIntervals(const std::vector<size_t>& at, const std::vector<Unit>& units) {
  int shortest = 0, longest = 0;
  for (size_t k = 1; k < at.size(); ++k) {
    const int gap = units[at[k]].line - units[at[k - 1]].line;
    shortest = k == 1 ? gap : std::min(shortest, gap);
    longest = std::max(longest, gap);
  }
  return shortest >= kMinPageLines && longest <= kPageLengthSpread * shortest;
}

}  // namespace

std::map<std::string, int> FindRunningLines(const std::vector<Unit>& units) {
  std::map<std::string, std::vector<size_t>> places;
  for (size_t i = 0; i < units.size(); ++i)
    if (units[i].kind == UnitKind::kText && units[i].text.size() < kMaxFurnitureBytes)
      places[LooseKey(units[i].text)].push_back(i);
  // First and last unit index of each page (pages are 1-based; 0: no form feeds).
  std::vector<std::pair<size_t, size_t>> page_spans;
  const bool paged = !units.empty() && units.back().page > 0;
  if (paged) {
    page_spans.assign(static_cast<size_t>(units.back().page) + 1, {SIZE_MAX, 0});
    for (size_t i = 0; i < units.size(); ++i) {
      auto& span = page_spans[static_cast<size_t>(units[i].page)];
      span.first = std::min(span.first, i);
      span.second = std::max(span.second, i);
    }
  }
  std::map<std::string, int> running;
  for (const auto& [key, at] : places) {
    if (key.empty() || at.size() < static_cast<size_t>(kMinRepeats)) continue;
    if (paged ? AtPageEdges(at, units, page_spans) : AtPageIntervals(at, units))
      running[key] = static_cast<int>(at.size());
  }
  return running;
}

}  // namespace quorum
