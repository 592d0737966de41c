// SPDX-License-Identifier: MIT
// The word scanner the name taggers share: cuts a paragraph into words
// with byte offsets, a comparison key and capitalisation, so gazetteer and
// pattern matching work on words rather than bytes.
#include <unicode/uchar.h>

#include <cctype>
#include <unordered_set>

#include "common/entities/entity_names.h"

namespace quorum::names {

UChar32 DecodeAt(std::string_view text, size_t i, size_t* next) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) {
    *next = i + 1;
    return -1;
  }
  UChar32 c = length == 1 ? lead : lead & (0x7F >> length);
  for (size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      *next = i + 1;
      return -1;
    }
    c = (c << 6) | (byte(i + k) & 0x3F);
  }
  *next = i + length;
  return c;
}

namespace {

UChar32 CodePointAt(std::string_view text, size_t i, size_t* next) { return DecodeAt(text, i, next); }

bool IsWordChar(UChar32 c) {
  if (c < 0x80) return c > 0 && std::isalnum(c);  // most of the text: no ICU look-up
  return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK || u_charType(c) == U_COMBINING_SPACING_MARK;
}

bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
bool IsInnerHyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool IsElision(std::string_view word) {
  for (std::string_view e : {"l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu",
                             "L", "D", "J", "N", "S", "C", "M", "T", "Qu", "Jusqu", "Lorsqu", "Puisqu"})
    if (word == e) return true;
  return false;
}

bool IsSpace(UChar32 c) { return c == ' ' || c == '\n' || c == '\t' || c == 0xA0 || c == 0x202F || c == 0x2009; }

}  // namespace

std::vector<Word> ScanWords(std::string_view text) {
  std::vector<Word> words;
  size_t i = 0;
  size_t previous_end = 0;
  while (i < text.size()) {
    size_t next = 0;
    const UChar32 c = CodePointAt(text, i, &next);
    if (!IsWordChar(c)) {
      i = next;
      continue;
    }
    Word word;
    word.start = i;
    size_t j = next;
    while (j < text.size()) {
      size_t after = 0;
      const UChar32 d = CodePointAt(text, j, &after);
      if (IsWordChar(d)) {
        j = after;
        continue;
      }
      size_t after2 = 0;
      const UChar32 e = after < text.size() ? CodePointAt(text, after, &after2) : 0;
      if (IsApostrophe(d) && IsWordChar(e)) {
        // "Kuwait’s" is the name plus a possessive; "d’Ivoire" is one word.
        size_t after3 = 0;
        const UChar32 f = after2 < text.size() ? CodePointAt(text, after2, &after3) : 0;
        if ((e == 's' || e == 'S') && !IsWordChar(f)) break;
        // French elision: "l’atelier" is "l’" + "atelier", "d’Ivoire" "d’" + "Ivoire".
        if (IsElision(text.substr(word.start, j - word.start))) {
          j = after;
          break;
        }
        j = after;
        continue;
      }
      if (IsInnerHyphen(d) && IsWordChar(e)) {
        j = after;
        continue;
      }
      // "Secretary- General", "Vice- Minister": a line-end hyphen left in
      // by PDF extraction; only before a capital, so "text- and" stays two.
      if (d == '-' && e == ' ' && after2 < text.size()) {
        size_t after3 = 0;
        const UChar32 f = CodePointAt(text, after2, &after3);
        if (u_isupper(f)) {
          j = after2;
          continue;
        }
      }
      break;
    }
    word.end = j;
    word.text = text.substr(word.start, word.end - word.start);
    const bool plain = word.text.find_first_of("\xE2\xCA-'") == std::string_view::npos;
    if (plain) word.key = word.text;  // no apostrophe or hyphen to unify: the usual case
    for (size_t k = plain ? word.end : word.start; k < word.end;) {
      size_t after = 0;
      const UChar32 d = CodePointAt(text, k, &after);
      if (IsApostrophe(d)) {
        word.key += '\'';
      } else if (d == '-' && after < word.end && text[after] == ' ') {
        word.key += '-';
        ++after;
      } else {
        word.key.append(text.substr(k, after - k));
      }
      k = after;
    }
    word.lower = word.key;
    for (char& letter : word.lower) letter = static_cast<char>(std::tolower(static_cast<unsigned char>(letter)));
    const UChar32 first = CodePointAt(text, word.start, &next);
    word.capital = first < 0x80 ? std::isupper(first) != 0 : (u_isupper(first) || u_istitle(first));
    if (word.capital) {
      int letters = 0;
      bool lower = false;
      for (size_t k = word.start; k < word.end;) {
        const UChar32 d = CodePointAt(text, k, &k);
        letters += u_isalpha(d) ? 1 : 0;
        lower = lower || u_islower(d);
      }
      word.all_caps = letters >= 2 && !lower;
    }
    word.spaced = true;
    for (size_t k = previous_end; k < word.start && !words.empty();) {
      const UChar32 d = CodePointAt(text, k, &k);
      if (!IsSpace(d)) word.spaced = false;
    }
    previous_end = word.end;
    words.push_back(std::move(word));
    i = j;
    // A possessive "’s" cut off above becomes a word of its own.
    size_t after = 0;
    if (j < text.size() && IsApostrophe(CodePointAt(text, j, &after)) && after < text.size() &&
        (text[after] == 's' || text[after] == 'S')) {
      Word possessive;
      possessive.start = j;
      possessive.end = after + 1;
      possessive.text = text.substr(j, possessive.end - j);
      possessive.key = possessive.lower = "'s";
      words.push_back(std::move(possessive));
      previous_end = i = after + 1;
    }
  }
  return words;
}

std::string Join(const std::vector<Word>& words, size_t from, size_t to) {
  std::string joined;
  for (size_t i = from; i < to && i < words.size(); ++i) {
    if (i > from) joined += ' ';
    joined += words[i].key;
  }
  return joined;
}

std::string Normalised(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    size_t next = 0;
    const UChar32 c = CodePointAt(text, i, &next);
    if (IsApostrophe(c)) {
      out += '\'';
    } else if (IsSpace(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else if (c == '-' && next < text.size() && text[next] == ' ' && !out.empty() &&
               std::isalpha(static_cast<unsigned char>(out.back()))) {
      out += '-';  // "Secretary- General"
      ++next;
    } else {
      out.append(text.substr(i, next - i));
    }
    i = next;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool Is(const std::vector<Word>& words, size_t i, std::initializer_list<std::string_view> options) {
  if (i >= words.size()) return false;
  for (std::string_view option : options)
    if (words[i].lower == option) return true;
  return false;
}

bool IsFunctionWord(const Word& word) {
  static const std::unordered_set<std::string_view> kWords = {
      "The",      "A",       "An",      "In",      "At",       "By",    "On",     "For",     "With",      "To",
      "From",     "Of",      "And",     "Under",   "As",       "Since", "During", "Upon",    "Regarding", "Concerning",
      "This",     "That",    "These",   "Those",   "Its",      "His",   "Her",    "Their",   "Our",       "It",
      "He",       "She",     "They",    "We",      "Every",    "Each",  "Both",   "Also",    "However",   "Furthermore",
      "Moreover", "Further", "Finally", "Despite", "Although", "While", "When",   "Through", "La",        "Le",
      "Les",      "El",      "Los",     "Las",     "Un",       "Une",   "Una",    "En",      "Au"};
  return kWords.count(word.key) > 0;
}

bool IsNameJoiner(const Word& word) {
  static const std::unordered_set<std::string_view> kJoiners = {
      "of",  "the", "and", "for", "on", "to",   "against", "de",  "la",  "le", "les",
      "des", "du",  "del", "y",   "et", "pour", "para",    "las", "los", "el", "'s"};
  return kJoiners.count(word.key) > 0;
}

}  // namespace quorum::names
