// SPDX-License-Identifier: MIT
// Date bounds in ISO or words; see query/date_range.h.
#include "query/date_range.h"

#include <cctype>
#include <cstdio>
#include <sstream>

#include "common/base/error.h"
#include "common/text/date.h"

namespace quorum {
namespace {

int Digits(const std::string& s, size_t at, size_t n) {
  int value = 0;
  for (size_t i = at; i < at + n; ++i) {
    if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return -1;
    value = value * 10 + (s[i] - '0');
  }
  return value;
}

std::string Ymd(int year, int month, int day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", year, month, day);
  return buffer;
}

// "2017", "2017-08", "2017-08-28" -> year, month (0: none), day (0: none).
bool ParseIso(const std::string& value, int* year, int* month, int* day) {
  const bool shape = value.size() == 4 || (value.size() == 7 && value[4] == '-') ||
                     (value.size() == 10 && value[4] == '-' && value[7] == '-');
  if (!shape) return false;
  *year = Digits(value, 0, 4);
  *month = value.size() >= 7 ? Digits(value, 5, 2) : 0;
  *day = value.size() == 10 ? Digits(value, 8, 2) : 0;
  // A printed month or day of 00 is no date, not "the whole year".
  const bool printed_zero = (value.size() >= 7 && *month == 0) || (value.size() == 10 && *day == 0);
  return *year >= 0 && *month >= 0 && *day >= 0 && !printed_zero;
}

// "August 2017", "28 August 2017", "28 de agosto de 2017".
bool ParseWords(const std::string& value, int* year, int* month, int* day) {
  // The whole value must be the date: "2017-08-28T00" is not one.
  if (auto date = FindDate(value); date && date->start == 0 && date->end == value.size())
    return ParseIso(date->iso, year, month, day);
  std::istringstream words(value);
  std::string first, second;
  words >> first >> second;
  *month = MonthNumber(first);
  *year = Digits(second, 0, 4);
  *day = 0;
  return *month > 0 && *year > 0 && second.size() == 4;
}

}  // namespace

std::string DateBound(const std::string& value, bool upper, const std::string& flag) {
  int year = 0, month = 0, day = 0;
  if (!ParseIso(value, &year, &month, &day) && !ParseWords(value, &year, &month, &day))
    throw UsageError(flag + " takes a date as YYYY, YYYY-MM or YYYY-MM-DD (or 'August 2017'), not '" + value + "'");
  if (month == 0) month = upper ? 12 : 1;
  if (month < 1 || month > 12) day = -1;
  if (day == 0) day = upper ? DaysInMonth(year, month) : 1;
  if (!IsValidDate(year, month, day))
    throw UsageError(flag + " takes a date as YYYY, YYYY-MM or YYYY-MM-DD (or 'August 2017'), not '" + value + "'");
  return Ymd(year, month, day);
}

std::string RewriteHeldRanges(const std::string& query) {
  static const std::string kField = "held:";
  std::string out;
  size_t i = 0;
  while (i < query.size()) {
    const size_t at = query.find(kField, i);
    if (at == std::string::npos || (at > 0 && query[at - 1] != ' ' && query[at - 1] != '(')) {
      const size_t stop = at == std::string::npos ? query.size() : at + kField.size();
      out.append(query, i, stop - i);
      i = stop;
      continue;
    }
    out.append(query, i, at + kField.size() - i);
    size_t j = at + kField.size();
    // Reads one end: a quoted string, or text up to ".." or a space.
    auto read_end = [&]() {
      std::string end;
      if (j < query.size() && query[j] == '"') {
        const size_t close = query.find('"', j + 1);
        end = query.substr(j + 1, (close == std::string::npos ? query.size() : close) - j - 1);
        j = close == std::string::npos ? query.size() : close + 1;
      } else {
        while (j < query.size() && query[j] != ' ' && query[j] != ')' && query.compare(j, 2, "..") != 0)
          end += query[j++];
      }
      return end;
    };
    const std::string low = read_end();
    std::string high = low;
    if (query.compare(j, 2, "..") == 0) {
      j += 2;
      high = read_end();
    }
    // A single date "held:2017-08" means the whole period it names.
    out += (low.empty() ? "" : DateBound(low, false, "held:")) + ".." +
           (high.empty() ? "" : DateBound(high, true, "held:"));
    i = j;
  }
  return out;
}

}  // namespace quorum
