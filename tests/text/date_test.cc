// SPDX-License-Identifier: MIT
// Date recognition: one row per way of writing a date.
#include "common/text/date.h"

#include <gtest/gtest.h>

namespace quorum {
namespace {

struct DateRow {
  const char* text;
  const char* iso;  // "" when no full date should be found
};

TEST(DateTest, FindsDatesWrittenManyWays) {
  const DateRow rows[] = {
      {"held on 28 August 2017", "2017-08-28"},             // English, day first
      {"HELD ON 28 AUGUST 2017", "2017-08-28"},             // title block capitals
      {"on August 28, 2017 in Geneva", "2017-08-28"},       // month first
      {"tenue le 28 août 2018", "2018-08-28"},              // French, accented month
      {"TENUE LE 28 AOÛT 2018", "2018-08-28"},              // French capitals
      {"le 1er mai 2018", "2018-05-01"},                    // French ordinal day
      {"celebrada el 28 de agosto de 2018", "2018-08-28"},  // Spanish connectives
      {"CELEBRADA EL 10 DE OCTUBRE DE 2018", "2018-10-10"},
      {"dated 2019-03-20.", "2019-03-20"},                         // ISO
      {"29 February 2016", "2016-02-29"},                          // leap year
      {"29 February 2017", ""},                                    // not a date
      {"31 June 2017", ""},                                        // no such day
      {"on 4 September", ""},                                      // no year: not a full date
      {"may 2018 be a good year", ""},                             // "may" without a day
      {"celebrada el martes, 20 de enero de 2015", "2015-01-20"},  // "enero" starts with an e
      {"del día 15/03/2018 se lleva", "2018-03-15"},               // figures, day first
      {"le 15.03.2018", "2018-03-15"},
      {"on 11/16/1998", "1998-11-16"},      // month first: only that is a date
      {"on 03/04/2018", "2018-04-03"},      // both are: day first
      {"resolution 5/1 of 2007", ""},       // not a date in figures
      {"15/03-2018", ""},                   // mixed separators
      {"March 15-16, 2022", "2022-03-15"},  // a meeting over two days: the first
      {"Tuesday\u2013Wednesday, July 30\u201331, 2024", "2024-07-30"},
      {"held on 7 and 8 November 2019", "2019-11-07"},
      {"du 7 au 8 novembre 2019", "2019-11-07"},
      {"15-16 March 2022", "2022-03-15"},
      {"*Tuesday July 25th 2017", "2017-07-25"},           // an ordinal day, month first
      {"", ""},
  };
  for (const DateRow& row : rows) {
    const auto found = FindDate(row.text);
    EXPECT_EQ(found ? found->iso : "", row.iso) << row.text;
  }
}

TEST(DateTest, ReportsByteOffsetsOfTheMatch) {
  const std::string text = "The meeting held on 28 août 2018 ended.";
  const auto found = FindDate(text);
  ASSERT_TRUE(found);
  EXPECT_EQ(text.substr(found->start, found->end - found->start), "28 août 2018");
}

TEST(DateTest, MonthNames) {
  EXPECT_EQ(MonthNumber("Sept."), 9);
  EXPECT_EQ(MonthNumber("DÉCEMBRE"), 12);
  EXPECT_EQ(MonthNumber("agosto"), 8);
  EXPECT_EQ(MonthNumber("enero"), 1);  // the one month name that starts with an "e"
  EXPECT_EQ(MonthNumber("ENERO"), 1);
  EXPECT_EQ(MonthNumber("Monday"), 0);
}

}  // namespace
}  // namespace quorum
