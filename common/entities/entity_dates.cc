// SPDX-License-Identifier: MIT
// Date entities, read by a small grammar rather than a list of examples.
// date_tokens.cc turns the text into tokens that say which date pieces they
// can be (day, month, year, weekday, ordinal, range word, ISO date), with
// the words of each language in date_words.cc; the patterns below combine
// the pieces: day-first and month-first dates, their ranges, month-year,
// bare months and years in date position, quarters and halves, ISO forms.
// At each token every pattern is tried and the longest match wins, so "4 to
// 6 December 2017" is one range and not a stray "6 December 2017".
#include <cstdio>
#include <cstdlib>
#include <initializer_list>

#include "common/entities/date_tokens.h"
#include "common/text/date_words.h"
#include "common/entities/entity_tagger.h"
#include "common/text/date.h"

namespace quorum {
namespace {

using date_tokens::Token;
namespace words = date_words;

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

// Years a written date may carry: a note can cite history ("12 January
// 1876"); bare years need 1800 or later, so that counts stay counts.
bool Valid(int year, int month, int day) {
  if (year < 1000 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  return day <= DaysInMonth(year, month);
}
bool IsYear(const Token& t) { return t.digits == 4 && t.number >= 1000 && t.number <= 2199; }
bool IsBareYear(const Token& t) { return t.digits == 4 && t.number >= 1800 && t.number <= 2199; }

struct Match {
  size_t end = 0;  // one past the last token; 0: no match
  std::string value;
};

class DateGrammar {
 public:
  DateGrammar(std::string_view text, const std::vector<Token>& tokens, const EntityContext& context)
      : text_(text), t_(tokens) {
    if (context.meeting_date.size() >= 7) {
      meeting_year_ = std::atoi(context.meeting_date.substr(0, 4).c_str());
      meeting_month_ = std::atoi(context.meeting_date.substr(5, 2).c_str());
    } else if (context.meeting_date.size() >= 4) {
      meeting_year_ = std::atoi(context.meeting_date.substr(0, 4).c_str());
    }
  }

  // The longest date starting at token i, with a weekday before it kept in
  // the span ("Monday, Feb 18", "lundi 3 mars", "martes 5 de mayo").
  Match At(size_t i) const {
    at_ = i;
    const Token& w = t_[i];
    // Cheap rejection: most tokens are plain words.
    if (w.number < 0 && !w.month && !w.weekday && !w.ordinal && w.iso.empty() && w.lower[0] != 'q') return {};
    Match best = Core(i);
    if (w.weekday) {
      size_t k = i + 1;
      if (Has(k) && words::IsArticle(t_[k].lower)) ++k;
      if (Has(k) && !t_[k].weekday) {
        Match after = Core(k);
        if (after.end > best.end) best = after;
      }
    }
    return best;
  }

  // A year written in the sentence so far: "steps taken in 2008, such as the
  // abolition of the death penalty in January" is January 2008, whatever
  // the meeting's date.
  void Anchor(size_t from, size_t to) {
    // Only a year alone anchors: the year of a full date ("18 juin 1940")
    // belongs to that day.
    if (to != from + 1) return;
    for (size_t k = from; k < to; ++k)
      if (IsYear(t_[k]) && !t_[k].decade) {
        anchor_year_ = t_[k].number;
        anchor_end_ = t_[k].end;
      }
  }

 private:
  bool Has(size_t i) const { return i < t_.size(); }
  std::string_view Next(size_t i, size_t by) const { return Has(i + by) ? std::string_view(t_[i + by].lower) : ""; }
  bool Is(size_t i, bool (*pred)(std::string_view)) const { return Has(i) && pred(t_[i].lower); }

  bool SameSentence(size_t from, size_t to) const {
    for (size_t k = from; k + 1 < to; ++k)
      if ((text_[k] == '.' || text_[k] == ';') && text_[k + 1] == ' ') return false;
    return true;
  }

  // Which way words around a year-less date point: "next February", "le
  // 1er janvier prochain" (1: the first such month after the meeting's);
  // "last December", "le 9 mars dernier" (-1: the last one up to it); "in
  // May this year" (2: the meeting's year); "February of next year", "30
  // June next year" (3: the year after); "in August last year" (4: the
  // year before).
  int Cue() const {
    // Before the date, past "mes de", "mois de", "month of": "el próximo mes de mayo".
    size_t b = at_;
    while (b > 0 && at_ - b < 3 && words::IsMonthOf(t_[b - 1].lower)) --b;
    if (b > 0 && words::Direction(t_[b - 1].lower, false)) return words::Direction(t_[b - 1].lower, false);
    for (size_t k = at_ + 1; k < at_ + 6 && Has(k); ++k) {
      if (const int d = words::Direction(t_[k].lower, true)) return d;
      if (Has(k + 1) && words::IsYearWord(t_[k + 1].lower)) {
        if (words::IsThis(t_[k].lower)) return 2;
        // "next year", "last year": the year itself moves, whatever the month.
        if (const int d = words::Direction(t_[k].lower, false)) return d > 0 ? 3 : 4;
      }
    }
    return 0;
  }

  // The year a year-less month falls in, when the sentence names none: the
  // meeting's year, except across a year end. A month nine or more months
  // before the meeting's month is read in the next year (a note of 20
  // December citing "5 January" looks ahead a few weeks), and one nine or
  // more months after it in the year before (a January note citing
  // "December"). Between, the meeting's year: minutes cite past months of
  // their year ("tabled in February") as often as coming ones. "next" and
  // "last" move the date to the first occurrence after or before the
  // meeting's month.
  int YearFor(int month) const {
    if (meeting_year_ == 0) return 0;
    const int cue = Cue();
    if (cue >= 2) return meeting_year_ + (cue == 3 ? 1 : cue == 4 ? -1 : 0);
    if (anchor_year_ && t_[at_].start < anchor_end_ + 200 && SameSentence(anchor_end_, t_[at_].start))
      return anchor_year_;
    if (meeting_month_ == 0) return meeting_year_;
    if (cue == 1) return month > meeting_month_ ? meeting_year_ : meeting_year_ + 1;
    if (cue == -1) return month <= meeting_month_ ? meeting_year_ : meeting_year_ - 1;
    const int d = month - meeting_month_;
    return d <= -9 ? meeting_year_ + 1 : d >= 9 ? meeting_year_ - 1 : meeting_year_;
  }

  // A dash with no space either side: "10-August-2012", "August-10".
  bool TightDash(size_t k) const {
    return Has(k + 1) && k > 0 && t_[k].lower == "-" && t_[k].start == t_[k - 1].end && t_[k + 1].start == t_[k].end;
  }

  // A day at i: "13", "13th", "1er", "1.º", "eighth", "twenty-fourth",
  // "vigésimo primero". Returns the token after it, or 0.
  size_t DayAt(size_t i, int* day, bool* word) const {
    if (!Has(i)) return 0;
    const Token& w = t_[i];
    *word = false;
    if (w.number >= 1 && w.number <= 31 && w.digits <= 2 && !w.after_letter) {
      *day = w.number;
      return Has(i + 1) && t_[i + 1].glued && words::IsOrdinalSuffix(t_[i + 1].lower) ? i + 2 : i + 1;
    }
    if (!w.ordinal) return 0;
    // The unit of "trigésimo primero" or "twenty-fourth" is no day of its own.
    if (i > 0 && (t_[i - 1].tens || (t_[i - 1].lower == "-" && i > 1 && t_[i - 2].tens))) return 0;
    *word = true;
    *day = w.ordinal;
    if (w.tens) {
      size_t k = i + 1;
      if (Has(k) && t_[k].lower == "-") ++k;
      if (Has(k) && t_[k].ordinal && t_[k].ordinal <= 9 && !t_[k].tens) {
        *day += t_[k].ordinal;
        return k + 1;
      }
      if (!w.ordinal_alone) return 0;
    }
    return i + 1;
  }
  // A month at i, after an optional "of"/"de". Returns the token after it, or 0.
  size_t MonthAt(size_t i, int* month) const {
    if (Is(i, words::IsLink) || (TightDash(i) && t_[i + 1].month)) ++i;
    if (!Has(i) || !t_[i].month) return 0;
    *month = t_[i].month;
    return i + 1;
  }
  // A four-figure year at i, after an optional "de"/"of"; else a two-figure
  // year ("3 Aug 96") when `short_year` and nothing but punctuation follows.
  size_t YearAt(size_t i, int* year, bool short_year) const {
    size_t k = i;
    if (Is(k, words::IsLink) || TightDash(k)) ++k;
    if (Has(k) && IsYear(t_[k]) && !t_[k].decade) {
      *year = t_[k].number;
      return k + 1;
    }
    if (short_year && k == i && Has(k) && t_[k].digits == 2 && t_[k].number >= 32) {
      const size_t after = t_[k].end;
      if (after < text_.size() && text_[after] != ',' && text_[after] != '.' && text_[after] != ')') return 0;
      *year = t_[k].number + (t_[k].number >= 50 ? 1900 : 2000);
      return k + 1;
    }
    return 0;
  }
  // After a range word, an optional article: "to the 15th", "al".
  size_t SkipJoin(size_t k) const {
    if (!Is(k, words::IsRangeJoin) && !Is(k, words::IsAnd)) return 0;
    ++k;
    if (Is(k, words::IsArticle)) ++k;
    return k;
  }

  Match Core(size_t i) const {
    Match best;
    for (Match m : {DayFirst(i), MonthFirst(i), MonthYear(i), BareMonth(i), Period(i), Years(i)})
      if (m.end > best.end) best = m;
    // "2015-03-03", "2014-10"; not "Schedule No. 2013-09" or "article L. 2121-12".
    const bool numbered = i > 0 && (words::IsNumberWord(t_[i - 1].lower));
    if (!t_[i].iso.empty() && best.end <= i + 1 && !numbered) best = {i + 1, t_[i].iso};
    return best;
  }

  // "28 August 2017", "the 1st of march", "13 and 14 July", "du 3 au 5
  // mars", "from the 13th to the 15th of July", "10 août - 12 septembre 2013",
  // "30 November to 11 December 2009", "Eighth to eleventh May 2010".
  Match DayFirst(size_t i) const {
    int d1 = 0, m1 = 0, y1 = 0, d2 = 0, m2 = 0, y2 = 0;
    bool word1 = false, word2 = false;
    size_t k = DayAt(i, &d1, &word1);
    if (!k) return {};
    Match single;
    if (const size_t after_month = MonthAt(k, &m1)) {
      const size_t after_year = YearAt(after_month, &y1, true);
      // An ordinal word straight before a month needs a year or "of": "the
      // first May session" is no date.
      const bool linked = Is(k, words::IsLink) || after_year || !word1;
      const int year = y1 ? y1 : YearFor(m1);
      if (linked && Valid(year, m1, d1)) single = {after_year ? after_year : after_month, Iso(year, m1, d1)};
      k = after_year ? after_year : after_month;
    }
    const size_t j = SkipJoin(k);
    const size_t k2 = j ? DayAt(j, &d2, &word2) : 0;
    const size_t after_m2 = k2 ? MonthAt(k2, &m2) : 0;
    if (!after_m2) return single;
    const size_t after_y2 = YearAt(after_m2, &y2, true);
    const bool is_and = words::IsAnd(t_[k].lower);
    // "5 May and 7 June" are two dates; "3 and 17 October" too, and the
    // first is read alone here ("3" as 3 October).
    if (is_and && m1) return single;
    if (!m1) m1 = m2;
    if (!y2) y2 = y1 ? y1 : YearFor(m1) + (m2 < m1 ? 1 : 0);
    if (!y1) y1 = m1 > m2 ? y2 - 1 : y2;
    if (!Valid(y1, m1, d1) || !Valid(y2, m2, d2)) return single;
    if (is_and && d2 != d1 + 1) return {i + 1, Iso(y1, m1, d1)};
    return {after_y2 ? after_y2 : after_m2, Iso(y1, m1, d1) + "/" + Iso(y2, m2, d2)};
  }

  // "August 28, 2017", "February 15", "July 13–15", "Aug 8 - Aug 12",
  // "August 10 - November 12", "May eighth - tenth, 2010".
  Match MonthFirst(size_t i) const {
    const Token& w = t_[i];
    if (!w.month || w.glued) return {};
    int d1 = 0, d2 = 0, m2 = w.month, y = 0;
    bool word = false;
    const size_t k = DayAt(TightDash(i + 1) ? i + 2 : i + 1, &d1, &word);
    if (!k) return {};
    size_t end = k;
    if (const size_t j = SkipJoin(k); j && !words::IsAnd(t_[k].lower)) {
      size_t k2 = j;
      if (Has(k2) && t_[k2].month) m2 = t_[k2++].month;
      bool word2 = false;
      if (const size_t e = DayAt(k2, &d2, &word2))
        end = e;
      else
        m2 = w.month, d2 = 0;
    }
    const size_t after_year = YearAt(end, &y, true);
    // "may 5" is rarely a date; a capitalised or unambiguous month is.
    if (!after_year && w.ambiguous && !w.capital) return {};
    if (!y) y = YearFor(w.month);
    if (!Valid(y, w.month, d1)) return {};
    const int y2 = m2 < w.month ? y + 1 : y;
    if (d2 && Valid(y2, m2, d2) && (m2 != w.month || d2 > d1))
      return {after_year ? after_year : end, Iso(y, w.month, d1) + "/" + Iso(y2, m2, d2)};
    if (d2) return {};
    return {after_year ? after_year : end, Iso(y, w.month, d1)};
  }

  // "September 2017", "August, 2012", "enero de 2013".
  Match MonthYear(size_t i) const {
    const Token& w = t_[i];
    int year = 0;
    if (!w.month) return {};
    const size_t end = YearAt(i + 1, &year, false);
    if (!end || (w.ambiguous && !w.capital)) return {};
    return {end, Iso(year, w.month, 0)};
  }

  // "in May", "by the end of September", "en mars", "desde mayo": a full
  // month name after a lead word (or "and"/"to" after a month: "in May and
  // June"), never the lower-case "may" of a verb.
  Match BareMonth(size_t i) const {
    const Token& w = t_[i];
    if (!w.month || !w.full || i == 0 || (w.ambiguous && !w.capital)) return {};
    size_t p = i - 1;
    if (t_[p].lower == "-" && p > 0) --p;  // "mid-March"
    const bool led = words::IsMonthLead(t_[p].lower) ||
                     (p > 0 && (words::IsAnd(t_[p].lower) || words::IsRangeJoin(t_[p].lower)) && t_[p - 1].month);
    // The lead stands in the same sentence: not "3.5 in. May be able".
    for (size_t b = t_[p].end; led && b < w.start; ++b)
      if (text_[b] == '.') return {};
    const int year = YearFor(w.month);
    if (!led || !year) return {};
    return {i + 1, Iso(year, w.month, 0)};
  }

  // "Q1", "Q1 2012", "the second quarter", "the first half of 2011", "premier
  // semestre 2012", "primer trimestre de 2012": an interval of months.
  Match Period(size_t i) const {
    int n = 0, len = 0;
    size_t k = i + 1;
    const Token& w = t_[i];
    // The scanner splits "Q1" into a letter and a figure glued to it.
    if (w.lower == "q" && Has(i + 1) && t_[i + 1].start == w.end && t_[i + 1].number >= 1 && t_[i + 1].number <= 4) {
      n = t_[i + 1].number, len = 3, k = i + 2;
    } else {
      int day = 0;
      bool word = false;
      if (w.number >= 1 && w.number <= 4 && w.digits == 1) {
        n = w.number, k = Has(i + 1) && t_[i + 1].glued ? i + 2 : i + 1;
      } else if (const size_t e = DayAt(i, &day, &word); e && word && day <= 4) {
        n = day, k = e;
      }
      if (!n || !Has(k)) return {};
      len = words::PeriodMonths(t_[k].lower);
      ++k;
    }
    if (!len || n * len > 12) return {};
    int year = 0;
    size_t end = YearAt(k, &year, false);
    if (!end && Is(k, words::IsLink)) {
      // "the first half of the year" is the meeting's year; "the first half
      // of next week" no date.
      size_t y = k + 1;
      if (Has(y) &&
          (words::IsArticle(t_[y].lower) || words::IsThis(t_[y].lower) || t_[y].lower == "l" || t_[y].lower == "la"))
        ++y;
      if (!Has(y) || !words::IsYearWord(t_[y].lower)) return {};
      // "le 1er trimestre de l'année scolaire" is a school year's quarter.
      if (Next(y, 1) == "scolaire" || Next(y, 1) == "escolar" || Next(y, 1) == "académique" || Next(y, 1) == "fiscal" ||
          Next(y, 1) == "académico")
        return {};
      end = y + 1;
      year = meeting_year_;
    } else if (!end) {
      // A year-less period needs an article or preposition before it: "in
      // the second quarter", not "Carol (second half)".
      const bool led = i > 0 && words::IsPeriodLead(t_[i - 1].lower);
      if (!led) return {};
      end = k;
      year = meeting_year_;
    }
    if (!year) return {};
    const int first = (n - 1) * len + 1;
    return {end, Iso(year, first, 0) + "/" + Iso(year, first + len - 1, 0)};
  }

  // "in 2018", "2018–2028", "2005-2009", "from 2015 to 2019", "the 1990s",
  // "between 2002 and 2007", "in 2007 and 2008" (two years).
  Match Years(size_t i) const {
    const Token& w = t_[i];
    if (!IsYear(w)) return {};
    if (w.decade) return {i + 1, Iso(w.number, 0, 0) + "/" + Iso(w.number + 9, 0, 0)};
    const bool between = i > 0 && words::IsBetween(t_[i - 1].lower);
    const bool chained = i > 0 && t_[i - 1].lower == "-";  // "1554 -1806-1808": lot numbers
    if (!chained && Has(i + 2) && (words::IsRangeJoin(t_[i + 1].lower) || (between && words::IsAnd(t_[i + 1].lower))) &&
        IsBareYear(w) && IsBareYear(t_[i + 2]) && t_[i + 2].number > w.number && !t_[i + 2].decade &&
        !(Has(i + 3) && t_[i + 3].lower == "-" && TightDash(i + 3)))
      return {i + 3, Iso(w.number, 0, 0) + "/" + Iso(t_[i + 2].number, 0, 0)};
    if (!IsBareYear(w)) return {};
    // Led by a preposition or article ("mid-2023": before a tight dash), or
    // the second of "2007 and 2008".
    const size_t lead = i > 1 && TightDash(i - 1) ? i - 2 : i - 1;
    const bool led =
        i > 0 && (words::IsYearLead(t_[lead].lower) || (words::IsAnd(t_[i - 1].lower) && i > 1 && IsYear(t_[i - 2])));
    // "the 2030 Agenda" names the Agenda; "1974 participants" counts.
    if (!led || Next(i, 1) == "agenda" || words::IsCountNoun(Next(i, 1))) return {};
    return {i + 1, Iso(w.number, 0, 0)};
  }

  std::string_view text_;
  const std::vector<Token>& t_;
  int meeting_year_ = 0;
  int meeting_month_ = 0;
  mutable size_t at_ = 0;  // token At() reads from
  int anchor_year_ = 0;    // last year written, and where it ends
  size_t anchor_end_ = 0;
};

}  // namespace

void TagDates(std::string_view text, const EntityContext& context, std::vector<EntitySpan>* out) {
  const std::vector<Token> tokens = date_tokens::Scan(text);
  DateGrammar grammar(text, tokens, context);
  for (size_t i = 0; i < tokens.size();) {
    const Match m = grammar.At(i);
    if (m.end == 0 || m.value.empty()) {
      ++i;
      continue;
    }
    out->push_back({entity_type::kDate, tokens[i].start, tokens[m.end - 1].end, m.value});
    grammar.Anchor(i, m.end);
    i = m.end;
  }
}

}  // namespace quorum
