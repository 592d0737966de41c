// SPDX-License-Identifier: MIT
// Running headers and footers by position; see furniture.h.
#include "common/layout/furniture.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace quorum {
namespace {

constexpr size_t kMaxFurnitureBytes = 200;  // a running line is short; a paragraph is not furniture
constexpr size_t kMinRepeats = 3;           // twice may be chance; three times is a pattern
constexpr size_t kMinNumberedRepeats = 2;   // twice, with the page's own number, on two pages, is one too
constexpr size_t kPageEdgeUnits = 1;        // how many units may stand between a running line and its page's edge
constexpr int kMinPageLines = 20;           // no page is shorter than this
constexpr double kPageLengthSpread = 1.5;   // longest gap / shortest gap, for page-like intervals

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool HasLetter(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0 || (static_cast<unsigned char>(c) & 0x80) != 0;
  });
}

// The units of one shape, in order: where they stand and their numbers.
struct ShapeGroup {
  std::vector<size_t> at;
  std::vector<std::vector<long>> numbers;
};

// Where a group's numbers stand against its pages.
enum class Numbering {
  kNone,     // every number is the same on every line: "A/70/PV.15 28/09/2015"
  kPages,    // one or more rise with the pages, the rest stay: "15-29425 31/34"
  kVarying,  // a number changes otherwise: not a running line ("Article 2", "Article 7")
};

constexpr long kMaxPageStep = 3;  // a page number may be lost with its page's text: 21, 22, 24

// `paged`: steps of a page number are the form-feed pages between its lines;
// otherwise a page's number rises, by one or by a few where a number was
// lost or only odd or even pages print it. `page_steps`: for each line but
// the first, how many pages on from the line before it stands (1 where no
// number says).
Numbering ReadNumbering(const ShapeGroup& group, const std::vector<Unit>& units, bool paged,
                        std::vector<long>* page_steps) {
  Numbering numbering = Numbering::kNone;
  page_steps->assign(group.at.size(), 1);
  const size_t count = group.numbers.front().size();
  for (size_t j = 0; j < count; ++j) {
    bool same = true, pages = true;
    for (size_t k = 1; k < group.at.size(); ++k) {
      const long step = group.numbers[k][j] - group.numbers[k - 1][j];
      same = same && step == 0;
      const long page_step = units[group.at[k]].page - units[group.at[k - 1]].page;
      pages = pages && step > 0 && (paged ? step == page_step : step <= kMaxPageStep);
    }
    if (same) continue;
    if (!pages) return Numbering::kVarying;
    if (numbering == Numbering::kNone)
      for (size_t k = 1; k < group.at.size(); ++k) (*page_steps)[k] = group.numbers[k][j] - group.numbers[k - 1][j];
    numbering = Numbering::kPages;
  }
  return numbering;
}

// Pages on which the units `at` stand within `edge` units of the page's
// first or last one; 0 if any stands further in.
size_t PagesAtEdges(const std::vector<size_t>& at, const std::vector<Unit>& units,
                    const std::vector<std::pair<size_t, size_t>>& page_spans, size_t edge) {
  std::set<int> pages;
  for (size_t i : at) {
    const auto [first, last] = page_spans[static_cast<size_t>(units[i].page)];
    if (i - first > edge && last - i > edge) return 0;
    pages.insert(units[i].page);
  }
  return pages.size();
}

// Lines per page, from the gaps between the units `at` and how many pages
// each is on from the one before (`page_steps`), is about the same through
// the text, and no page is short.
bool AtPageIntervals(const std::vector<size_t>& at, const std::vector<Unit>& units,
                     const std::vector<long>& page_steps) {
  double shortest = 0, longest = 0;
  for (size_t k = 1; k < at.size(); ++k) {
    const double gap =
        static_cast<double>(units[at[k]].line - units[at[k - 1]].line) / static_cast<double>(page_steps[k]);
    shortest = k == 1 ? gap : std::min(shortest, gap);
    longest = std::max(longest, gap);
  }
  return shortest >= kMinPageLines && longest <= kPageLengthSpread * shortest;
}

}  // namespace

bool ReadsAsProse(std::string_view text) {
  // Spaces too, between the marks ("… P.M. ******"): a line's close, however set.
  while (!text.empty() && (text.back() == '*' || text.back() == '_' || text.back() == ' ')) text.remove_suffix(1);
  return HasLetter(text) && (EndsSentence(text) || text.back() == ',');
}

LineShape ShapeOfLine(std::string_view text) {
  // Words as printed, lower-cased, with each run of digits read out as '#'.
  std::vector<std::pair<std::string, std::vector<long>>> words;
  for (size_t i = 0; i < text.size();) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i >= text.size()) break;
    std::string shape;
    std::vector<long> numbers;
    for (; i < text.size() && text[i] != ' ' && text[i] != '\t'; ++i) {
      if (!IsDigit(text[i])) {
        shape += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
        continue;
      }
      long number = 0;
      for (; i < text.size() && IsDigit(text[i]); ++i)
        number = number < 100'000'000 ? number * 10 + (text[i] - '0') : number;
      --i;
      shape += '#';
      numbers.push_back(number);
    }
    words.emplace_back(std::move(shape), std::move(numbers));
  }
  // In order of their shapes: a footer whose parts change sides between odd
  // and even pages is one shape, its numbers read in the same order.
  std::stable_sort(words.begin(), words.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  LineShape shape;
  for (auto& [word, numbers] : words) {
    if (!shape.key.empty()) shape.key += ' ';
    shape.key += word;
    shape.numbers.insert(shape.numbers.end(), numbers.begin(), numbers.end());
  }
  return shape;
}

std::set<int> FindRunningLines(const std::vector<Unit>& units, bool numbered_only) {
  std::map<std::string, ShapeGroup> groups;
  for (size_t i = 0; i < units.size(); ++i) {
    if (units[i].kind != UnitKind::kText || units[i].text.size() >= kMaxFurnitureBytes) continue;
    if (LooseKey(units[i].text).empty()) continue;  // rules and ornaments, no word to lose
    LineShape shape = ShapeOfLine(units[i].text);
    ShapeGroup& group = groups[shape.key];
    group.at.push_back(i);
    group.numbers.push_back(std::move(shape.numbers));
  }
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
  std::set<int> running;
  const size_t page_count = page_spans.empty() ? 0 : page_spans.size() - 1;
  std::vector<long> page_steps;
  const auto keep = [&](const std::string& key, const ShapeGroup& group, Numbering numbering) {
    if (numbered_only && numbering != Numbering::kPages) return;
    if (std::any_of(group.at.begin(), group.at.end(), [&](size_t i) { return ReadsAsProse(units[i].text); })) return;
    bool is_running = false;
    if (!paged) {
      // Twice is enough for figures alone, a page's number among them
      // ("06-52737 14", then "15 06-52737" a page on): no prose is so.
      const bool figures_only = numbering == Numbering::kPages && !HasLetter(key);
      is_running = group.at.size() >= (figures_only ? kMinNumberedRepeats : kMinRepeats) &&
                   AtPageIntervals(group.at, units, page_steps);
    } else if (numbering == Numbering::kPages) {
      // A page's own number is evidence of its own: two pages do.
      is_running = PagesAtEdges(group.at, units, page_spans, kPageEdgeUnits) >= kMinNumberedRepeats;
    } else {
      // Or the very first or last line of every page but one (a short
      // document's header over pages 2 and 3).
      const size_t at_edge = PagesAtEdges(group.at, units, page_spans, 0);
      is_running = PagesAtEdges(group.at, units, page_spans, kPageEdgeUnits) >= kMinRepeats ||
                   (at_edge >= kMinNumberedRepeats && at_edge + 1 >= page_count);
    }
    if (is_running)
      for (size_t i : group.at) running.insert(units[i].line);
  };
  for (const auto& [key, group] : groups) {
    if (group.at.size() < kMinNumberedRepeats) continue;
    if (const Numbering numbering = ReadNumbering(group, units, paged, &page_steps); numbering != Numbering::kVarying) {
      keep(key, group, numbering);
      continue;
    }
    // Lines of one shape whose numbers differ otherwise ("Minutes 2020",
    // "Minutes 2021"): each line as printed may still run through the pages.
    std::map<std::vector<long>, ShapeGroup> same_numbers;
    for (size_t k = 0; k < group.at.size(); ++k) {
      ShapeGroup& same = same_numbers[group.numbers[k]];
      same.at.push_back(group.at[k]);
      same.numbers.push_back(group.numbers[k]);
    }
    for (const auto& [numbers, same] : same_numbers) {
      page_steps.assign(same.at.size(), 1);
      keep(key, same, Numbering::kNone);
    }
  }
  return running;
}

std::set<int> RunningLinesOfPages(std::string_view text) {
  // Every line a unit, counted as SplitUnits() counts lines and pages.
  const bool paged = text.find('\f') != std::string_view::npos;
  std::vector<Unit> lines;
  int page = paged ? 1 : 0, number = 0;
  for (size_t pos = 0; pos <= text.size();) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view raw = text.substr(pos, end - pos);
    ++number;
    for (size_t ff = raw.find('\f'); ff != std::string_view::npos && Trim(raw.substr(0, ff)).empty();
         ff = raw.find('\f')) {
      ++page;
      raw.remove_prefix(ff + 1);
    }
    if (const std::string_view line = Trim(raw); !line.empty()) {
      Unit unit;
      // A line too long to be furniture keeps only its place on its page:
      // its text (most of a note's) is not copied.
      if (line.size() < kMaxFurnitureBytes) unit.text = std::string(line);
      unit.line = number;
      unit.page = page;
      lines.push_back(std::move(unit));
    }
    pos = end + 1;
  }
  // Without form feeds, where a page ends is known only from the lines
  // themselves: a wrapped line may recur by chance, a page's number does not.
  return FindRunningLines(lines, /*numbered_only=*/!paged);
}

}  // namespace quorum
