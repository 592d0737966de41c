// SPDX-License-Identifier: MIT
// The words of the date grammar (entities/entity_dates.cc), also the month
// names of title-block dates (date.h), one table per kind and
// language: month names and abbreviations, weekdays, ordinal words and
// suffixes, the words that join a range's ends and the words that put a
// bare month or year in date position. A new language adds rows here; the
// patterns do not change.
#pragma once

#include <string>
#include <string_view>

namespace quorum::date_words {

/// `word` as the tables below are written: ASCII and the Latin-1 capitals
/// (UTF-8 C3 80..9E) in lower case, so that "FÉVRIER", "MIÉRCOLES" and an
/// all-capitals heading's words meet their rows; other bytes as they are.
std::string Lower(std::string_view word);

/// Month (1-12) of a lower-cased English, French or Spanish month name or
/// abbreviation ("february", "feb", "févr", "fév", "ago", "sept"); 0 if none.
/// `*ambiguous` is set for words that are also common other words ("may",
/// "march", "mar", "ago", "august"): the grammar reads those as months only
/// with a day or year beside them, or capitalised. `*full` for full names.
int Month(std::string_view lower, bool* ambiguous, bool* full);

/// Weekday (1 = Monday … 7) of a lower-cased name or abbreviation in the
/// three languages ("monday", "tue", "lundi", "mar", "miércoles"); 0 if none.
int Weekday(std::string_view lower);

/// Day of a lower-cased ordinal word ("first", "eighth", "premier",
/// "primero", "vigésimo"); 0 if none. `*tens` is set for the words that take
/// a unit after them ("twenty" -fourth, "vigésimo" primero); `*alone` says
/// whether the word is a day by itself ("vigésimo" yes, "twenty" no).
int OrdinalWord(std::string_view lower, bool* tens, bool* alone);

/// What a lower-cased word can be in a date, from the tables behind
/// Month(), Weekday() and OrdinalWord(); null for any other word.
struct WordInfo {
  int month = 0;
  bool ambiguous = false, full = false;
  int weekday = 0;
  int ordinal = 0;
  bool tens = false, alone = true;
};
const WordInfo* Lookup(std::string_view lower);

/// Letters after a day's figures: "st", "nd", "rd", "th", "er", "º", "ª",
/// "ro", "do"...
bool IsOrdinalSuffix(std::string_view lower);

/// Words between a day and its month ("of", "de", "del") or a month and
/// its year ("de", "del", "of").
bool IsLink(std::string_view lower);

/// Words that join the two ends of a range ("to", "-", "au", "al", "a",
/// "until", "through", "hasta") and those that join two days ("and",
/// "et", "y"): a range only for consecutive days.
bool IsRangeJoin(std::string_view lower);
bool IsAnd(std::string_view lower);

/// Articles that may stand after a range word: "to the 15th", "al el".
bool IsArticle(std::string_view lower);

/// Words after which a bare month is a date ("in May", "en mars", "desde
/// mayo", "by the end of September").
bool IsMonthLead(std::string_view lower);

/// Words after which a bare year is a date ("in 2018", "since 2005").
bool IsYearLead(std::string_view lower);

/// Nouns after a number that make it a count: "1974 participants".
bool IsCountNoun(std::string_view lower);

/// Words that move a year-less date: +1 for "next", "prochain", "próximo";
/// -1 for "last", "dernier", "pasado"; 0 for others. `after` for the forms
/// that follow the date ("le 9 mars dernier"), else those that precede it.
int Direction(std::string_view lower, bool after);

/// "year", "année", "año"; "this", "cette", "este"; "mes de", "mois de",
/// "month of" (words between "next" and its month); "between", "entre".
bool IsYearWord(std::string_view lower);
bool IsThis(std::string_view lower);
bool IsMonthOf(std::string_view lower);
bool IsBetween(std::string_view lower);

/// Words before a year-less quarter or half: "in the second quarter".
bool IsPeriodLead(std::string_view lower);

/// Words before a number that make it a reference: "No. 2013-09",
/// "article L. 2121-12".
bool IsNumberWord(std::string_view lower);

/// Quarter or half words: "quarter", "trimestre" return 3 (months long);
/// "half", "semestre" return 6; else 0.
int PeriodMonths(std::string_view lower);

}  // namespace quorum::date_words
