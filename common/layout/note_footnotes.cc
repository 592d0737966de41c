// SPDX-License-Identifier: MIT
// Flattened footnote markers; see common/layout/note_footnotes.h.
#include "common/layout/note_footnotes.h"

#include <cctype>

#include "common/text/note_lines.h"

namespace quorum {
namespace {

constexpr std::string_view kAsteriskOperator = "\u2217";  // "∗", a star from symbol fonts

bool IsLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// Length of the star at text[i] ('*' or "∗"), 0 if none.
size_t StarAt(std::string_view text, size_t i) {
  if (i < text.size() && text[i] == '*') return 1;
  return text.substr(i, kAsteriskOperator.size()) == kAsteriskOperator ? kAsteriskOperator.size() : 0;
}

// The star run ending just before `end`: its start, and its count of stars.
size_t StarRunBefore(std::string_view text, size_t end, size_t* count) {
  *count = 0;
  while (end > 0) {
    if (text[end - 1] == '*') {
      --end;
    } else if (end >= kAsteriskOperator.size() &&
               text.substr(end - kAsteriskOperator.size(), kAsteriskOperator.size()) == kAsteriskOperator) {
      end -= kAsteriskOperator.size();
    } else {
      break;
    }
    ++*count;
  }
  return end;
}

}  // namespace

std::string StripTrailingStars(std::string* text) {
  std::string_view view = Trim(*text);
  size_t count = 0;
  const size_t start = StarRunBefore(view, view.size(), &count);
  if (count == 0 || count > 3 || start == 0) return {};
  *text = std::string(Trim(view.substr(0, start)));
  return std::string(count, '*');
}

bool TakeStarMarker(std::string* text, std::string_view marker) {
  for (size_t i = 1; i < text->size(); ++i) {
    if (StarAt(*text, i) == 0 || (*text)[i - 1] == ' ' || StarAt(*text, i - 1) != 0) continue;
    size_t end = i, count = 0;
    while (const size_t n = StarAt(*text, end)) end += n, ++count;
    if (count != marker.size()) continue;
    text->erase(i, end - i);
    return true;
  }
  return false;
}

size_t CountGluedDigitMarkers(std::string_view text) {
  size_t count = 0;
  for (size_t i = 1; i < text.size(); ++i) {
    if (!IsDigit(text[i]) || IsDigit(text[i - 1])) continue;
    size_t end = i + 1;
    if (end < text.size() && IsDigit(text[end])) ++end;
    if (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '.' ||
                              text[end] == '/' || text[end] == '-'))
      continue;  // "A/HRC/13/6", "2.5", "G77x": part of a longer token
    const char before = text[i - 1];
    const bool after_word = IsLetter(before) && i >= 2 && IsLetter(text[i - 2]) &&
                            !(i >= 3 && IsDigit(text[i - 3]));  // not "2nd"-like tokens
    const bool after_bracket = before == ')';
    const bool after_stop = (before == '.' || before == ';') && i >= 3 &&
                            ((IsLetter(text[i - 2]) && IsLetter(text[i - 3])) || text[i - 2] == ')');
    if (after_word || after_bracket || after_stop) ++count;
  }
  return count;
}

std::optional<std::string> SplitStarFootnote(std::string_view text, std::string* head) {
  // The last star run that is followed by a sentence of four words or more.
  size_t last_end = std::string_view::npos, last_start = 0;
  for (size_t i = 0; i < text.size();) {
    if (const size_t n = StarAt(text, i)) {
      size_t end = i;
      while (const size_t m = StarAt(text, end)) end += m;
      last_start = i;
      last_end = end;
      i = end;
    } else {
      ++i;
    }
  }
  if (last_end == std::string_view::npos) return std::nullopt;
  const std::string_view note = Trim(text.substr(last_end));
  if (WordCount(note) < 4 || !EndsSentence(note) || StartsLowercase(note)) return std::nullopt;
  std::string before(Trim(text.substr(0, last_start)));
  // Drop the rule and the stars that cite the note ("Israel _____ *", "Bahrain ∗").
  for (bool changed = true; changed;) {
    changed = false;
    while (!before.empty() && (before.back() == '_' || before.back() == ' ')) before.pop_back(), changed = true;
    std::string stripped = before;
    if (!StripTrailingStars(&stripped).empty()) before = stripped, changed = true;
  }
  *head = before;
  return std::string(note);
}

bool AttachFootnote(const std::string& label, const std::string& text, Note* note) {
  const bool stars = label.find_first_not_of('*') == std::string::npos;
  auto take_marker = [&](std::string* target) {
    if (stars) return TakeStarMarker(target, label);
    std::string stripped = *target;
    for (const std::string& marker : StripFootnoteMarkers(&stripped)) {
      if (marker == label) {
        *target = std::move(stripped);
        return true;
      }
    }
    return false;
  };
  for (auto it = note->paragraphs.rbegin(); it != note->paragraphs.rend(); ++it) {
    bool cited = take_marker(&it->text);
    for (SubItem& item : it->items) cited = cited || take_marker(&item.text);
    if (cited) {
      it->footnotes.push_back(text);
      return true;
    }
  }
  if (!stars && !note->paragraphs.empty()) return false;
  note->footnotes.push_back(text);
  return true;
}

bool AttachUnmarkedFootnote(const std::string& text, std::vector<Paragraph>* paragraphs) {
  size_t seen = 0;
  for (auto it = paragraphs->rbegin(); it != paragraphs->rend() && seen < 5; ++it) {
    if (!it->number) continue;
    ++seen;
    size_t markers = CountGluedDigitMarkers(it->text);
    for (const SubItem& item : it->items) markers += CountGluedDigitMarkers(item.text);
    if (markers > it->footnotes.size()) {
      it->footnotes.push_back(text);
      return true;
    }
  }
  return false;
}

}  // namespace quorum
