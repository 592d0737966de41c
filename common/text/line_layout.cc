// SPDX-License-Identifier: MIT
// How a text without blank lines between paragraphs marks where they end
// (see ReadLineLayout() in note_lines.h).
#include <algorithm>
#include <cctype>
#include <vector>

#include "common/text/note_lines.h"

namespace quorum {
namespace {

constexpr size_t kMaxWrapWidth = 240;     // bytes; wider "wrapped" lines are paragraphs saved one per line
constexpr size_t kMinRaggedWidth = 60;    // narrower texts are lists of short lines, not ragged prose
constexpr size_t kMinLabelledLines = 10;  // and a fifth of the lines: speaker turns, one a line
// Text with a paragraph on each line hardly ever starts a line in lower case
// (under 5 % in the bodies' minutes); text wrapped to ragged widths, as the
// columns of a newspaper-like PDF come out, does so at every third line.
constexpr size_t kMinRunOnPercent = 15;
constexpr size_t kShortLinePercent = 80;  // of the wrap width: a paragraph's last line inside a block

// "1 Text": a number, a space and a capital, with no full stop or bracket
// (text converted from PDF often drops the tab after a paragraph number).
// Too ambiguous alone ("3 members voted"), so decided by the document: the
// units read this way are numbers when at least five follow each other in
// sequence (restarting at 1 for a new part) and most such units do.
constexpr size_t kMinBareSequence = 5;

// The one to three digits opening `text`, and their length in *end; 0 if none.
int LeadingNumber(std::string_view text, size_t* end) {
  size_t i = 0;
  int value = 0;
  while (i < text.size() && i < 4 && std::isdigit(static_cast<unsigned char>(text[i])))
    value = value * 10 + (text[i++] - '0');
  *end = i;
  return i == 0 || i > 3 ? 0 : value;
}

int BareNumber(const Unit& unit) {
  if (unit.kind != UnitKind::kText) return 0;
  size_t i = 0;
  const int number = LeadingNumber(unit.text, &i);
  if (number <= 0 || i + 1 >= unit.text.size() || unit.text[i] != ' ') return 0;
  return std::isupper(static_cast<unsigned char>(unit.text[i + 1])) ? number : 0;
}

// A "* " line: a footnote when it stands alone, a bullet in a run of them.
bool IsStarBullet(const Unit& unit) { return unit.kind == UnitKind::kFootnote && unit.marker == "*"; }
bool IsBullet(const Unit& unit) { return IsStarBullet(unit) || (unit.kind == UnitKind::kItem && unit.label.empty()); }

}  // namespace

LineLayout ReadLineLayout(std::string_view text) {
  // Speeches and transcripts are often saved with no blank line between
  // paragraphs: joining their lines until a blank one, as the usual layout
  // needs, would make a whole speech one paragraph. Either each line is a
  // paragraph (nearly every line ends a sentence), or the lines are wrapped
  // and a paragraph's last line is the one that ends a sentence short of the
  // width the text is wrapped at.
  size_t lines = 0, blank = 0, sentence_ends = 0, numbered = 0, labelled = 0;
  size_t run_on = 0;        // lines that start in lower case: a sentence ran on from the line before
  bool after_line = false;  // the line before was not blank
  std::vector<size_t> widths;
  for (size_t pos = 0; pos < text.size();) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = Trim(text.substr(pos, end - pos));
    if (line.empty()) {
      ++blank;
      after_line = false;
    } else {
      ++lines;
      sentence_ends += EndsSentence(line);
      numbered += ClassifyLine(line).kind == UnitKind::kNumbered;
      labelled += OpensWithLabel(line);
      // A letter in lower case first, right under a line: not "__dka:__ where …", a speaker's nick.
      run_on += after_line && (std::isalpha(static_cast<unsigned char>(line[0])) || line[0] == '\xC3') &&
                StartsLowercase(line);
      widths.push_back(line.size());
      after_line = true;
    }
    pos = end + 1;
  }
  LineLayout layout;
  layout.labelled_lines = labelled >= kMinLabelledLines && labelled * 5 >= lines;
  if (lines < 8) return layout;
  std::nth_element(widths.begin(), widths.begin() + static_cast<long>(widths.size() * 9 / 10), widths.end());
  const size_t wrap_width = widths[widths.size() * 9 / 10];
  // Lines are not wrapped when they run longer than anyone wraps, or when
  // most fall well short of the longest (one paragraph a line, of every
  // length: text saved from a word processor).
  const size_t full_lines = static_cast<size_t>(
      std::count_if(widths.begin(), widths.end(), [wrap_width](size_t w) { return w * 5 >= wrap_width * 3; }));
  layout.unwrapped = wrap_width > kMaxWrapWidth;
  // Ragged lines (most well short of the longest) that run on into each
  // other are columns, not paragraphs.
  const bool ragged = full_lines * 2 < widths.size();
  const bool runs_on = run_on * 100 >= lines * kMinRunOnPercent && sentence_ends * 10 < lines * 7;
  // Blank lines between paragraphs: the usual layout, unless the lines are
  // ragged (and the longest no wider than a page): then each line is a
  // paragraph, blank lines or not, or they are columns.
  if (blank * 20 > lines) {
    layout.line_per_paragraph = !layout.unwrapped && wrap_width >= kMinRaggedWidth && ragged;
    layout.ragged_columns = layout.line_per_paragraph && runs_on;
    layout.line_per_paragraph = layout.line_per_paragraph && !runs_on;
    // Wrapped text with blank lines between some paragraphs may leave them
    // out between others: a line that ends a sentence well short of the
    // width, before a capital, ends a paragraph inside a block too.
    if (!layout.line_per_paragraph && !layout.ragged_columns && !layout.unwrapped && wrap_width >= kMinRaggedWidth)
      layout.short_line_in_blocks = wrap_width * kShortLinePercent / 100;
    return layout;
  }
  // Wrapped text fills its lines: most stand near the width it is wrapped
  // at, and nobody wraps past a screen's width. Lines longer than that
  // (text saved from a web page, one element per line) are paragraphs, each
  // on its line, numbered or not.
  if (layout.unwrapped) {
    layout.line_per_paragraph = true;
    return layout;
  }
  // Numbered paragraphs: each number opens one, the usual layout.
  if (numbered * 50 > lines) return layout;
  if (ragged && runs_on) {
    layout.ragged_columns = true;
    return layout;
  }
  if (sentence_ends * 10 >= lines * 7 || ragged) {
    layout.line_per_paragraph = true;
    return layout;
  }
  if (wrap_width >= 40) layout.short_line = wrap_width * 4 / 5;
  return layout;
}

void ReadEndNotes(const std::set<int>& markers, size_t last_marked, std::vector<Unit>* units) {
  std::vector<Unit>& all = *units;
  std::vector<Unit> kept(all.begin(), all.begin() + static_cast<long>(std::min(last_marked + 1, all.size())));
  for (size_t i = kept.size(); i < all.size(); ++i) {
    Unit& unit = all[i];
    if (unit.kind == UnitKind::kNumbered && unit.sub_number == 0 && markers.count(unit.number)) {
      unit.kind = UnitKind::kFootnote;
      unit.label = std::to_string(unit.number);
      // Its link back ("Return to text"): a short line that ends no sentence.
      if (i + 1 < all.size() && all[i + 1].kind == UnitKind::kText && WordCount(all[i + 1].text) <= 4 &&
          !EndsSentence(all[i + 1].text)) {
        unit.text += " " + all[i + 1].text;
        ++i;
      }
    }
    kept.push_back(std::move(unit));
  }
  all = std::move(kept);
}

void ReadBareNumbers(std::vector<Unit>* units) {
  std::vector<size_t> candidates, sequence;
  int last = 0;
  for (size_t i = 0; i < units->size(); ++i) {
    const int number = BareNumber((*units)[i]);
    if (number == 0) continue;
    candidates.push_back(i);
    if (number == last + 1 || number == 1) {
      sequence.push_back(i);
      last = number;
    }
  }
  if (sequence.size() < kMinBareSequence || sequence.size() * 10 < candidates.size() * 7) return;
  for (size_t i : sequence) {
    Unit& unit = (*units)[i];
    size_t end = 0;
    unit.number = LeadingNumber(unit.text, &end);
    unit.kind = UnitKind::kNumbered;
    unit.label = std::to_string(unit.number);
    unit.marker = unit.label;
    unit.text.erase(0, end + 1);
  }
}

void MarkStarBullets(std::vector<Unit>* units) {
  // In a Markdown text (a "#" heading, or a run of star bullets somewhere)
  // a lone "* " line is a bullet too.
  bool markdown = false;
  for (size_t i = 0; i < units->size() && !markdown; ++i)
    markdown = (*units)[i].kind == UnitKind::kHeading ||
               (IsStarBullet((*units)[i]) && i + 1 < units->size() && IsStarBullet((*units)[i + 1]));
  std::vector<bool> bullet(units->size(), false);
  for (size_t i = 0; i < units->size(); ++i) {
    if (!IsStarBullet((*units)[i])) continue;
    bullet[i] =
        markdown || (i > 0 && IsBullet((*units)[i - 1])) || (i + 1 < units->size() && IsBullet((*units)[i + 1]));
  }
  for (size_t i = 0; i < units->size(); ++i) {
    if (!bullet[i]) continue;
    Unit& unit = (*units)[i];
    unit.kind = UnitKind::kItem;
    unit.label.clear();
  }
}

}  // namespace quorum
