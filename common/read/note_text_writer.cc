// SPDX-License-Identifier: MIT
// Structured documents to the note text of common/read/note_text_writer.h.
#include "common/read/note_text_writer.h"

#include <algorithm>
#include <array>

namespace quorum {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string Roman(int n) {
  static constexpr std::array<std::pair<int, const char*>, 13> kRoman = {{{1000, "m"},
                                                                          {900, "cm"},
                                                                          {500, "d"},
                                                                          {400, "cd"},
                                                                          {100, "c"},
                                                                          {90, "xc"},
                                                                          {50, "l"},
                                                                          {40, "xl"},
                                                                          {10, "x"},
                                                                          {9, "ix"},
                                                                          {5, "v"},
                                                                          {4, "iv"},
                                                                          {1, "i"}}};
  std::string out;
  for (const auto& [value, letters] : kRoman)
    while (n >= value && out.size() < 32) {
      out += letters;
      n -= value;
    }
  return out;
}

// "a".."z", then "aa", "bb" as Word and browsers count past z.
std::string Letters(int n) {
  if (n <= 0) return std::to_string(n);
  const int repeat = (n - 1) / 26 + 1;
  return std::string(static_cast<size_t>(std::min(repeat, 8)), static_cast<char>('a' + (n - 1) % 26));
}

std::string Upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

std::string FormatNumber(int n, NumberStyle style) {
  switch (style) {
    case NumberStyle::kDecimal:
      return std::to_string(n);
    case NumberStyle::kLowerLetter:
      return Letters(n);
    case NumberStyle::kUpperLetter:
      return Upper(Letters(n));
    case NumberStyle::kLowerRoman:
      return n > 0 ? Roman(n) : std::to_string(n);
    case NumberStyle::kUpperRoman:
      return n > 0 ? Upper(Roman(n)) : std::to_string(n);
    case NumberStyle::kBullet:
      return {};
  }
  return std::to_string(n);
}

std::string SuperscriptNumber(int n) {
  static constexpr std::array<const char*, 10> kDigits = {"\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
                                                          "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
  std::string out;
  for (char digit : std::to_string(n)) out += kDigits[static_cast<size_t>(digit - '0')];
  return out;
}

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (IsSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

size_t CountWords(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    if (IsSpace(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  return words;
}

void NoteTextWriter::Block(std::string text) {
  if (text.empty()) return;
  if (!text_.empty()) text_ += join_next_ ? "\n" : "\n\n";
  join_next_ = false;
  text_ += text;
  ++blocks_;
}

void NoteTextWriter::Heading(std::string_view text, int level) {
  std::string line = CollapseSpaces(text);
  if (line.empty()) return;
  if (body_started_) line = std::string(static_cast<size_t>(std::clamp(level, 1, 6)), '#') + " " + line;
  Block(std::move(line));
}

void NoteTextWriter::Paragraph(std::string_view text, std::string_view marker, int depth) {
  // Hard line breaks survive; white space inside each line is collapsed. A
  // blank line (two breaks in a row, as a preformatted block or a Word
  // paragraph spaced with line breaks prints one) ends a paragraph, as it
  // does in a text note.
  std::vector<std::string> parts(1);
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line = CollapseSpaces(text.substr(start, end - start));
    // A line of no-break spaces only ("&nbsp;" as spacing) says nothing.
    if (line.find_first_not_of(" \xC2\xA0") == std::string::npos) line.clear();
    if (!line.empty()) {
      parts.back() += (parts.back().empty() ? "" : "\n") + line;
    } else if (end < text.size() && !parts.back().empty()) {
      parts.emplace_back();
    }
    start = end + 1;
  }
  if (parts.size() > 1 && parts.back().empty()) parts.pop_back();
  const std::string indent(static_cast<size_t>(std::clamp(depth, 0, 8)) * 4, ' ');
  for (size_t i = 0; i < parts.size(); ++i) {
    const std::string& joined = parts[i];
    // The item's number opens its first part only; a quotation marks each.
    const std::string_view mark = i == 0 || marker == ">" ? marker : std::string_view();
    // An empty numbered item still shows its number; an empty bullet or
    // quotation shows nothing.
    if (joined.empty() && (mark.empty() || mark == ">" || mark == "-")) continue;
    body_started_ = true;
    std::string block = mark.empty() ? joined : std::string(mark) + (joined.empty() ? "" : " " + joined);
    if (!indent.empty()) {
      std::string indented = indent;
      for (char c : block) indented += c == '\n' ? "\n" + indent : std::string(1, c);
      block = std::move(indented);
    }
    Block(std::move(block));
  }
  std::vector<std::string> footnotes;
  footnotes.swap(pending_footnotes_);
  for (std::string& footnote : footnotes) Block(std::move(footnote));
}

void NoteTextWriter::TableRow(const std::vector<std::string>& cells) {
  std::string row;
  for (const std::string& cell : cells) {
    std::string text = CollapseSpaces(cell);
    if (text.empty()) continue;
    row += (row.empty() ? "" : " | ") + text;
  }
  Paragraph(row);
}

std::string NoteTextWriter::CiteFootnote(std::string_view footnote_text) {
  const std::string marker = SuperscriptNumber(++footnotes_);
  std::string text = CollapseSpaces(footnote_text);
  // A footnote with no text still shows its marker, so the citation has a target.
  pending_footnotes_.push_back(marker + " " + (text.empty() ? "(empty footnote)" : text));
  return marker;
}

std::string NoteTextWriter::CiteFootnote(const std::string& key, std::string_view footnote_text) {
  auto [it, first] = cited_.emplace(key, std::string());
  if (first) it->second = CiteFootnote(footnote_text);
  return it->second;
}

void NoteTextWriter::LeaveOut(const std::string& kind, size_t words) {
  auto& [count, total] = left_out_[kind];
  ++count;
  total += words;
}

ConvertedText NoteTextWriter::Finish() {
  // Footnotes cited by nothing written after them (the last block's).
  Paragraph({});
  ConvertedText result;
  result.text = std::move(text_);
  result.ok = !result.text.empty();
  if (!left_out_.empty()) {
    std::string message = "left out as page furniture, not part of the note:";
    bool first = true;
    for (const auto& [kind, counts] : left_out_) {
      message += std::string(first ? " " : "; ") + kind + " (" + std::to_string(counts.first) +
                 (counts.first == 1 ? " block, " : " blocks, ") + std::to_string(counts.second) + " words)";
      first = false;
    }
    result.diagnostics.push_back({Severity::kNote, 0, message});
  }
  if (!result.ok)
    result.diagnostics.push_back({Severity::kError, 0, "no text found in the document; nothing to index"});
  return result;
}

}  // namespace quorum
