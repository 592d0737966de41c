// SPDX-License-Identifier: MIT
// The meeting's date read from the text around it (note_header.h): a phrase
// that dates the meeting ("held on 28 August 2017"), or the dateline above a
// call to order.
#include <algorithm>
#include <array>
#include <cctype>

#include "common/layout/note_header.h"
#include "common/text/date.h"
#include "common/text/note_lines.h"

namespace quorum {
namespace {

// A call to order's dateline: on one of the lines just above it, short.
constexpr int kDatelineLines = 3;
constexpr size_t kMaxDatelineWords = 8;
constexpr size_t kCallToOrderWindow = 120;  // bytes after it in which "… on 2 March" may date it

// Phrases that, shortly before a date, make it the date of the meeting.
constexpr std::array<std::string_view, 12> kMeetingDateCues = {
    "held on",    "meeting, on", "meeting on",   "meeting of",  "session on", "tenue le",
    "réunion du", "séance du",   "celebrada el", "reunión del", "sesión del", "meeting held"};

}  // namespace

std::string FindMeetingDate(std::string_view text) {
  const std::string folded = Folded(text);
  // Folded text keeps byte offsets only for ASCII; search in it when the
  // lengths agree, else in the original text lower-cased ASCII-only.
  std::string_view haystack = folded.size() == text.size() ? std::string_view(folded) : text;
  size_t from = 0;
  while (auto date = FindDate(haystack, from)) {
    const size_t window = std::min<size_t>(date->start, 40);
    const std::string before = Folded(haystack.substr(date->start - window, window));
    for (std::string_view cue : kMeetingDateCues)
      if (before.find(cue) != std::string::npos) return date->iso;
    from = date->end;
  }
  return {};
}

namespace {

// Where `phrase` first stands in `text`, its spaces matching any run of
// white space: columns of a PDF break "called / to / order" over three lines.
size_t FindAcrossLines(std::string_view text, std::string_view phrase) {
  const size_t space = phrase.find(' ');
  const std::string_view first = phrase.substr(0, space);
  for (size_t at = text.find(first); at != std::string_view::npos; at = text.find(first, at + 1)) {
    size_t i = at, j = 0;
    while (j < phrase.size() && i < text.size()) {
      if (phrase[j] == ' ') {
        if (!std::isspace(static_cast<unsigned char>(text[i]))) break;
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
        ++j;
      } else if (text[i] == phrase[j]) {
        ++i, ++j;
      } else {
        break;
      }
    }
    if (j == phrase.size()) return at;
  }
  return std::string_view::npos;
}

}  // namespace

std::string FindCallToOrderDate(std::string_view text) {
  // Byte offsets of the lower-cased text are those of `text` (ASCII only is lowered).
  const std::string lower = AsciiLower(text);
  size_t cue = std::string::npos;
  for (std::string_view phrase : {"called to order", "se abre la sesi\u00F3n", "se abri\u00F3 la sesi\u00F3n",
                                  "la s\u00E9ance est ouverte", "ouvre la s\u00E9ance"})
    cue = std::min(cue, FindAcrossLines(lower, phrase));
  if (cue == std::string::npos) return {};
  // The dateline stands a line or three above, on a short line of its own:
  // "Cleveland, Ohio March 2, 1998." then "The meeting of the Council was"
  // then "called to order"; not a date in the agenda or text before it.
  size_t line_end = text.rfind('\n', cue);
  for (int back = 0; back < kDatelineLines && line_end != std::string_view::npos && line_end > 0; ++back) {
    const size_t line_start = text.rfind('\n', line_end - 1);
    const size_t begin = line_start == std::string_view::npos ? 0 : line_start + 1;
    const std::string_view line = text.substr(begin, line_end - begin);
    if (WordCount(line) <= kMaxDatelineWords)
      if (const std::optional<DateMatch> date = FindDate(line)) return date->iso;
    line_end = line_start;
  }
  // "… was called to order on 2 March 1998 at 7 p.m.": in its own sentence.
  size_t stop = std::min(text.size(), cue + kCallToOrderWindow);
  for (size_t i = cue; i + 2 < stop; ++i)
    if (text[i] == '.' && std::isspace(static_cast<unsigned char>(text[i + 1])) &&
        std::isupper(static_cast<unsigned char>(text[i + 2])))
      stop = i;
  const std::optional<DateMatch> after = FindDate(text.substr(0, stop), cue);
  return after ? after->iso : std::string();
}

}  // namespace quorum
