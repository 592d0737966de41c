// SPDX-License-Identifier: MIT
// A State's acts cited by kind and number, as Spanish and French print
// them ("Real Decreto-ley 15/2014, de 19 de diciembre", "Ley Orgánica
// 3/2018", "loi n° 2015-991 du 7 août 2015"), are resolutions; a
// parliament's file numbers ("(Número de expediente 130/000062)") are
// symbols. English law numbers ("Law 6/2010") stay untagged: the UN gold
// counts them neither way (tests/entities/README.md).
#include <cctype>
#include <cstdio>
#include <string>

#include "common/entities/entity_names.h"
#include "common/text/date_words.h"

namespace quorum {
namespace {

// The kinds of act, longest first, with the value's spelling: the
// capitalisation the official gazette uses, whatever the text prints
// ("Real Decreto Ley", "REAL DECRETO-LEY" -> "Real Decreto-ley").
struct ActKind {
  std::vector<std::string_view> words;  // lower case, as ScanWords keys them
  std::string_view value;
  bool french = false;
};

const std::vector<ActKind>& ActKinds() {
  static const std::vector<ActKind> kinds = {
      {{"real", "decreto-ley"}, "Real Decreto-ley"},
      {{"real", "decreto", "ley"}, "Real Decreto-ley"},
      {{"real", "decreto", "legislativo"}, "Real Decreto Legislativo"},
      {{"real", "decreto"}, "Real Decreto"},
      {{"decreto-ley"}, "Decreto-ley"},
      {{"decreto", "ley"}, "Decreto-ley"},
      {{"decreto", "legislativo"}, "Decreto Legislativo"},
      {{"ley", "orgánica"}, "Ley Orgánica"},
      {{"decreto"}, "Decreto"},
      {{"ley"}, "Ley"},
      {{"loi", "organique"}, "loi organique", true},
      {{"loi"}, "loi", true},
      {{"décret"}, "décret", true},
      {{"ordonnance"}, "ordonnance", true},
  };
  return kinds;
}

bool Digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// "15/2014" (Spanish: number / year) or "2015-991" (French: year-number);
// the act's year in *year. A bare "15" numbers no act.
bool ActNumber(std::string_view key, bool french, std::string* year) {
  const size_t cut = key.find(french ? '-' : '/');
  if (cut == std::string_view::npos) return false;
  const std::string_view a = key.substr(0, cut), b = key.substr(cut + 1);
  if (!Digits(a) || !Digits(b)) return false;
  const std::string_view y = french ? a : b;
  if (y.size() != 4) return false;
  *year = std::string(y);
  return true;
}

// ", de 19 de diciembre" / "du 7 août 2015" after the number: the day and
// month (the year is the act's when the text leaves it out). Returns the
// index past the date's last word, or `i` when there is none.
size_t ActDate(const std::vector<names::Word>& words, size_t i, const std::string& year, std::string* iso) {
  size_t k = i;
  if (!names::Is(words, k, {"de", "du", "del"})) return i;
  ++k;
  if (k >= words.size() || !Digits(words[k].key) || words[k].key.size() > 2) return i;
  const int day = std::stoi(words[k].key);
  ++k;
  if (names::Is(words, k, {"de"})) ++k;
  if (k >= words.size()) return i;
  bool ambiguous = false, full = false;
  const int month = date_words::Month(date_words::Lower(words[k].key), &ambiguous, &full);
  if (month == 0 || !full || day < 1 || day > 31) return i;
  ++k;
  size_t end = k;
  if (names::Is(words, k, {"de"}) && k + 1 < words.size() && words[k + 1].key == year) end = k + 2;
  if (k < words.size() && words[k].key == year) end = k + 1;
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%s-%02d-%02d", year.c_str(), month, day);
  *iso = buffer;
  return end;
}

// Is words[i] the start of "Número de expediente" (any case)?
size_t FileNumberLead(const std::vector<names::Word>& words, size_t i) {
  if (i + 2 >= words.size()) return 0;
  const std::string first = date_words::Lower(words[i].key);
  if ((first == "número" || first == "núm" || first == "nº") && date_words::Lower(words[i + 1].key) == "de" &&
      date_words::Lower(words[i + 2].key) == "expediente")
    return 3;
  return 0;
}

// "130/000062": a file number is a series and a zero-padded number.
bool IsFileNumber(std::string_view key) {
  const size_t cut = key.find('/');
  return cut != std::string_view::npos && cut == 3 && key.size() == 10 && Digits(key.substr(0, 3)) &&
         Digits(key.substr(4));
}

}  // namespace

void TagLegalActs(std::string_view text, std::vector<EntitySpan>* out) {
  const std::vector<names::Word> words = names::ScanWords(text);
  for (size_t i = 0; i < words.size(); ++i) {
    if (const size_t lead = FileNumberLead(words, i); lead > 0) {
      // The file number is read from the text: ScanWords cuts at "/".
      const size_t at = words[i + lead - 1].end;
      size_t start = at;
      while (start < text.size() && text[start] == ' ') ++start;
      size_t end = start;
      while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '/')) ++end;
      const std::string_view number = text.substr(start, end - start);
      if (IsFileNumber(number)) out->push_back({entity_type::kSymbol, start, end, std::string(number)});
      continue;
    }
    for (const ActKind& kind : ActKinds()) {
      const size_t n = kind.words.size();
      if (i + n >= words.size()) continue;
      bool same = true;
      for (size_t k = 0; same && k < n; ++k) same = date_words::Lower(words[i + k].key) == kind.words[k];
      // Any case: "REAL DECRETO-LEY" in a heading, "la ley 39/2015" in speech.
      if (!same) continue;
      size_t k = i + n;
      if (kind.french && names::Is(words, k, {"n"})) ++k;  // "n°": the degree sign is no word character
      if (kind.french && k < words.size() && (words[k].key == "nº" || words[k].key == "no")) ++k;
      if (k >= words.size()) break;
      // ScanWords reads "15/2014" as "15" and "2014": the number is read from the text.
      size_t number_end = words[k].start;
      while (number_end < text.size() && (std::isdigit(static_cast<unsigned char>(text[number_end])) ||
                                          text[number_end] == '/' || (kind.french && text[number_end] == '-')))
        ++number_end;
      std::string year;
      const std::string_view number = text.substr(words[k].start, number_end - words[k].start);
      if (!ActNumber(number, kind.french, &year)) break;
      size_t after = k;
      while (after < words.size() && words[after].start < number_end) ++after;
      std::string iso;
      const size_t date_end = ActDate(words, after, year, &iso);
      const size_t end = date_end > after ? words[date_end - 1].end : number_end;
      std::string value = std::string(kind.value) + " " + std::string(number);
      if (!iso.empty()) value += " (" + iso + ")";
      out->push_back({entity_type::kResolution, words[i].start, end, value});
      i = (date_end > after ? date_end : after) - 1;
      break;
    }
  }
}

}  // namespace quorum
