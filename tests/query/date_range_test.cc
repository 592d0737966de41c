// SPDX-License-Identifier: MIT
// Meeting-date bounds in ISO or words, and held: ranges in queries.
#include "query/date_range.h"

#include <gtest/gtest.h>

#include "common/base/error.h"

namespace quorum {
namespace {

TEST(DateRangeTest, BoundsFromIsoAndWords) {
  const struct {
    const char* value;
    const char* lower;
    const char* upper;
  } rows[] = {
      {"2017", "20170101", "20171231"},           {"2016-02", "20160201", "20160229"},
      {"2017-08-28", "20170828", "20170828"},     {"August 2017", "20170801", "20170831"},
      {"28 August 2017", "20170828", "20170828"}, {"28 ao\u00FBt 2017", "20170828", "20170828"},
  };
  for (const auto& row : rows) {
    EXPECT_EQ(DateBound(row.value, false, "--from"), row.lower) << row.value;
    EXPECT_EQ(DateBound(row.value, true, "--to"), row.upper) << row.value;
  }
  EXPECT_THROW(DateBound("Augustus 2017", false, "--from"), UsageError);
  EXPECT_THROW(DateBound("2017-00", false, "--from"), UsageError);
}

TEST(DateRangeTest, RewritesHeldRanges) {
  EXPECT_EQ(RewriteHeldRanges("budget held:2017..2018-06"), "budget held:20170101..20180630");
  EXPECT_EQ(RewriteHeldRanges("held:\"28 August 2017\"..2017-09 x"), "held:20170828..20170930 x");
  EXPECT_EQ(RewriteHeldRanges("held:2017-08"), "held:20170801..20170831");
  EXPECT_EQ(RewriteHeldRanges("held:2017.."), "held:20170101..");
  EXPECT_EQ(RewriteHeldRanges("withheld:2017"), "withheld:2017");
  EXPECT_THROW(RewriteHeldRanges("held:someday"), UsageError);
}

}  // namespace
}  // namespace quorum
