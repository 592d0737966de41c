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

// The forms of issue 13, each read by the grammar (meeting 2014-07-01).
TEST(DateEntitiesTest, GrammarForms) {
  const struct {
    const char* text;
    const char* expected;
  } rows[] = {
      {"on February 15", "February 15=2014-02-15"},
      {"on July 13th, 2014", "July 13th, 2014=2014-07-13"},
      {"on Monday, Feb 18", "Monday, Feb 18=2014-02-18"},
      {"adopted 2015-03-03", "2015-03-03=2015-03-03"},
      {"report of 2014-10", "2014-10=2014-10"},
      {"held July 13-15", "July 13-15=2014-07-13/2014-07-15"},
      {"held July 13\u201315", "July 13\u201315=2014-07-13/2014-07-15"},
      {"from Aug 8 - Aug 12", "Aug 8 - Aug 12=2014-08-08/2014-08-12"},
      {"13 to 15 July", "13 to 15 July=2014-07-13/2014-07-15"},
      {"from the 13th to the 15th of July", "13th to the 15th of July=2014-07-13/2014-07-15"},
      {"on 13 and 14 July", "13 and 14 July=2014-07-13/2014-07-14"},
      {"during 2005-2009", "2005-2009=2005/2009"},
      {"in March", "March=2014-03"},
      {"in 1974", "1974=1974"},
      {"since 2005", "2005=2005"},
      {"beyond mid-2023 rose", "2023=2023"},
      {"inflation through November\u2014as measured", "November=2014-11"},
      {"au 1er trimestre de l\u2019ann\u00E9e scolaire", ""},
      {"pour l\u2019ann\u00E9e 2013", "2013=2013"},
      {"el 2 de Enero de 2013", "2 de Enero de 2013=2013-01-02"},
      {"on the 1st of march", "1st of march=2014-03-01"},
      {"on 12 jan 1876", "12 jan 1876=1876-01-12"},
      {"on 12 JAN 1876", "12 JAN 1876=1876-01-12"},
      {"the first of March", "first of March=2014-03-01"},
      {"le 1er mars", "1er mars=2014-03-01"},
      {"le premier mars 2015", "premier mars 2015=2015-03-01"},
      {"el 1.\u00BA de mayo", "1.\u00BA de mayo=2014-05-01"},
      {"le 3 f\u00E9v. 2015", "3 f\u00E9v. 2015=2015-02-03"},
      {"el 3 Ago 2015", "3 Ago 2015=2015-08-03"},
      {"on 5 Sept. 2015", "5 Sept. 2015=2015-09-05"},
      {"lundi 3 mars", "lundi 3 mars=2014-03-03"},
      {"el martes 5 de mayo", "martes 5 de mayo=2014-05-05"},
      {"du 3 au 5 mars", "3 au 5 mars=2014-03-03/2014-03-05"},
      {"del 2 al 4 de mayo", "2 al 4 de mayo=2014-05-02/2014-05-04"},
      {"in Q1", "Q1=2014-01/2014-03"},
      {"in Q3 2012", "Q3 2012=2012-07/2012-09"},
      {"in the second quarter", "second quarter=2014-04/2014-06"},
      {"in the first half of 2011", "first half of 2011=2011-01/2011-06"},
      {"at the beginning of 2012", "2012=2012"},
      {"au premier semestre 2012", "premier semestre 2012=2012-01/2012-06"},
      // Not dates: modal "may", "march" as a verb or noun, counts, law
      // numbers, page numbers, the Agenda, a Spanish "sea".
      {"delegates may wish to note", ""},
      {"The May meeting may 5 times", ""},
      {"they will march on the capital", ""},
      {"the March was peaceful", ""},
      {"1974 participants attended", ""},
      {"under Law 6/2010", ""},
      {"see page 2010 of the record", ""},
      {"the 2030 Agenda", ""},
      {"en el mar", ""},
      {"two years ago", ""},
      // Forms met in real minutes.
      {"for the 2006-07 financial year", "2006-07=2006/2007"},
      {"Schedule No. 2013-09.", ""},
      {"article L. 2121-12 du code", ""},
      {"gist.github.com/tiran/2dec9e03c6f9", ""},
      {"rue du Brandais G 1554 -1806-1808 Abri", ""},
      {"Mara, Carol (second half) Unavailable", ""},
      {"working on getting 3.5 in. May be able to use it", ""},
      {"get it out first half of next week", ""},
      {"ending in December, 1.1 percentage points lower", "December=2014-12"},
      {"dated 11 May 2007: Amendment", "11 May 2007=2007-05-11"},
      {"on 10/August/2012", "10/August/2012=2012-08-10"},
      {"du 14/03/2014 au 30/04/2014", "14/03/2014=2014-03-14 | 30/04/2014=2014-04-30"},
      {"on 06-17-2014", "06-17-2014=2014-06-17"},
      {"document A/HRC/13/03/2014", ""},
  };
  for (const auto& row : rows) EXPECT_EQ(Dates(row.text, "2014-07-01"), row.expected) << row.text;
}

// Across a year end: a note of 20 December citing "5 January" looks ahead;
// a January note citing "December" looks back; between, the meeting's year;
// "next", "last", "this year" and a year in the sentence decide first.
TEST(DateEntitiesTest, YearlessDatesAcrossAYearEnd) {
  EXPECT_EQ(Dates("the meeting on 5 January", "2014-12-20"), "5 January=2015-01-05");
  EXPECT_EQ(Dates("the meeting in December", "2015-01-10"), "December=2014-12");
  EXPECT_EQ(Dates("on 4 March", "2014-09-10"), "4 March=2014-03-04");
  EXPECT_EQ(Dates("in November", "2015-02-10"), "November=2014-11");
  EXPECT_EQ(Dates("in October", "2015-02-10"), "October=2015-10");
  EXPECT_EQ(Dates("the Budget next February", "2006-10-25"), "February=2007-02");
  EXPECT_EQ(Dates("In February this year", "2006-10-25"), "February=2006-02");
  EXPECT_EQ(Dates("to end in February of next year", "2025-01-29"), "February=2026-02");
  EXPECT_EQ(Dates("fully funded in December last year", "2001-03-01"), "December=2000-12");
  EXPECT_EQ(Dates("On 30th October last year", "2005-06-01"), "30th October=2004-10-30");
  EXPECT_EQ(Dates("last November", "2006-10-25"), "November=2005-11");
  EXPECT_EQ(Dates("le 1er janvier prochain", "2012-03-02"), "1er janvier=2013-01-01");
  EXPECT_EQ(Dates("el próximo mes de mayo", "2012-06-02"), "mayo=2013-05");
  EXPECT_EQ(Dates("le 9 mars dernier", "2011-03-20"), "9 mars=2011-03-09");
  EXPECT_EQ(Dates("steps taken in 2008, such as in January", "2008-12-11"), "2008=2008 | January=2008-01");
}

TEST(DateEntitiesTest, YearlessDatesNeedAMeetingDate) {
  EXPECT_EQ(Dates("on 4 September", ""), "");
  EXPECT_EQ(Dates("on 4 September 2019", ""), "4 September 2019=2019-09-04");
}

}  // namespace
}  // namespace quorum
