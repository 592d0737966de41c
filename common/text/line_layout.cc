// SPDX-License-Identifier: MIT
// How a text without blank lines between paragraphs marks where they end
// (see ReadLineLayout() in note_lines.h).
#include <algorithm>
#include <vector>

#include "common/text/note_lines.h"

namespace quorum {

LineLayout ReadLineLayout(std::string_view text) {
  // Speeches and transcripts are often saved with no blank line between
  // paragraphs: joining their lines until a blank one, as the usual layout
  // needs, would make a whole speech one paragraph. Either each line is a
  // paragraph (nearly every line ends a sentence), or the lines are wrapped
  // and a paragraph's last line is the one that ends a sentence short of the
  // width the text is wrapped at.
  size_t lines = 0, blank = 0, sentence_ends = 0, numbered = 0;
  std::vector<size_t> widths;
  for (size_t pos = 0; pos < text.size();) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = Trim(text.substr(pos, end - pos));
    if (line.empty()) {
      ++blank;
    } else {
      ++lines;
      sentence_ends += EndsSentence(line);
      numbered += ClassifyLine(line).kind == UnitKind::kNumbered;
      widths.push_back(line.size());
    }
    pos = end + 1;
  }
  LineLayout layout;
  // Numbered paragraphs, or blank lines between paragraphs: the usual layout.
  if (lines < 8 || blank * 20 > lines || numbered * 50 > lines) return layout;
  if (sentence_ends * 10 >= lines * 7) {
    layout.line_per_paragraph = true;
    return layout;
  }
  std::nth_element(widths.begin(), widths.begin() + static_cast<long>(widths.size() * 9 / 10), widths.end());
  const size_t wrap_width = widths[widths.size() * 9 / 10];
  if (wrap_width >= 40) layout.short_line = wrap_width * 4 / 5;
  return layout;
}

}  // namespace quorum
