// SPDX-License-Identifier: MIT
// Date entities: one row per way of writing a date, with its ISO value.
#include <gtest/gtest.h>

#include "common/entities/entity_tagger.h"

namespace quorum {
namespace {

// "text as printed=value" for each date found, separated by " | ".
std::string Dates(const std::string& text, const std::string& meeting_date = "2017-08-28") {
  EntityContext context;
  context.meeting_date = meeting_date;
  std::vector<EntitySpan> spans;
  TagDates(text, context, &spans);
  std::string out;
  for (const EntitySpan& span : spans)
    out += (out.empty() ? "" : " | ") + text.substr(span.start, span.end - span.start) + "=" + span.value;
  return out;
}

TEST(DateEntitiesTest, TableOfForms) {
  const struct {
    const char* text;
    const char* expected;
  } rows[] = {
      {"held on 28 August 2017.", "28 August 2017=2017-08-28"},
      {"in Geneva on 18 and 19 July 2017", "18 and 19 July 2017=2017-07-18/2017-07-19"},
      {"from 4 to 6 December 2017", "4 to 6 December 2017=2017-12-04/2017-12-06"},
      {"from 7 to 14 September", "7 to 14 September=2017-09-07/2017-09-14"},  // year from the meeting
      {"from 30 November to 11 December 2009", "30 November to 11 December 2009=2009-11-30/2009-12-11"},
      {"on 4 September", "4 September=2017-09-04"},
      {"by the end of September", "September=2017-09"},
      {"in September 2018", "September 2018=2018-09"},
      {"in 2018", "2018=2018"},
      {"for 2018\u20132028", "2018\u20132028=2018/2028"},
      {"le 28 ao\u00FBt 2017", "28 ao\u00FBt 2017=2017-08-28"},
      {"du 4 au 6 d\u00E9cembre 2017", "4 au 6 d\u00E9cembre 2017=2017-12-04/2017-12-06"},
      {"el 28 de agosto de 2017", "28 de agosto de 2017=2017-08-28"},
      {"on August 28, 2017", "August 28, 2017=2017-08-28"},
      // Not dates: "may" as a verb, numbers, a year without a lead word.
      {"delegates may wish to note", ""},
      {"paragraph 15 of resolution 5/1", ""},
      {"the 2030 Agenda", ""},
      {"31 June 2017", "June 2017=2017-06"},  // no such day; the month stands
  };
  for (const auto& row : rows) EXPECT_EQ(Dates(row.text), row.expected) << row.text;
}

TEST(DateEntitiesTest, YearlessDatesNeedAMeetingDate) {
  EXPECT_EQ(Dates("on 4 September", ""), "");
  EXPECT_EQ(Dates("on 4 September 2019", ""), "4 September 2019=2019-09-04");
}

}  // namespace
}  // namespace quorum
