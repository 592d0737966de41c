// SPDX-License-Identifier: MIT
// Date recognition for the note header and the parser. Works on UTF-8 bytes:
// month names are matched after ASCII lower-casing plus the few accented
// letters French and Spanish month names use, so no ICU call per word, in
// the date grammar's table (date_words.h).
#include "common/text/date.h"

#include <cctype>
#include <cstdio>
#include <vector>

#include "common/text/date_words.h"

namespace quorum {
namespace {

// Lower-cases ASCII and the upper-case accented letters of month names
// (É, Û as in "FÉVRIER", "AOÛT", "DÉCEMBRE").
std::string LowerMonthWord(std::string_view word) {
  std::string out;
  for (size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (c == 0xC3 && i + 1 < word.size()) {
      const auto next = static_cast<unsigned char>(word[i + 1]);
      out += static_cast<char>(c);
      // Latin-1 upper-case block À..Þ maps to à..þ by adding 0x20.
      out += static_cast<char>(next >= 0x80 && next <= 0x9E ? next + 0x20 : next);
      ++i;
    } else {
      out += static_cast<char>(std::tolower(c));
    }
  }
  if (!out.empty() && out.back() == '.') out.pop_back();  // "Sept."
  return out;
}

bool IsWordByte(unsigned char c) { return std::isalpha(c) || c >= 0x80; }

struct Word {
  std::string_view text;
  size_t start;
};

// Splits text into words (letters incl. UTF-8 bytes, or digits) keeping offsets.
std::vector<Word> Words(std::string_view text, size_t from) {
  std::vector<Word> words;
  size_t i = from;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    size_t j = i;
    if (std::isdigit(c)) {
      while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
    } else if (IsWordByte(c)) {
      while (j < text.size() && IsWordByte(static_cast<unsigned char>(text[j]))) ++j;
    } else {
      ++i;
      continue;
    }
    words.push_back({text.substr(i, j - i), i});
    i = j;
  }
  return words;
}

int Number(std::string_view digits) {
  if (digits.empty() || digits.size() > 4 || !std::isdigit(static_cast<unsigned char>(digits[0]))) return -1;
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

bool IsConnective(std::string_view word) {
  // "28 de agosto de 2017"; "1er" is handled by the ordinal check below.
  return word == "de" || word == "del" || word == "DE" || word == "DEL";
}

// "1er", "1st", "2nd", "3rd", "25th": the letters after a day's number.
bool IsOrdinalSuffix(std::string_view word) {
  return word == "er" || word == "st" || word == "nd" || word == "rd" || word == "th";
}

// Words that join the first and last day of a range ("7 and 8 November",
// "du 7 au 8", "del 7 al 8"); a hyphen or dash between the days is no word.
bool IsRangeWord(std::string_view word) {
  return word == "and" || word == "to" || word == "au" || word == "et" || word == "al" || word == "y" || word == "a" ||
         word == "\u2013" || word == "\u2014";  // an en dash's bytes make a word here
}

// Where the words after a range's first day go on: past "-16", "and 8", "au
// 8" when a later day of the month follows; else `at`, unchanged.
size_t AfterRangeEnd(const std::vector<Word>& words, size_t at, int first_day) {
  size_t k = at;
  if (k < words.size() && IsRangeWord(words[k].text)) ++k;
  if (k >= words.size() || words[k].text.size() > 2) return at;
  const int last_day = Number(words[k].text);
  return last_day > first_day && last_day <= 31 ? k + 1 : at;
}

std::string Iso(int year, int month, int day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

}  // namespace

int MonthNumber(std::string_view word) {
  if (word.size() < 3 || word.size() > 12) return 0;
  // Called on every word the date taggers see: reject words that cannot be
  // a month by their first letter before building a lower-cased copy. Every
  // name or abbreviation of date_words::Month() starts with one of these
  // ASCII letters.
  switch (std::tolower(static_cast<unsigned char>(word[0]))) {
    case 'j':
    case 'f':
    case 'm':
    case 'a':
    case 's':
    case 'o':
    case 'n':
    case 'd':
    case 'e':
      break;
    default:
      return 0;
  }
  // The date grammar's month table (date_words.h): one list of month
  // names for the title block, the entity taggers and held: ranges.
  bool ambiguous = false, full = false;
  return date_words::Month(LowerMonthWord(word), &ambiguous, &full);
}

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  return day <= DaysInMonth(year, month);
}

std::optional<DateMatch> FindDate(std::string_view text, size_t from) {
  const std::vector<Word> words = Words(text, from);
  for (size_t i = 0; i < words.size(); ++i) {
    // Day Month [de] Year: "28 August 2017", "28 de agosto de 2017", "1er mai 2018".
    int day = Number(words[i].text);
    size_t m = i + 1;
    if (day > 0 && m < words.size() && IsOrdinalSuffix(words[m].text)) ++m;
    if (day > 0) m = AfterRangeEnd(words, m, day);  // "15-16 March 2022": the first day
    if (day > 0 && m < words.size() && IsConnective(words[m].text)) ++m;
    if (day > 0 && m < words.size()) {
      if (const int month = MonthNumber(words[m].text)) {
        size_t y = m + 1;
        if (y < words.size() && IsConnective(words[y].text)) ++y;
        const int year = y < words.size() ? Number(words[y].text) : -1;
        if (IsValidDate(year, month, day)) {
          const Word& last = words[y];
          return DateMatch{Iso(year, month, day), words[i].start, last.start + last.text.size()};
        }
      }
    }
    // Month Day, Year: "August 28, 2017".
    if (const int month = MonthNumber(words[i].text); month && i + 2 < words.size()) {
      const int d = Number(words[i + 1].text);
      size_t after_day = i + 2;
      if (d > 0 && after_day < words.size() && IsOrdinalSuffix(words[after_day].text)) ++after_day;  // "July 25th"
      const size_t y = d > 0 ? AfterRangeEnd(words, after_day, d) : after_day;  // "March 15-16, 2022"
      const int year = y < words.size() ? Number(words[y].text) : -1;
      if (IsValidDate(year, month, d))
        return DateMatch{Iso(year, month, d), words[i].start, words[y].start + words[y].text.size()};
    }
    // Numeric, day first unless only month first is a date: "15/03/2018",
    // "15.03.2018", "11/16/1998" (a US date). "03/04/2018" is read day first.
    if (i + 2 < words.size() && words[i + 2].text.size() == 4 && words[i].text.size() <= 2 &&
        words[i + 1].text.size() <= 2) {
      const char sep = text[words[i].start + words[i].text.size()];
      const bool separated = (sep == '/' || sep == '.') &&
                             words[i + 1].start == words[i].start + words[i].text.size() + 1 &&
                             text[words[i + 1].start + words[i + 1].text.size()] == sep &&
                             words[i + 2].start == words[i + 1].start + words[i + 1].text.size() + 1;
      const int a = Number(words[i].text), b = Number(words[i + 1].text), year = Number(words[i + 2].text);
      if (separated && (IsValidDate(year, b, a) || IsValidDate(year, a, b))) {
        const bool day_first = IsValidDate(year, b, a);
        return DateMatch{Iso(year, day_first ? b : a, day_first ? a : b), words[i].start,
                         words[i + 2].start + words[i + 2].text.size()};
      }
    }
    // ISO: 2017-08-28.
    const Word& w = words[i];
    if (w.text.size() == 4 && i + 2 < words.size() && Number(w.text) > 0 && text.substr(w.start + 4, 1) == "-" &&
        words[i + 1].text.size() == 2 && text.substr(words[i + 1].start + 2, 1) == "-" &&
        words[i + 2].text.size() == 2) {
      const int year = Number(w.text);
      const int month = Number(words[i + 1].text);
      const int d = Number(words[i + 2].text);
      if (IsValidDate(year, month, d)) return DateMatch{Iso(year, month, d), w.start, words[i + 2].start + 2};
    }
  }
  return std::nullopt;
}

}  // namespace quorum
