// SPDX-License-Identifier: MIT
// Scanner of the date grammar: see date_tokens.h.
#include "common/entities/date_tokens.h"

#include <cctype>
#include <cstdio>

#include "common/text/date.h"
#include "common/text/date_words.h"

namespace quorum::date_tokens {
namespace {

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool IsLetter(char c) {
  const auto u = static_cast<unsigned char>(c);
  return std::isalpha(u) || u >= 0x80;
}

// Bytes of the letter starting at `at`: ASCII letters, the Latin-1 and
// Latin Extended-A letters (UTF-8 leads C3-C5) and the ordinal signs º ª °;
// 0 for anything else, so that dashes, quotes and no-break spaces (E2 80 xx,
// C2 A0) end a word: "November—as" is "November", then a dash.
size_t LetterAt(std::string_view text, size_t at) {
  const auto c = static_cast<unsigned char>(text[at]);
  if (std::isalpha(c)) return 1;
  if (at + 1 >= text.size()) return 0;
  const auto next = static_cast<unsigned char>(text[at + 1]);
  if ((c >= 0xC3 && c <= 0xC5) && next >= 0x80 && next <= 0xBF) return 2;
  if (c == 0xC2 && (next == 0xAA || next == 0xBA || next == 0xB0)) return 2;
  return 0;
}

int Figures(std::string_view text, size_t at, size_t n) {
  int value = 0;
  for (size_t k = 0; k < n; ++k) value = value * 10 + (text[at + k] - '0');
  return value;
}

// "2015-03-03" or "2014-10" starting at `i` (four figures already seen up to
// `j`): the end of the ISO form, or 0. A hyphen-minus and two figures each;
// "2005-2009" is a range of years and read by the grammar.
size_t IsoAt(std::string_view text, size_t i, size_t j, std::string* iso) {
  auto two = [&](size_t at) { return at + 2 <= text.size() && IsDigit(text[at]) && IsDigit(text[at + 1]); };
  auto ends = [&](size_t at) {
    return at >= text.size() || !(IsDigit(text[at]) || IsLetter(text[at]) || text[at] == '/');
  };
  if (j - i != 4 || j >= text.size() || text[j] != '-' || !two(j + 1)) return 0;
  const int year = Figures(text, i, 4), month = Figures(text, j + 1, 2);
  if (month < 1 || month > 12 || year < 1800 || year > 2099) return 0;
  char buffer[48];
  if (j + 3 < text.size() && text[j + 3] == '-' && two(j + 4) && ends(j + 6)) {
    const int day = Figures(text, j + 4, 2);
    if (day < 1 || day > DaysInMonth(year, month)) return 0;
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    *iso = buffer;
    return j + 6;
  }
  if (!ends(j + 3)) return 0;
  // "2006-07" is a fiscal year when the figures are the next year's last
  // two: a range of years, read as such.
  if (month == (year + 1) % 100) {
    std::snprintf(buffer, sizeof buffer, "%04d/%04d", year, year + 1);
    *iso = buffer;
    return j + 3;
  }
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  *iso = buffer;
  return j + 3;
}

// "13/03/2014", "15.03.2018", "08-08-2014", "06-17-2014" and "2014/11/17"
// starting at `i` (figures up to `j`): three parts with one separator and a
// four-figure year, read day first unless only month first is a date (as
// common/text/date.h does). Returns the end, or 0. "Law 6/2010" has two parts.
size_t NumericAt(std::string_view text, size_t i, size_t j, std::string* iso) {
  auto run = [&](size_t at) {
    size_t e = at;
    while (e < text.size() && IsDigit(text[e])) ++e;
    return e - at;
  };
  const size_t n1 = j - i;
  if (j >= text.size() || (n1 > 2 && n1 != 4)) return 0;
  const char sep = text[j];
  if (sep != '/' && sep != '.' && sep != '-') return 0;
  const size_t n2 = run(j + 1), k = j + 1 + n2;
  if (n2 < 1 || n2 > 2 || k >= text.size() || text[k] != sep) return 0;
  const size_t n3 = run(k + 1), end = k + 1 + n3;
  if (end < text.size() && (text[end] == '/' || std::isalpha(static_cast<unsigned char>(text[end])) ||
                            (text[end] == sep && end + 1 < text.size() && IsDigit(text[end + 1]))))
    return 0;
  const int a = Figures(text, i, n1), b = Figures(text, j + 1, n2);
  int year = 0, month = 0, day = 0;
  if (n1 == 4 && n3 >= 1 && n3 <= 2 && sep != '.') {
    year = a, month = b, day = Figures(text, k + 1, n3);
  } else if (n1 <= 2 && n3 == 4) {
    year = Figures(text, k + 1, 4);
    const bool day_first = b >= 1 && b <= 12 && a >= 1 && a <= DaysInMonth(year, b);
    month = day_first ? b : a;
    day = day_first ? a : b;
  } else {
    return 0;
  }
  if (year < 1800 || year > 2099 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) return 0;
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  *iso = buffer;
  return end;
}

}  // namespace

std::vector<Token> Scan(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5 + 1);  // about one token per five bytes of prose
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    // Range dashes are tokens of their own: "18–19 July", "Aug 8 - Aug 12".
    const size_t dash = c == '-' ? 1 : (text.substr(i, 3) == "\u2013" || text.substr(i, 3) == "\u2014") ? 3 : 0;
    if (dash) {
      Token t;
      t.lower = "-";
      t.start = i;
      t.end = i + dash;
      tokens.push_back(std::move(t));
      i += dash;
      continue;
    }
    if (!IsDigit(c) && !LetterAt(text, i)) {
      ++i;
      continue;
    }
    size_t j = i;
    const bool figures = IsDigit(c);
    if (figures) {
      while (j < text.size() && IsDigit(text[j])) ++j;
    } else {
      while (j < text.size()) {
        const size_t n = LetterAt(text, j);
        if (!n) break;
        j += n;
      }
    }
    Token t;
    t.start = i;
    t.end = j;
    const char before = i > 0 ? text[i - 1] : ' ';
    // "1st", "15Sep", and the Spanish "1.º".
    t.glued = !figures && i > 0 && (IsDigit(before) || (before == '.' && i > 1 && IsDigit(text[i - 2])));
    t.in_symbol = before == '/' || (j < text.size() && text[j] == '/') ||
                  (before == '.' && i > 1 && (IsLetter(text[i - 2]) || IsDigit(text[i - 2])) && figures);
    if (figures) {
      // A numeric date stands alone: not "A/HRC/13/03/2014" or "v1.2.2014".
      const bool alone = !(IsLetter(before) || IsDigit(before) || before == '/' || before == '.' || before == '-');
      if (const size_t end = alone ? NumericAt(text, i, j, &t.iso) : 0) {
        t.end = end;
        t.lower = std::string(text.substr(i, end - i));
        tokens.push_back(std::move(t));
        i = end;
        continue;
      }
      // An ISO form starts a word: not "D2013-10-DE".
      if (const size_t iso_end = IsoAt(text, i, j, &t.iso);
          iso_end && !t.in_symbol && before != '-' && !IsLetter(before)) {
        t.end = iso_end;
        t.lower = std::string(text.substr(i, iso_end - i));
        tokens.push_back(std::move(t));
        i = iso_end;
        continue;
      }
      t.iso.clear();
      t.lower = std::string(text.substr(i, j - i));
      t.digits = static_cast<int>(j - i);
      t.after_letter = std::isalpha(static_cast<unsigned char>(before)) != 0;
      if (j - i <= 4) t.number = Figures(text, i, j - i);
      // "19:00" is a time; "11 May 2007: Amendment" is not.
      t.time = (j + 1 < text.size() && text[j] == ':' && IsDigit(text[j + 1])) ||
               (before == ':' && i > 1 && IsDigit(text[i - 2]));
      // "1990s": the letter s glued to a year ending in 0.
      if (j - i == 4 && text[j - 1] == '0' && j < text.size() && text[j] == 's' &&
          (j + 1 == text.size() || !IsLetter(text[j + 1]))) {
        t.decade = true;
        t.end = ++j;
      }
      // "1.1 percentage points", "0,5 %": a decimal, never a day or year.
      const bool decimal = (j + 1 < text.size() && (text[j] == '.' || text[j] == ',') && IsDigit(text[j + 1])) ||
                           (before == ',' && i > 1 && IsDigit(text[i - 2]));
      if (t.time || decimal) t.number = -1;
    } else {
      // Every word the grammar knows is at most 14 bytes ("decimoséptimo");
      // longer ones are kept as a mark only, with no copy to lower-case.
      t.lower = j - i <= 14 ? date_words::Lower(text.substr(i, j - i)) : std::string("#");
      t.capital = std::isupper(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) == 0xC3 && j > i + 1 &&
                                                                  static_cast<unsigned char>(text[i + 1]) < 0xA0);
      if (const date_words::WordInfo* info = date_words::Lookup(t.lower)) {
        t.month = info->month;
        t.ambiguous = info->ambiguous;
        t.full = info->full;
        t.weekday = info->weekday;
        t.ordinal = info->ordinal;
        t.tens = info->tens;
        t.ordinal_alone = info->alone;
      }
    }
    tokens.push_back(std::move(t));
    i = j;
  }
  // Figures and words touching a '/' belong to a symbol ("A/HRC/WG.6/1/MAR/1",
  // "Law 6/2010") and are never date pieces, except a full month name and
  // the figures slashed to it: "10/August/2012". Symbols abbreviate months.
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (!tokens[k].full) continue;
    auto slashed = [&](size_t a, size_t b) {
      return b < tokens.size() && tokens[a].end + 1 == tokens[b].start && text[tokens[a].end] == '/';
    };
    tokens[k].in_symbol = false;
    if (k > 0 && slashed(k - 1, k)) tokens[k - 1].in_symbol = false;
    if (slashed(k, k + 1)) {
      tokens[k + 1].in_symbol = false;
      if (slashed(k + 1, k + 2)) tokens[k + 2].in_symbol = false;
    }
  }
  for (Token& t : tokens)
    if (t.in_symbol) {
      t.number = -1;
      t.month = 0;
    }
  return tokens;
}

}  // namespace quorum::date_tokens
