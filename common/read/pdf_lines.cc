// SPDX-License-Identifier: MIT
// Positioned words to printed lines. Words are compared by vertical overlap
// rather than by baseline: poppler reports each font's own ascent and
// descent, so two words on one baseline can have tops 3 points apart.
#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>

#include "common/read/pdf_layout.h"

namespace quorum {
namespace {

constexpr std::string_view kSuperscripts[] = {"\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
                                              "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};

double Height(const PdfWord& w) { return std::max(w.bottom - w.top, 0.1); }

double Overlap(double top1, double bottom1, double top2, double bottom2) {
  return std::min(bottom1, bottom2) - std::max(top1, top2);
}

// Digits or stars only, at most three: what a footnote marker prints.
bool IsMarkerText(std::string_view text) {
  if (text.empty() || text.size() > 6) return false;
  const bool stars = text.find_first_not_of("*") == std::string_view::npos || text == "\u2217" ||
                     text == "\u2217\u2217" || text == "\u2020";
  const bool digits = text.size() <= 3 && text.find_first_not_of("0123456789") == std::string_view::npos;
  return stars || digits;
}

std::string MarkerText(std::string_view text) {
  if (text.find_first_not_of("0123456789") != std::string_view::npos) {
    // "∗" (U+2217) and "†" mark footnotes as "*" does; one spelling keeps them comparable.
    return text == "\u2217\u2217" ? "**" : text.find('*') != std::string_view::npos ? std::string(text) : "*";
  }
  std::string out;
  for (char c : text) out += kSuperscripts[c - '0'];
  return out;
}

// The font size carrying most of the line's characters.
double MainSize(const std::vector<PdfWord>& words) {
  std::map<long, size_t> chars;  // size in tenths of a point -> characters
  for (const PdfWord& w : words) chars[std::lround(w.size * 10)] += w.text.size();
  long best = 0;
  size_t most = 0;
  for (const auto& [size, count] : chars)
    if (count > most) most = count, best = size;
  return static_cast<double>(best) / 10.0;
}

PdfLine BuildLine(std::vector<PdfWord> words) {
  std::sort(words.begin(), words.end(), [](const PdfWord& a, const PdfWord& b) { return a.left < b.left; });
  PdfLine line;
  line.size = MainSize(words);
  line.left = words.front().left;
  line.top = words.front().top;
  double center_sum = 0, center_count = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    const PdfWord& w = words[i];
    const bool marker = w.size <= 0.75 * line.size && IsMarkerText(w.text);
    line.right = std::max(line.right, w.right);
    line.top = std::min(line.top, w.top);
    line.bottom = std::max(line.bottom, w.bottom);
    if (!marker) center_sum += (w.top + w.bottom) / 2, ++center_count;
    if (marker && i == 0) {
      line.marker_start = true;
      line.text = MarkerText(w.text);
      continue;
    }
    // A word is glued to the one before when no space's width separates
    // them: a marker after its word, or a word split by a font change.
    const double gap = w.left - words[i - (i > 0 ? 1 : 0)].right;
    const bool glued = i > 0 && (marker ? gap < 0.3 * line.size : gap < 0.08 * line.size);
    if (i > 0 && !glued) line.text += ' ';
    line.text += marker ? MarkerText(w.text) : w.text;
  }
  line.center = center_count > 0 ? center_sum / center_count : (line.top + line.bottom) / 2;
  return line;
}

}  // namespace

std::vector<PdfLine> WordsToLines(std::vector<PdfWord> words) {
  std::erase_if(words, [](const PdfWord& w) { return w.text.find_first_not_of(" \t") == std::string::npos; });
  std::sort(words.begin(), words.end(),
            [](const PdfWord& a, const PdfWord& b) { return a.top + a.bottom < b.top + b.bottom; });
  struct Group {
    double top, bottom;
    std::vector<PdfWord> words;
  };
  std::vector<Group> groups;
  for (PdfWord& w : words) {
    // Words overlapping a recent line by half the smaller height share it;
    // a raised marker overlaps its line by most of its own height.
    Group* home = nullptr;
    for (size_t back = 0; back < groups.size() && back < 3 && !home; ++back) {
      Group& g = groups[groups.size() - 1 - back];
      const double overlap = Overlap(g.top, g.bottom, w.top, w.bottom);
      if (overlap >= 0.5 * std::min(Height(w), g.bottom - g.top)) home = &g;
    }
    if (!home) {
      groups.push_back({w.top, w.bottom, {}});
      home = &groups.back();
    } else if (Height(w) > home->bottom - home->top) {
      home->top = w.top, home->bottom = w.bottom;  // the full-size word defines the line
    }
    home->words.push_back(std::move(w));
  }
  std::vector<PdfLine> lines;
  lines.reserve(groups.size());
  for (Group& g : groups) lines.push_back(BuildLine(std::move(g.words)));
  std::sort(lines.begin(), lines.end(), [](const PdfLine& a, const PdfLine& b) { return a.center < b.center; });
  return lines;
}

}  // namespace quorum
