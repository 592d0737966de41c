// SPDX-License-Identifier: MIT
// Date entities. The text is read as a stream of words and numbers, and a
// small table of shapes (day month year, day-to-day month year, month year,
// year alone after "in") is tried at each word, longest first, so "4 to 6
// December 2017" is one range and not a stray "6 December 2017".
#include <cctype>
#include <cstdio>

#include "common/entities/entity_tagger.h"
#include "common/text/date.h"

namespace quorum {
namespace {

struct Word {
  std::string lower;  // ASCII lower-cased; other bytes as they are
  size_t start, end;
  int number = -1;         // value when the word is 1-4 digits
  int month = 0;           // 1-12 when the word names a month
  bool in_symbol = false;  // touches a '/' ("A/HRC/WG.6/1/MAR/1"): never a date
  bool decade = false;     // "1990s"
};

std::vector<Word> Scan(std::string_view text) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    // Range dashes are words of their own: "18–19 July", "2018-2028".
    const size_t dash = c == '-' ? 1 : (text.substr(i, 3) == "\u2013" || text.substr(i, 3) == "\u2014") ? 3 : 0;
    if (dash) {
      words.push_back({"-", i, i + dash});
      i += dash;
      continue;
    }
    size_t j = i;
    if (std::isdigit(c)) {
      while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
    } else if (std::isalpha(c) || c >= 0xC0) {
      while (j < text.size() &&
             (std::isalpha(static_cast<unsigned char>(text[j])) || static_cast<unsigned char>(text[j]) >= 0x80))
        ++j;
    } else {
      ++i;
      continue;
    }
    Word word{"", i, j};
    for (size_t k = i; k < j; ++k) word.lower += static_cast<char>(std::tolower(static_cast<unsigned char>(text[k])));
    if (std::isdigit(c) && j - i <= 4) word.number = std::stoi(std::string(text.substr(i, j - i)));
    word.month = std::isdigit(c) ? 0 : MonthNumber(text.substr(i, j - i));
    word.in_symbol = (i > 0 && (text[i - 1] == '/' || text[i - 1] == '.')) || (j < text.size() && text[j] == '/');
    // "1990s": the letter s glued to a year ending in 0.
    if (std::isdigit(c) && j - i == 4 && text[j - 1] == '0' && j < text.size() && text[j] == 's' &&
        (j + 1 == text.size() || !std::isalpha(static_cast<unsigned char>(text[j + 1])))) {
      word.decade = true;
      ++j;
      word.end = j;
    }
    if (word.in_symbol) {
      word.number = -1;
      word.month = 0;
    }
    words.push_back(std::move(word));
    i = j;
  }
  return words;
}

std::string Iso(int year, int month, int day) {
  char buffer[48];
  if (day > 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  } else if (month > 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d", year);
  }
  return buffer;
}

bool IsYear(const Word& w) { return w.number >= 1900 && w.number <= 2199 && w.lower.size() >= 4; }
bool IsDay(const Word& w) { return w.number >= 1 && w.number <= 31 && w.lower.size() <= 2; }

bool OneOf(const std::string& word, std::initializer_list<const char*> options) {
  for (const char* option : options)
    if (word == option) return true;
  return false;
}

// Words joining the two ends of a range, in English, French and Spanish.
bool IsRangeJoin(const Word& w) { return OneOf(w.lower, {"to", "and", "-", "au", "et", "a", "al", "y", "until"}); }
// Between two years only these make a range: "2007 and 2008" is two years.
bool IsYearRangeJoin(const Word& w) { return OneOf(w.lower, {"to", "-", "au", "a", "al", "until"}); }
bool IsAnd(const Word& w) { return OneOf(w.lower, {"and", "or", "et", "ou", "y", "o"}); }
bool IsConnective(const Word& w) { return OneOf(w.lower, {"de", "del"}); }
// Words before a bare year that make it a date: "in 2018", "since 2015".
bool IsYearLead(const Word& w) {
  return OneOf(w.lower,
               {"in",     "since", "during",   "by", "until",  "for",     "of",    "from",  "through", "the", "its",
                "before", "after", "declared", "en", "depuis", "durante", "desde", "hasta", "le",      "el"});
}
// A number followed by these counts things, not years: "2000 people".
bool IsCountNoun(const Word& w) {
  return OneOf(w.lower, {"people", "persons", "children", "women", "men", "cases", "members", "households", "families",
                         "hectares", "km", "dollars", "euros", "personnes", "personas"});
}

class DateReader {
 public:
  DateReader(const std::vector<Word>& words, const EntityContext& context) : w_(words) {
    if (context.meeting_date.size() >= 4) meeting_year_ = std::atoi(context.meeting_date.substr(0, 4).c_str());
  }

  // Tries the shapes at word i; on a match sets *end (one past the last word) and returns the value.
  std::string At(size_t i, size_t* end) const {
    if (std::string v = DayRange(i, end); !v.empty()) return v;
    if (std::string v = DayMonthYear(i, end); !v.empty()) return v;
    if (std::string v = MonthDayYear(i, end); !v.empty()) return v;
    if (std::string v = MonthYear(i, end); !v.empty()) return v;
    if (std::string v = YearRange(i, end); !v.empty()) return v;
    return {};
  }

 private:
  bool Has(size_t i) const { return i < w_.size(); }
  // Month at i (skipping "de"); returns the index after it, or 0.
  size_t MonthAt(size_t i, int* month) const {
    if (Has(i) && IsConnective(w_[i])) ++i;
    if (!Has(i) || w_[i].month == 0) return 0;
    *month = w_[i].month;
    return i + 1;
  }
  // Year at i (skipping "de"): the year, or the meeting's year when absent.
  int YearAt(size_t i, size_t* next) const {
    size_t k = i;
    if (Has(k) && IsConnective(w_[k])) ++k;
    if (Has(k) && IsYear(w_[k])) {
      *next = k + 1;
      return w_[k].number;
    }
    *next = i;
    return meeting_year_;
  }
  // Skips "1er"/"st"/"th" after a day number.
  size_t AfterDay(size_t i) const { return Has(i) && OneOf(w_[i].lower, {"er", "st", "nd", "rd", "th"}) ? i + 1 : i; }

  // "18 and 19 July 2017", "4 to 6 December", "du 4 au 6 décembre 2017",
  // "30 November to 11 December 2009".
  std::string DayRange(size_t i, size_t* end) const {
    if (!Has(i) || !IsDay(w_[i])) return {};
    int month1 = 0;
    size_t k = AfterDay(i + 1);
    const size_t after_month1 = MonthAt(k, &month1);
    if (after_month1) k = after_month1;
    if (!Has(k) || !IsRangeJoin(w_[k]) || !Has(k + 1) || !IsDay(w_[k + 1])) return {};
    int month2 = 0;
    const size_t after_month2 = MonthAt(AfterDay(k + 2), &month2);
    if (!after_month2) return {};
    size_t next = 0;
    const int year = YearAt(after_month2, &next);
    if (month1 == 0) month1 = month2;
    const int year1 = month1 > month2 ? year - 1 : year;
    if (!IsValidDate(year1, month1, w_[i].number) || !IsValidDate(year, month2, w_[k + 1].number)) return {};
    // "3 and 17 October": two days, not a range; the first is read here
    // alone, and the second then as "17 October".
    if (IsAnd(w_[k]) && month1 == month2 && w_[k + 1].number != w_[i].number + 1) {
      *end = i + 1;
      return Iso(year1, month1, w_[i].number);
    }
    *end = next;
    return Iso(year1, month1, w_[i].number) + "/" + Iso(year, month2, w_[k + 1].number);
  }
  // "28 August 2017", "28 de agosto de 2017", "on 4 September".
  std::string DayMonthYear(size_t i, size_t* end) const {
    if (!Has(i) || !IsDay(w_[i])) return {};
    int month = 0;
    const size_t after_month = MonthAt(AfterDay(i + 1), &month);
    if (!after_month) return {};
    size_t next = 0;
    const int year = YearAt(after_month, &next);
    if (!IsValidDate(year, month, w_[i].number)) return {};
    *end = next;
    return Iso(year, month, w_[i].number);
  }
  // "August 28, 2017".
  std::string MonthDayYear(size_t i, size_t* end) const {
    if (!Has(i + 2) || w_[i].month == 0 || !IsDay(w_[i + 1]) || !IsYear(w_[i + 2])) return {};
    if (!IsValidDate(w_[i + 2].number, w_[i].month, w_[i + 1].number)) return {};
    *end = i + 3;
    return Iso(w_[i + 2].number, w_[i].month, w_[i + 1].number);
  }
  // "September 2017", "in September", "by the end of September".
  std::string MonthYear(size_t i, size_t* end) const {
    if (!Has(i) || w_[i].month == 0) return {};
    size_t next = 0;
    const int year = YearAt(i + 1, &next);
    const bool with_year = next > i + 1;
    // A month without a year is a date only after "in", "by the end of",
    // "en", "durante"... and never "may" (a verb far more often).
    const bool led = i > 0 && OneOf(w_[i - 1].lower, {"in", "of", "en", "durante", "de", "since", "until", "by", "past",
                                                      "last", "next", "this", "early", "late", "mid"});
    if (year < 1900 || (!with_year && (!led || w_[i].lower == "may"))) return {};
    if (w_[i].lower == "may" && !with_year) return {};
    *end = next;
    return Iso(year, w_[i].month, 0);
  }
  // "in 2018", "2018–2028", "from 2015 to 2019", "the 1990s", "in 2007 and 2008".
  std::string YearRange(size_t i, size_t* end) const {
    if (!Has(i) || !IsYear(w_[i])) return {};
    if (w_[i].decade) {
      *end = i + 1;
      return Iso(w_[i].number, 0, 0) + "/" + Iso(w_[i].number + 9, 0, 0);
    }
    // "between 2002 and 2007" is a range; "in 2007 and 2008" two years.
    const bool between = i > 0 && OneOf(w_[i - 1].lower, {"between", "entre"});
    if (Has(i + 2) && (IsYearRangeJoin(w_[i + 1]) || (between && IsAnd(w_[i + 1]))) && IsYear(w_[i + 2]) &&
        w_[i + 2].number > w_[i].number) {
      *end = i + 3;
      return Iso(w_[i].number, 0, 0) + "/" + Iso(w_[i + 2].number, 0, 0);
    }
    // Led by a preposition or article, or the second of "2007 and 2008".
    const bool led = i > 0 && (IsYearLead(w_[i - 1]) || (IsAnd(w_[i - 1]) && i > 1 && IsYear(w_[i - 2])));
    // "the 2030 Agenda" names the Agenda; it dates nothing.
    const bool names_agenda = Has(i + 1) && w_[i + 1].lower == "agenda";
    if (!led || names_agenda || (Has(i + 1) && IsCountNoun(w_[i + 1]))) return {};
    *end = i + 1;
    return Iso(w_[i].number, 0, 0);
  }

  const std::vector<Word>& w_;
  int meeting_year_ = 0;
};

}  // namespace

void TagDates(std::string_view text, const EntityContext& context, std::vector<EntitySpan>* out) {
  const std::vector<Word> words = Scan(text);
  const DateReader reader(words, context);
  for (size_t i = 0; i < words.size();) {
    size_t end = 0;
    const std::string value = reader.At(i, &end);
    if (value.empty()) {
      ++i;
      continue;
    }
    out->push_back({entity_type::kDate, words[i].start, words[end - 1].end, value});
    i = end;
  }
}

}  // namespace quorum
