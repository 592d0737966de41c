// SPDX-License-Identifier: MIT
// Recognises calendar dates written in words ("28 August 2017", "28 août
// 2017", "28 de agosto de 2017", "August 28, 2017"), in figures with the
// day first ("15/03/2018", "15.03.2018"; month first only when that alone is
// a date: "11/16/1998") or in ISO form.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace quorum {

/// A date found in text: `start`/`end` are byte offsets of the match.
struct DateMatch {
  std::string iso;  // "2017-08-28"
  size_t start = 0;
  size_t end = 0;
};

/// Month number (1-12) of an English, French or Spanish month name in any
/// case ("August", "août", "AOÛT", "agosto", "Sept"); 0 if not a month.
int MonthNumber(std::string_view word);

/// The first full date (day, month, year) in `text`, searching from `from`.
std::optional<DateMatch> FindDate(std::string_view text, size_t from = 0);

/// The one calendar of quorum: leap years of the Gregorian calendar.
bool IsLeapYear(int year);

/// Days in `month` (1-12) of `year`.
int DaysInMonth(int year, int month);

/// True for a real calendar date (leap years included) in the years a note
/// can print as a meeting's or a document's (1900-2199).
bool IsValidDate(int year, int month, int day);

}  // namespace quorum
