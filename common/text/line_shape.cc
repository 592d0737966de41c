// SPDX-License-Identifier: MIT
// The shape of a line or unit of text: trimmed, ending a sentence, starting
// in lower case, its loose key, its footnote markers (note_lines.h).
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "common/text/language.h"
#include "common/text/note_lines.h"
#include "common/text/superscripts.h"

namespace quorum {

constexpr size_t kMaxEntryLabelWords = 6;  // "Assessments and Licenses – …"

using superscripts::kSuperscripts;
using superscripts::SuperscriptAt;

std::string_view Trim(std::string_view text) {
  auto is_space_at = [&](size_t i, size_t* len) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\v') return (*len = 1), true;
    if (text.substr(i, 2) == "\u00A0") return (*len = 2), true;
    return false;
  };
  size_t len = 0;
  while (!text.empty() && is_space_at(0, &len)) text.remove_prefix(len);
  while (!text.empty()) {
    if (static_cast<unsigned char>(text.back()) <= ' ') {
      text.remove_suffix(1);
    } else if (text.size() >= 2 && text.substr(text.size() - 2) == "\u00A0") {
      text.remove_suffix(2);
    } else {
      break;
    }
  }
  return text;
}

std::string_view WithoutClosingEmphasis(std::string_view text) {
  while (!text.empty() && (text.back() == '*' || text.back() == '_')) text.remove_suffix(1);
  return text;
}

std::string LooseKey(std::string_view text) {
  std::string key;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (std::isalnum(c)) {
      key += static_cast<char>(std::tolower(c));
    } else if (text.substr(i, 3) == "\u2019" || text.substr(i, 3) == "\u2018") {
      i += 2;  // apostrophes vanish, as ASCII ones do: "IOM’S" = "IOM'S" = "ioms"
    } else if (c >= 0xC0 && c < 0xF0) {
      key += '?';  // any non-ASCII letter, so "AOÛT" and "août" agree
      while (i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) ++i;
    } else if (c == ' ' && !key.empty() && key.back() != ' ') {
      key += ' ';
    }
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

bool EndsSentence(std::string_view text) {
  text = Trim(text);
  while (!text.empty()) {
    const char c = text.back();
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
    if (c == ')' || c == ']' || c == '"' || c == '\'') {
      text.remove_suffix(1);
      continue;
    }
    // Closing curly quotes and », each 2 or 3 UTF-8 bytes.
    if (text.size() >= 3 && (text.substr(text.size() - 3) == "\u201D" || text.substr(text.size() - 3) == "\u2019")) {
      text.remove_suffix(3);
      continue;
    }
    if (text.size() >= 2 && text.substr(text.size() - 2) == "\u00BB") {
      text.remove_suffix(2);
      continue;
    }
    // A footnote marker after the full stop ("… at 10:00 a.m.¹") ends nothing.
    int digit = 0;
    bool marker = false;
    for (size_t size : {size_t{2}, size_t{3}})
      if (!marker && text.size() >= size && SuperscriptAt(text, text.size() - size, &digit) == size) {
        text.remove_suffix(size);
        marker = true;
      }
    if (marker) continue;
    return false;
  }
  return false;
}

bool StartsLowercase(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (std::isalpha(c)) return std::islower(c) != 0;
    if (c == 0xC3 && i + 1 < text.size())  // Latin-1 letters: à..ÿ lower, À..Þ upper
      return static_cast<unsigned char>(text[i + 1]) >= 0xA0;
    if (std::isdigit(c)) return false;
  }
  return false;
}

size_t WordCount(std::string_view text) {
  size_t count = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++count;
    in_word = !space;
  }
  return count;
}

std::string SuperscriptToDigits(std::string_view marker) {
  std::string digits;
  size_t i = 0;
  int digit = 0;
  while (i < marker.size()) {
    if (const size_t n = SuperscriptAt(marker, i, &digit)) {
      digits += static_cast<char>('0' + digit);
      i += n;
    } else {
      digits += marker[i++];
    }
  }
  return digits;
}

std::vector<std::string> StripFootnoteMarkers(std::string* text) {
  std::vector<std::string> markers;
  std::string out;
  out.reserve(text->size());
  int digit = 0;
  for (size_t i = 0; i < text->size();) {
    size_t n = SuperscriptAt(*text, i, &digit);
    if (n == 0 || out.empty() || out.back() == ' ') {
      out += (*text)[i++];
      continue;
    }
    std::string marker;
    while ((n = SuperscriptAt(*text, i, &digit)) != 0) {
      marker += static_cast<char>('0' + digit);
      i += n;
    }
    markers.push_back(marker);
  }
  *text = std::move(out);
  return markers;
}

// "Présents : Daniel Jugy, …", "Secrétaire de séance : Philippe Pouleau":
// one to four words, the first capitalised, a colon and text. A run of such
// lines (an attendance block) is one paragraph a line.
std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool OpensWithLabel(std::string_view line) {
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 48 || colon + 2 >= line.size()) return false;
  if (!std::isupper(static_cast<unsigned char>(line[0])) && static_cast<unsigned char>(line[0]) < 0x80) return false;
  const size_t words = WordCount(line.substr(0, colon));
  return words >= 1 && words <= 4 && line.find_first_of(".;", 0) > colon;
}

// "David, Dan, Tim, Hadley", "Yves, Ralph", "question, I-council-nominated":
// two or more capitalised names of up to three words, or tags of one,
// between commas (a closing remark in brackets aside).
bool IsListOfNames(std::string_view value) {
  value = value.substr(0, value.find('('));
  size_t names = 0;
  for (size_t start = 0; start <= value.size();) {
    size_t end = value.find(',', start);
    if (end == std::string_view::npos) end = value.size();
    const std::string_view name = Trim(value.substr(start, end - start));
    if (!name.empty()) {
      const size_t words = WordCount(name);
      // A name is capitalised; a tag ("question", "I-council-nominated") is one word.
      const bool capitalised = std::isupper(static_cast<unsigned char>(name[0])) || (name[0] & 0x80);
      if (words > 3 || (!capitalised && words > 1)) return false;
      ++names;
    }
    start = end + 1;
  }
  return names >= 2;
}

constexpr size_t kMaxFieldValueWords = 6;  // a figure, a date, a name; more is an item's object

FieldLine ReadFieldLine(std::string_view line) {
  if (line.find(':') == std::string_view::npos) return FieldLine::kNone;  // most lines: no copy made
  // A label in bold or italics ("**Labels:** question, …") is a label.
  std::string plain(line);
  std::erase_if(plain, [](char c) { return c == '*' || c == '_'; });
  if (!OpensWithLabel(plain)) return FieldLine::kNone;
  const size_t colon = plain.find(':');
  const std::string_view label = std::string_view(plain).substr(0, colon);
  const std::string_view value = Trim(std::string_view(plain).substr(colon + 1));
  const auto is_digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  // "Item 4: Budget 2021" numbers an agenda item: its label holds the figure.
  if (std::any_of(label.begin(), label.end(), is_digit)) return FieldLine::kNone;
  if (IsListOfNames(value)) return FieldLine::kNames;  // "In attendance: David, Dan, Tim, Hadley, …"
  // "Eau / Assainissement : Rapport 2011 sur le prix et la qualité …": a
  // theme and its object, the heading of a record's item.
  if (WordCount(value) > kMaxFieldValueWords) return FieldLine::kNone;
  // "Finance Committee: 2:00 p.m.—": a dash leads on to what follows it.
  if (value.ends_with("-") || value.ends_with("\u2013") || value.ends_with("\u2014")) return FieldLine::kNone;
  if (std::any_of(value.begin(), value.end(), is_digit))
    return FieldLine::kWhole;  // "Présents : 15", "Convocation : 15 mars 2011"
  // A name whose surname is printed in capitals, after a capitalised given
  // name: "Philippe POULEAU", "M. Michel AUDRAN".
  bool capitalised_before = false;
  for (size_t start = 0; start < value.size();) {
    size_t end = value.find(' ', start);
    if (end == std::string_view::npos) end = value.size();
    const std::string_view word = value.substr(start, end - start);
    const bool capitals =
        word.size() >= 3 && std::all_of(word.begin(), word.end(), [](char c) {
          return std::isupper(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80) || c == '-';
        });
    if (capitals && capitalised_before) return FieldLine::kWhole;
    capitalised_before = !capitals && !word.empty() && std::isupper(static_cast<unsigned char>(word[0]));
    start = end + 1;
  }
  return FieldLine::kNone;
}

bool IsFieldLine(std::string_view line) { return ReadFieldLine(line) != FieldLine::kNone; }

// The openers of a legal instrument's clauses and of a vote's record. Every
// body that writes them starts a paragraph with them, so they split text
// that has no blank line between paragraphs (columns extracted from a PDF),
// whatever the line before ends with ("…; and" then "Whereas, …"). Each
// is matched with the punctuation or word that makes it an opener, not the
// conjunction a speech may start a line with ("Whereas we are reducing …").
bool OpensClause(std::string_view line) {
  if (line.empty() || !(std::isupper(static_cast<unsigned char>(line[0])) || line.starts_with("\u00C9"))) return false;
  const std::string lower = AsciiLower(line.substr(0, std::min<size_t>(line.size(), 40)));
  const auto starts = [&lower](std::string_view opener) { return lower.starts_with(opener); };
  for (std::string_view opener :
       {"whereas,", "resolved,", "be it ordained", "be it resolved", "be it enacted", "be it further",
        "now, therefore,", "considérant que", "considérant l", "vu le ", "vu la ", "vu les ", "vu l'", "vu l\u2019",
        "considerando que", "visto el ", "visto la ", "vista la ", "visto que"})
    if (starts(opener)) return true;
  // "WHEREAS the …", "RESOLVED that …": the opener in capitals needs no comma.
  if (line.starts_with("WHEREAS") || line.starts_with("RESOLVED")) return true;
  // "Yeas: Mayor Campbell, …", "Yeas 19.", "Yeas—Councilmen …": the record of a vote.
  if (starts("yeas") && lower.size() > 5 &&
      (lower[4] == ':' || lower.substr(4, 3) == "\u2014" ||
       (lower[4] == ' ' && std::isdigit(static_cast<unsigned char>(lower[5])))))
    return true;
  // "Section 1. That …", "Article 3 – La garantie …", "Artículo 2.– …": a
  // numbered provision, the number followed by its punctuation.
  for (std::string_view word : {"section ", "sec. ", "article ", "art\u00EDculo "}) {
    if (!starts(word)) continue;
    size_t i = word.size();
    const size_t digits = i;
    while (i < lower.size() && std::isdigit(static_cast<unsigned char>(lower[i]))) ++i;
    if (i == digits || i + 1 >= lower.size()) return false;
    const std::string_view rest = std::string_view(lower).substr(i);
    return rest.starts_with(". ") || rest.starts_with(" \u2013") || rest.starts_with(" - ") || rest.starts_with(" :") ||
           rest.starts_with(".\u2013") || rest.starts_with(".-");
  }
  return false;
}

// A line that a capitalised line after it cannot continue: it ends in a
// word, not a comma, hyphen or function word ("… of the" then "Revolving
// Credit Agreement"). In text wrapped to ragged columns, such a line alone
// is a heading or label ("DE-2011/22 – Marchés publics : Information").
bool EndsLine(std::string_view line) {
  if (line.empty() || line.back() == ',' || line.back() == '-' || line.back() == '&') return false;
  const size_t space = line.rfind(' ');
  const std::string last = AsciiLower(space == std::string_view::npos ? line : line.substr(space + 1));
  return !IsStopWordOfAnyLanguage(last);
}

bool StartsCapital(std::string_view line) {
  return !line.empty() && (std::isupper(static_cast<unsigned char>(line[0])) ||
                           (static_cast<unsigned char>(line[0]) == 0xC3 && !StartsLowercase(line)));
}

bool OpensEntry(std::string_view line) {
  for (std::string_view dash : {" \u2013 ", " \u2014 ", " - ", "\u2013", "\u2014"}) {
    const size_t at = line.find(dash);
    if (at != std::string_view::npos && at > 0 && WordCount(line.substr(0, at)) <= kMaxEntryLabelWords) return true;
  }
  return false;
}

bool EndsWithInitial(std::string_view line) {
  return line.size() >= 3 && line.back() == '.' && std::isupper(static_cast<unsigned char>(line[line.size() - 2])) &&
         line[line.size() - 3] == ' ';
}

}  // namespace quorum
