// SPDX-License-Identifier: MIT
// Printed-line tests and paragraph writing for PDF layout; see
// common/read/pdf_text_rules.h. Small hand matchers, as in note_lines.cc.
#include "common/read/pdf_text_rules.h"

#include <cctype>

#include "common/text/date.h"
#include "common/text/note_lines.h"
#include "common/text/tokeniser.h"

namespace quorum {
namespace {

bool IsAsciiLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool IsWordByte(char c) { return IsAsciiLetter(c) || static_cast<unsigned char>(c) >= 0x80; }

constexpr std::string_view kLanguages[] = {"english", "french",   "spanish",  "arabic", "chinese", "russian",
                                           "anglais", "français", "espagnol", "inglés", "francés", "español"};

bool IsLanguage(std::string_view word) {
  for (std::string_view language : kLanguages)
    if (word == language) return true;
  return word == "only" || word == "and" || word == "et" || word == "y" || word == "seulement";
}

// The letters-only word that ends `text` ("capa-" -> "capa") and the one that starts it.
std::string_view LastWord(std::string_view text) {
  size_t i = text.size();
  while (i > 0 && IsWordByte(text[i - 1])) --i;
  return text.substr(i);
}
std::string_view FirstWord(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && IsWordByte(text[i])) ++i;
  return text.substr(0, i);
}

// Byte length of the hyphen that ends `text` after a letter: '-' or a soft
// hyphen (U+00AD); 0 if none.
size_t TrailingHyphen(std::string_view text, bool* soft) {
  *soft = text.size() >= 3 && text.substr(text.size() - 2) == "\u00AD";
  const size_t n = *soft ? 2 : (!text.empty() && text.back() == '-') ? 1 : 0;
  return n > 0 && text.size() > n && IsWordByte(text[text.size() - n - 1]) ? n : 0;
}

// Words that, before a hyphen, usually make a compound both ways
// ("co-operation" and "cooperation"): at a line end the hyphen is kept, as
// printed, rather than guessed away.
bool IsCompoundPrefix(std::string_view left) {
  for (std::string_view prefix :
       {"co",   "non", "re",    "pre",  "post",    "anti",  "self",  "ex",  "multi", "inter", "cross",
        "semi", "sub", "socio", "well", "counter", "extra", "intra", "ill", "macro", "micro"})
    if (left == prefix) return true;
  return false;
}

}  // namespace

std::string RepeatKey(std::string_view text) {
  std::string key;
  for (char c : Trim(text))
    key += std::isdigit(static_cast<unsigned char>(c)) ? '#'
                                                       : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

bool IsPageNumber(std::string_view text) {
  std::string folded = AsciiLower(Trim(text));
  if (folded.rfind("page ", 0) == 0) folded = folded.substr(5);
  std::erase_if(folded, [](char c) { return c == '-' || c == ' ' || c == '/'; });
  if (folded.empty() || folded.size() > 8) return false;
  const bool digits = folded.find_first_not_of("0123456789") == std::string::npos;
  const bool roman = folded.size() <= 5 && folded.find_first_not_of("ivxlc") == std::string::npos;
  return digits || roman;
}

bool IsJobNumber(std::string_view text) {
  text = Trim(text);
  if (text.size() >= 8 && text[0] == '*' && text.back() == '*' &&
      text.substr(1, text.size() - 2).find_first_not_of("0123456789") == std::string_view::npos)
    return true;  // the barcode's human-readable line
  // A footer may print the page number beside it: "4 GE.14-10049".
  if (!text.empty() && std::isdigit(static_cast<unsigned char>(text[0])) && text.find(' ') < 4)
    text = Trim(text.substr(text.find(' ')));
  if (text.substr(0, 3) != "GE." && text.substr(0, 3) != "NY." && text.substr(0, 2) != "V.") return false;
  const size_t digits = text.find_first_of("0123456789");
  return digits != std::string_view::npos && digits <= 3 && text.size() < 60 &&
         text.find('-') != std::string_view::npos;
}

bool IsContentsTitle(std::string_view text) {
  const std::string key = LooseKey(text);
  return key == "contents" || key == "table of contents" || key == "table des mati?res" || key == "sommaire" ||
         key == "?ndice" || key == "contenido" || key == "contents paragraphs page";
}

bool HasDotLeaders(std::string_view text) {
  size_t run = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '.' || text.substr(i, 3) == "\u2026") {
      if (text[i] != '.') i += 2;
      if (++run >= 5) return true;
    } else if (text[i] != ' ') {
      run = 0;
    }
  }
  return false;
}

bool IsOriginalLanguageLine(std::string_view text) {
  std::string folded = NormaliseWord(Trim(text));  // NFKC, case folded
  if (folded.rfind("original:", 0) == 0 || folded.rfind("original :", 0) == 0) return true;
  for (char& c : folded)
    if (c == '/' || c == ',' || c == ':') c = ' ';
  size_t start = 0, words = 0;
  while (start < folded.size()) {
    size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    if (end > start) {
      if (!IsLanguage(std::string_view(folded).substr(start, end - start))) return false;
      ++words;
    }
    start = end + 1;
  }
  return words > 0;
}

bool IsDateOnly(std::string_view text) {
  text = Trim(text);
  const std::optional<DateMatch> date = FindDate(text);
  return date && date->start == 0 && date->end + 1 >= text.size();
}

bool IsStarNote(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && text[i] == '*') ++i;
  return i > 0 && i <= 3 && i < text.size() && text[i] == ' ';
}

Vocabulary CollectVocabulary(const std::vector<PdfPage>& pages) {
  Vocabulary words;
  for (const PdfPage& page : pages) {
    for (const PdfLine& line : page.lines) {
      const std::string& text = line.text;
      for (size_t i = 0; i < text.size();) {
        if (!IsWordByte(text[i])) {
          ++i;
          continue;
        }
        size_t j = i;
        while (j < text.size() &&
               (IsWordByte(text[j]) || (text[j] == '-' && j + 1 < text.size() && IsWordByte(text[j + 1]))))
          ++j;
        words.insert(AsciiLower(text.substr(i, j - i)));
        i = j;
      }
    }
  }
  return words;
}

void TextWriter::Push(std::string text, int page) {
  if (page_break_) {
    text = "\f" + text;  // (insert(0, …) trips a false -Wrestrict in GCC 12)
    page_break_ = false;
  }
  lines_.emplace_back(std::move(text), page);
}

void TextWriter::Paragraph(const std::vector<const PdfLine*>& lines, int page) {
  if (lines.empty()) return;
  if (!lines_.empty() && !lines_.back().first.empty() && !page_break_) Push("", page);  // a form feed separates too
  bool glue = false;  // the line before ended in a hyphen that joins this one
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string text(Trim(lines[i]->text));
    if (text.empty()) continue;
    if (glue) {
      lines_.back().first += text;
    } else {
      Push(text, page);
    }
    // "capa-" + "bility" -> "capability" when the document spells the word
    // whole somewhere and never with its hyphen; a compound ("non-" +
    // "conviction", "IOM-" + "UN") keeps its hyphen. Either way the two
    // halves go on one line, so no later stage can guess differently.
    std::string& last = lines_.back().first;
    bool soft = false;
    const size_t hyphen = TrailingHyphen(last, &soft);
    glue = false;
    if (hyphen == 0 || i + 1 == lines.size()) continue;
    const std::string_view next = Trim(lines[i + 1]->text);
    if (!StartsLowercase(next) && !soft) continue;
    const std::string left = AsciiLower(LastWord(std::string_view(last).substr(0, last.size() - hyphen)));
    const std::string right = AsciiLower(FirstWord(next));
    const bool whole =
        vocabulary_->count(left + right) && !vocabulary_->count(left + "-" + right) && !IsCompoundPrefix(left);
    if (soft || whole) last.resize(last.size() - hyphen);
    glue = true;
  }
}

PdfLaidOut TextWriter::Finish() {
  PdfLaidOut out;
  if (page_break_) Push("", lines_.empty() ? 1 : lines_.back().second + 1);
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (i > 0) out.text += '\n';
    out.text += lines_[i].first;
    out.line_pages.push_back(lines_[i].second);
  }
  out.text += '\n';
  return out;
}

}  // namespace quorum
