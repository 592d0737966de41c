// SPDX-License-Identifier: MIT
// The schema's invariants: prefixes and slots unique, terms bounded.
#include "common/index/schema.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace quorum::schema {
namespace {

TEST(SchemaTest, FieldNamesAndPrefixesAreUniqueAndXLed) {
  std::set<std::string_view> names, prefixes{kNotePrefix, kContextPrefix, kAgendaTitlePrefix};
  size_t expected_prefixes = prefixes.size();
  for (const Field& field : kAllFields) {
    EXPECT_TRUE(names.insert(field.name).second) << field.name;
    EXPECT_TRUE(prefixes.insert(field.prefix).second) << field.prefix;
    ++expected_prefixes;
    EXPECT_EQ(field.prefix[0], 'X') << field.prefix;
    for (char c : field.prefix) EXPECT_TRUE(c >= 'A' && c <= 'Z') << field.prefix;
    EXPECT_FALSE(field.help.empty()) << field.name;
  }
  EXPECT_EQ(prefixes.size(), expected_prefixes);
}

TEST(SchemaTest, NoPrefixIsAPrefixOfAnotherFieldsPrefixFollowedByCapital) {
  // Xapian reads "XAT" + "future" and "XA" + "Tfuture" alike; our terms are
  // lower case after the prefix, so a shorter prefix never swallows a longer one.
  for (const Field& field : kAllFields) EXPECT_EQ(FilterTerm(field, "ABC").substr(field.prefix.size()), "abc");
}

TEST(SchemaTest, FilterTermNormalises) {
  EXPECT_EQ(FilterTerm(kMeeting, "WG/REL/2017/7"), "XMwg/rel/2017/7");
  EXPECT_EQ(FilterTerm(kBody, "Working  Group\non IOM\u2019s"), "XBworking group on iom's");
  EXPECT_EQ(FilterTerm(kType, "Chairperson's Note"), FilterTerm(kType, "chairperson\u2019s note"));
}

TEST(SchemaTest, LongTermsAreHashedWithinXapiansLimit) {
  const std::string long_value(400, 'a');
  const std::string term = FilterTerm(kBody, long_value);
  EXPECT_LE(term.size(), kMaxTermBytes);
  EXPECT_NE(term, FilterTerm(kBody, long_value + "b"));
  EXPECT_EQ(term, FilterTerm(kBody, long_value));
  // Cut on a character boundary: a run of 3-byte characters stays valid.
  std::string accented;
  for (int i = 0; i < 200; ++i) accented += "\u2013";
  const std::string cut = BoundedTerm("XB", accented);
  EXPECT_LE(cut.size(), kMaxTermBytes);
  EXPECT_EQ((cut.find('#') - 2) % 3, 0u);
}

TEST(SchemaTest, SlotsAreDistinct) {
  const std::set<Xapian::valueno> slots = {kSlotDate, kSlotMeeting, kSlotOrdinal, kSlotNoteKey, kSlotPage, kSlotFacets};
  EXPECT_EQ(slots.size(), 6u);
  // Slots retired in schema 3 stay unused: old indexes hold other values there.
  for (Xapian::valueno retired : {2u, 4u, 5u, 8u}) EXPECT_EQ(slots.count(retired), 0u) << retired;
}

TEST(SchemaTest, FacetValuesRoundTrip) {
  const FacetValues facets{"(b) IOM's future role", "Working Group", "2017", "date request"};
  const FacetValues back = DecodeFacets(EncodeFacets(facets));
  EXPECT_EQ(back.agenda, facets.agenda);
  EXPECT_EQ(back.body, facets.body);
  EXPECT_EQ(back.year, facets.year);
  EXPECT_EQ(back.entity_types, facets.entity_types);
  // Empty fields keep their places; a short value leaves the rest empty.
  EXPECT_EQ(DecodeFacets(EncodeFacets({"", "", "2017", ""})).year, "2017");
  EXPECT_EQ(DecodeFacets("(a) X").agenda, "(a) X");
  EXPECT_EQ(DecodeFacets("(a) X").entity_types, "");
  // Entity types are stored as letters; one without a letter as its name.
  const std::string encoded = EncodeFacets(facets);
  EXPECT_EQ(encoded.substr(encoded.rfind('\x1f') + 1), "dq");
  EXPECT_EQ(DecodeFacets(EncodeFacets({"", "", "", "amount novelty role"})).entity_types, "amount novelty role");
}

TEST(SchemaTest, ValueEncodings) {
  EXPECT_EQ(DateSlotValue("2017-08-28"), "20170828");
  EXPECT_EQ(DateSlotValue("2017-08"), "");
  EXPECT_EQ(AgendaFacetValue("b", "IOM's future role"), "(b) IOM's future role");
  EXPECT_EQ(AgendaFacetValue("", "Untitled"), "Untitled");
  EXPECT_EQ(NoteTerm("abc"), "XNOTEabc");
  EXPECT_EQ(NoteKey("/a/b.txt"), NoteKey("/a/b.txt"));
  EXPECT_NE(NoteKey("/a/b.txt"), NoteKey("/a/c.txt"));
}

// A mention and a query period overlap exactly when the query's terms meet
// the mention's: checked over days, months and years, single and ranged,
// around a year end, against the overlap computed from the days themselves.
TEST(DateTermsTest, MentionMatchesQueryExactlyWhenThePeriodsOverlap) {
  struct Period {
    std::string iso;          // as an entity value or a query bound: "2017", "2017-12/2018-01"
    std::string first, last;  // its first and last day
  };
  const std::vector<Period> periods = {
      {"2017", "2017-01-01", "2017-12-31"},
      {"2016/2017", "2016-01-01", "2017-12-31"},
      {"2018", "2018-01-01", "2018-12-31"},
      {"2017-12", "2017-12-01", "2017-12-31"},
      {"2017-11/2018-01", "2017-11-01", "2018-01-31"},
      {"2018-01", "2018-01-01", "2018-01-31"},
      {"2017-12-31", "2017-12-31", "2017-12-31"},
      {"2017-12-30/2018-01-02", "2017-12-30", "2018-01-02"},
      {"2018-01-01", "2018-01-01", "2018-01-01"},
      {"2017-03-15", "2017-03-15", "2017-03-15"},
      {"2017-02-10/2017-09-20", "2017-02-10", "2017-09-20"},  // over a quarter: indexed by month
      {"2017-06-01/2017-06-30", "2017-06-01", "2017-06-30"},
  };
  for (const Period& mention : periods) {
    std::vector<std::string> written = EntityTerms("date", mention.iso, mention.iso);
    ASSERT_FALSE(written.empty()) << mention.iso;
    std::sort(written.begin(), written.end());
    for (const Period& query : periods) {
      const size_t slash = query.iso.find('/');
      const std::string low = query.iso.substr(0, slash);
      const std::string high = slash == std::string::npos ? low : query.iso.substr(slash + 1);
      bool met = false;
      for (const std::string& term : DateRangeTerms(low, high))
        met = met || std::binary_search(written.begin(), written.end(), term);
      const bool overlap = mention.first <= query.last && query.first <= mention.last;
      EXPECT_EQ(met, overlap) << "mention " << mention.iso << ", query " << query.iso;
    }
  }
}

TEST(DateTermsTest, AYearMentionWritesOneTermNotItsMonths) {
  EXPECT_EQ(EntityTerms("date", "2023", "2023").size(), 1u);
  EXPECT_EQ(EntityTerms("date", "May 2023", "2023-05").size(), 2u);  // the month, and within its year
}

}  // namespace
}  // namespace quorum::schema

namespace quorum {
namespace {

// A meeting is its symbol, else its body (or title) and date; without
// either, a body's name is shared by its whole series of meetings, so the
// file names the meeting and the citations stay one per paragraph.
TEST(MeetingIdTest, SymbolElseBodyAndDateElseThePath) {
  Note note;
  note.path = "minutes/1998-03-04.txt";
  note.body = "City Council";
  note.date = "1998-03-04";
  EXPECT_EQ(note.MeetingId(), "City Council 1998-03-04");
  note.symbol = "CC/1998/9";
  EXPECT_EQ(note.MeetingId(), "CC/1998/9");
  note.symbol.clear();
  note.date.clear();
  EXPECT_EQ(note.MeetingId(), "minutes/1998-03-04.txt");
  Note other = note;
  other.path = "minutes/1998-03-11.txt";
  EXPECT_NE(other.MeetingId(), note.MeetingId());
  note.body.clear();
  note.date = "1998-03-04";
  EXPECT_EQ(note.MeetingId(), "1998-03-04");
}

}  // namespace
}  // namespace quorum
