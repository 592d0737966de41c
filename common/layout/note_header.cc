// SPDX-License-Identifier: MIT
// Title-block reading. Notes print their metadata in a few conventional
// phrasings per language; tables of those phrasings keep this file a list of
// facts rather than a tangle of conditions.
#include "common/layout/note_header.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "common/layout/body_name.h"
#include "common/layout/body_words.h"
#include "common/text/date.h"
#include "common/text/tokeniser.h"

namespace quorum {
namespace {

using body_words::IsLowerWord;
using body_words::kBodyWords;

struct TypePhrase {
  std::string_view phrase;  // folded
  std::string_view type;
};

// Most specific first: "summary record" before "record", "report of" last
// because notes cite reports in their titles.
constexpr TypePhrase kTypePhrases[] = {
    TypePhrase{"chairperson's note", "chairperson's note"},
    {"chairman's note", "chairperson's note"},
    {"chair's note", "chairperson's note"},
    {"note du président", "chairperson's note"},
    {"note de la présidente", "chairperson's note"},
    {"nota del presidente", "chairperson's note"},
    {"nota de la presidenta", "chairperson's note"},
    {"summary record", "summary record"},
    {"compte rendu analytique", "summary record"},
    {"acta resumida", "summary record"},
    {"minutes", "minutes"},
    {"procès-verbal", "minutes"},
    {"acta de la", "minutes"},
    {"report of", "report"},
    {"rapport d", "report"},
    {"informe de", "report"},
};

bool IsAllCaps(std::string_view text) {
  bool letters = false;
  for (char c : text) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    if (std::isupper(static_cast<unsigned char>(c))) letters = true;
  }
  return letters;
}

// Words the running text prints in capitals (IOM, UN), by majority so a
// lower-case URL ("www.iom.int") does not outvote forty "IOM"s.
std::map<std::string, bool> CapitalisedWords(std::string_view sample) {
  std::map<std::string, int> votes;  // capitals minus other spellings
  size_t line_start = 0;
  while (line_start < sample.size()) {
    size_t line_end = sample.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = sample.size();
    const std::string_view line = sample.substr(line_start, line_end - line_start);
    line_start = line_end + 1;
    if (IsAllCaps(line)) continue;  // title lines in capitals say nothing of casing
    size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && !std::isalpha(static_cast<unsigned char>(line[i]))) ++i;
      size_t j = i;
      while (j < line.size() && std::isalpha(static_cast<unsigned char>(line[j]))) ++j;
      if (j > i + 1) {
        const std::string_view word = line.substr(i, j - i);
        votes[Folded(word)] += IsAllCaps(word) ? 1 : -1;
      }
      i = j;
    }
  }
  std::map<std::string, bool> words;
  for (const auto& [word, vote] : votes) words.emplace(word, vote > 0);
  return words;
}

// Re-cases a title block printed in capitals: acronyms that the running
// text also prints in capitals stay, function words go lower case, other
// words are capitalised (`title_case`) or lower-cased (sentence case).
// `language` decides whether month names are capitalised.
std::string Recase(std::string_view caps, std::string_view sample, bool title_case, std::string_view language) {
  const std::map<std::string, bool> capitalised = CapitalisedWords(sample);
  std::string out;
  size_t i = 0;
  bool first = true;
  while (i < caps.size()) {
    size_t j = i;
    while (j < caps.size() && caps[j] != ' ' && caps.substr(j, 3) != "\u2013" && caps[j] != '-' && caps[j] != '/') ++j;
    std::string word(caps.substr(i, j - i));
    const std::string folded = Folded(word);
    auto it = capitalised.find(folded);
    const bool keep = it != capitalised.end() && it->second && folded.size() > 1;
    if (!keep && !word.empty()) {
      icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(word);
      unicode.toLower();
      // Only English capitalises month names ("28 August", "28 août").
      const bool capital =
          first || (title_case && !IsLowerWord(folded)) || (language == "en" && MonthNumber(folded) != 0);
      if (capital) unicode.replace(0, 1, icu::UnicodeString(unicode, 0, 1).toUpper());
      word.clear();
      unicode.toUTF8String(word);
    }
    out += word;
    first = false;
    if (j < caps.size()) {
      const size_t sep = caps.substr(j, 3) == "\u2013" ? 3 : 1;
      out += caps.substr(j, sep);
      j += sep;
    }
    i = j;
  }
  return out;
}

std::string StripTrailing(std::string text, std::string_view chars) {
  while (!text.empty() && chars.find(text.back()) != std::string_view::npos) text.pop_back();
  return text;
}

// Where the running text prints `phrase` (ASCII case ignored) other than in
// capitals: its printed form; else empty. Needs two occurrences, so that the
// title line alone does not vouch for itself.
std::string PrintedElsewhere(std::string_view phrase, std::string_view sample, std::string_view lower_sample) {
  const std::string needle = AsciiLower(phrase);
  size_t count = 0;
  std::string printed;
  for (size_t at = lower_sample.find(needle); at != std::string_view::npos; at = lower_sample.find(needle, at + 1)) {
    ++count;
    const std::string_view here = sample.substr(at, needle.size());
    if (printed.empty() && !IsAllCaps(here)) {
      printed = std::string(here);
      std::replace(printed.begin(), printed.end(), '\n', ' ');
    }
  }
  return count >= 2 ? printed : std::string();
}

// "… Report of the Working Group on X* Botswana" -> "Working Group on X".
// The name ends at the star that cites a footnote; without one, at the
// longest run of its words that the running text also prints ("The Working
// Group on X, established …"), which also gives its casing when the title
// is in capitals.
bool NamesBody(std::string_view text, std::string_view folded);

std::string BodyFromReportTitle(std::string_view text, std::string_view sample) {
  const std::string lower = AsciiLower(text);
  // A report's title, or a journal's masthead ("Official Publication of the
  // Council of the City of Cleveland", "Proceedings of the Board of …").
  for (std::string_view lead : {"report of the ", "rapport du ", "informe del ", "publication of the ",
                                "proceedings of the ", "journal of the "}) {
    const size_t at = lower.find(lead);
    if (at == std::string::npos || (at > 0 && lower[at - 1] != ' ')) continue;
    std::string_view body = text.substr(at + lead.size());
    body = body.substr(0, std::min(body.find('*'), body.find("\u2217")));
    // A masthead names a body by its form: not "Publication of the City of …".
    if (!lead.starts_with("report") && !lead.starts_with("rapport") && !lead.starts_with("informe") &&
        !NamesBody(body, Folded(body)))
      continue;
    std::string name = StripTrailing(std::string(Trim(body)), " _");  // "NATIONAL ASSEMBLY ____": a rule
    std::string lower_sample = AsciiLower(sample);
    std::replace(lower_sample.begin(), lower_sample.end(), '\n', ' ');  // names wrap across lines
    std::vector<size_t> ends;  // byte ends of the name's word prefixes, longest first
    for (size_t i = name.size(); i != std::string::npos && i > 0; i = name.rfind(' ', i - 1)) ends.push_back(i);
    for (size_t k = 0; k < ends.size() && k < 6; ++k) {
      const std::string_view prefix = std::string_view(name).substr(0, ends[k]);
      if (WordCount(prefix) < 2) break;
      if (std::string printed = PrintedElsewhere(prefix, sample, lower_sample); !printed.empty()) return printed;
    }
    return name;
  }
  return {};
}

// A body's name starts with a body word ("Working Group on …"), or in a
// title line in capitals may end with one ("HARBOUR DISTRICT COUNCIL").
bool NamesBody(std::string_view text, std::string_view folded) {
  for (std::string_view w : kBodyWords) {
    if (folded.substr(0, w.size()) == w) return true;
    if (IsAllCaps(text) && folded.find(w) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

std::string Folded(std::string_view text) { return NormaliseWord(text); }

bool IsContentsLine(std::string_view text) {
  return text.find("....") != std::string_view::npos || text.find("…………") != std::string_view::npos ||
         LooseKey(text).rfind("contents", 0) == 0 || LooseKey(text).rfind("table des mati", 0) == 0;
}

std::string FindSymbol(std::string_view text) {
  // A symbol is upper-case letters, digits and dots in '/'-separated parts,
  // starting with a letter, with at least one '/' and one digit.
  size_t i = 0;
  while (i < text.size()) {
    const bool boundary = i == 0 || text[i - 1] == ' ' || text[i - 1] == '(';
    if (!boundary || !std::isupper(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t j = i;
    int slashes = 0;
    bool digit = false;
    while (j < text.size()) {
      const auto c = static_cast<unsigned char>(text[j]);
      if (c == '/') {
        ++slashes;
      } else if (std::isdigit(c)) {
        digit = true;
      } else if (!std::isupper(c) && c != '.' && !(std::islower(c) && slashes > 0)) {
        break;
      }
      ++j;
    }
    std::string symbol = StripTrailing(std::string(text.substr(i, j - i)), "./");
    if (slashes >= 1 && digit && symbol.find('/') != std::string::npos) return symbol;
    i = j + 1;
  }
  return {};
}

size_t AnnexHeadingLength(std::string_view text) {
  const std::string lower = AsciiLower(text.substr(0, 80));
  size_t i = 0;
  for (std::string_view word : {"annexe", "annex"}) {
    if (lower.rfind(word, 0) == 0) {
      i = word.size();
      break;
    }
  }
  if (i == 0 || (i < lower.size() && lower[i] != ' ')) return 0;
  // A numeral: "Annex II", "Annex 2", "Annex A".
  size_t j = i + 1;
  while (j < lower.size() && lower[j] != ' ') ++j;
  const std::string_view numeral =
      std::string_view(lower).substr(std::min(i + 1, lower.size()), j - std::min(i + 1, lower.size()));
  if (!numeral.empty() && (numeral.find_first_not_of("ivxlc") == std::string_view::npos ||
                           numeral.find_first_not_of("0123456789") == std::string_view::npos || numeral.size() == 1))
    i = std::min(j, text.size());
  if (Trim(text.substr(i)).empty()) return text.size();
  const size_t rest = text.find_first_not_of(' ', i);
  for (std::string_view title : {"composition of the delegation", "composition de la d"}) {
    if (lower.compare(rest, title.size(), title) != 0) continue;
    size_t end = rest + title.size();
    while (end < text.size() && text[end] != ' ') ++end;  // "délégation"
    return end;
  }
  return WordCount(text) <= 12 && !EndsSentence(text) ? text.size() : 0;
}

// Not a title naming a body: a line ending in a comma addresses someone
// ("MR. PRESIDENT OF THE GENERAL ASSEMBLY,"), a long one is a paragraph.
bool CanNameBody(std::string_view text) { return !Trim(text).ends_with(',') && WordCount(text) <= 25; }

void ReadTitleBlock(const std::vector<const Unit*>& units, std::string_view sample, Note* note) {
  std::vector<std::string> title_lines;
  bool body_from_title = false;
  for (const Unit* unit : units) {
    const std::string& text = unit->text;
    if (IsContentsLine(text)) continue;
    const std::string folded = Folded(text);
    if (note->symbol.empty()) note->symbol = FindSymbol(text);
    if (note->date.empty()) note->date = FindMeetingDate(text);
    bool is_type_line = false;
    if (note->type.empty()) {
      for (const TypePhrase& phrase : kTypePhrases) {
        if (folded.find(phrase.phrase) != std::string::npos) {
          note->type = phrase.type;
          is_type_line = true;
          break;
        }
      }
    }
    // A report's title names its body, and outranks a body read from a
    // line in capitals above it ("HUMAN RIGHTS COUNCIL", the parent body).
    const bool names_no_body = !CanNameBody(text);
    if (std::string body = names_no_body ? "" : BodyFromReportTitle(text, sample); !body.empty() && !body_from_title) {
      note->body = IsAllCaps(body) ? Recase(body, sample, note->language != "fr", note->language) : body;
      body_from_title = true;
    } else if (note->body.empty() && !names_no_body && NamesBody(text, folded) && IsAllCaps(text) && !is_type_line &&
               !IsAllCaps(sample)) {  // capitals mark a title only where the running text is not in capitals
      // French writes the names of bodies in sentence case ("Groupe de
      // travail sur …"); English and Spanish capitalise their words. The
      // name alone, when the line says more ("SUMMARY OF … COUNCIL MEETING").
      const std::string name = BodyByForm(text, note->language);
      note->body = Recase(name.empty() ? text : name, sample, note->language != "fr", note->language);
      continue;
    }
    if (is_type_line || !title_lines.empty()) {
      // The title runs from the type line through the date line.
      if (title_lines.empty() || (note->date.empty() || FindDate(text)) || WordCount(text) <= 4)
        if (title_lines.size() < 3 && !IsContentsLine(text)) title_lines.push_back(text);
    }
  }
  // Else the body a title line names by its form ("Minutes of the Federal
  // Open Market Committee"), in capitals re-cased as above.
  for (size_t i = 0; i < units.size() && note->body.empty(); ++i) {
    const std::string body = CanNameBody(units[i]->text) ? BodyByForm(units[i]->text, note->language) : "";
    note->body = IsAllCaps(body) ? Recase(body, sample, note->language != "fr", note->language) : body;
  }
  std::string title;
  for (const std::string& line : title_lines) {
    if (!title.empty()) title += ' ';
    title += StripTrailing(line, "* ");
    if (FindDate(line)) break;
  }
  note->title = IsAllCaps(title) ? Recase(title, sample, false, note->language) : title;
}

}  // namespace quorum
