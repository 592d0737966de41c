// SPDX-License-Identifier: MIT
// Every entity of the seed note (IOM Working Group, 28 August 2017), of
// every type, paragraph by paragraph, as read by hand: the tagger must
// find exactly these. Known gaps are kept, as expectations, in a DISABLED_
// test below, each naming what is missing.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "common/entities/entity_tagger.h"
#include "common/pipeline/pipeline.h"

namespace quorum {
namespace {

const std::string kSeed = std::string(QUORUM_SHARED_DIR) + "/seeds/000_9b11edca89149e22.txt";

struct Row {
  const char* paragraph;  // "4", or "26(a)" for a listed item
  const char* type;
  const char* text;
  const char* value;  // nullptr: the text itself
};

constexpr const char* kIom = "International Organization for Migration";
constexpr const char* kUn = "United Nations";
constexpr const char* kWorkingGroup = "Working Group on IOM\u2013UN Relations and Related Issues";
constexpr const char* kIdm = "International Dialogue on Migration";
constexpr const char* kAdviser = "Senior Policy Adviser";
constexpr const char* kAdviserToDg = "Senior Policy Adviser to the Director General";
constexpr const char* kSpecialRepresentative =
    "Special Representative of the Secretary-General for International Migration";
constexpr const char* kResolution1309 = "Council resolution 1309 (2015-11-24)";

// In reading order within each paragraph.
constexpr Row kSeedEntities[] = {
    // 1: the meeting and its agenda, items (a)-(c) inline.
    {"1", "organization", kWorkingGroup, nullptr},
    {"1", "date", "28 August 2017", "2017-08-28"},
    {"1", "organization", "IOM", kIom},
    // 2: background documents; "IOM-UN Working Group: Chair's ... non-paper" names two bodies.
    {"2", "organization", "IOM", kIom},
    {"2", "organization", "UN", kUn},
    {"2", "role", "Chair", nullptr},
    {"2", "role", "Chairperson", nullptr},
    {"2", "role", "Chairperson", nullptr},
    {"2", "date", "3 July 2017", "2017-07-03"},
    {"2", "symbol", "WG/REL/2017/6", nullptr},
    // 3: the IDM workshop; the acronym is defined here and used again.
    {"3", "event", "International Dialogue on Migration (IDM) workshop", nullptr},
    {"3", "organization", kIdm, nullptr},
    {"3", "organization", "IDM", kIdm},
    {"3", "place", "Geneva", nullptr},
    {"3", "date", "18 and 19 July 2017", "2017-07-18/2017-07-19"},
    {"3", "role", kAdviserToDg, nullptr},
    {"3", "organization", "IDM", kIdm},
    {"3", "organization", "IOM", kIom},
    // 4: the fourth thematic session, the conference, the stocktaking meeting.
    {"4", "role", kAdviser, nullptr},
    {"4", "event", "fourth informal thematic session of the global compact", nullptr},
    {"4", "place", "New York", nullptr},
    {"4", "date", "24 and 25 July 2017", "2017-07-24/2017-07-25"},
    {"4", "place", "Morocco", nullptr},
    {"4", "role", kSpecialRepresentative, nullptr},
    {"4", "role", "Secretary-General", nullptr},
    {"4", "date", "September", "2017-09"},
    {"4", "event", "intergovernmental conference", nullptr},
    {"4", "date", "2018", nullptr},
    {"4", "event", "stocktaking meeting", nullptr},
    {"4", "place", "Mexico", nullptr},
    {"4", "date", "4 to 6 December 2017", "2017-12-04/2017-12-06"},
    // 5: the first hearing, convened by the President of the General Assembly's office.
    {"5", "role", kAdviser, nullptr},
    {"5", "organization", "Office of the President of the General Assembly", nullptr},
    {"5", "event", "first multi-stakeholder hearing", nullptr},
    {"5", "date", "26 July 2017", "2017-07-26"},
    {"5", "place", "New York", nullptr},
    {"5", "organization", "IOM", kIom},
    // 6: the next session and two side events (a plural: no event).
    {"6", "role", kAdviserToDg, nullptr},
    {"6", "event", "next thematic session", nullptr},
    {"6", "place", "Vienna", nullptr},
    {"6", "date", "4 and 5 September 2017", "2017-09-04/2017-09-05"},
    {"6", "role", "Director General", nullptr},
    {"6", "organization", "IOM", kIom},
    {"6", "place", "Turkey", nullptr},
    {"6", "date", "4 September", "2017-09-04"},
    {"6", "place", "United Kingdom", nullptr},
    {"6", "date", "5 September", "2017-09-05"},
    // 7: amounts.
    {"7", "role", kAdviser, nullptr},
    {"7", "organization", "IOM", kIom},
    {"7", "amount", "USD 5 million", "USD 5000000"},
    {"7", "organization", "IOM", kIom},
    {"7", "amount", "USD 140,000", "USD 140000"},
    // 8: regions.
    {"8", "role", kAdviser, nullptr},
    {"8", "place", "Asia", nullptr},
    {"8", "place", "Middle East", nullptr},
    {"8", "place", "sub-Saharan Africa", nullptr},
    {"8", "role", kSpecialRepresentative, nullptr},
    // 9: "Delegates took the floor": how many is not said, so no attribution.
    {"9", "role", kAdviser, nullptr},
    {"9", "organization", "IOM", kIom},
    // 10: one delegate; the final session and the second hearing.
    {"10", "role", "One delegate", "speakers:one"},
    {"10", "role", kAdviser, nullptr},
    {"10", "event", "sixth and final thematic session", nullptr},
    {"10", "date", "12 and 13 October 2017", "2017-10-12/2017-10-13"},
    {"10", "place", "Geneva", nullptr},
    {"10", "event", "second multi-stakeholder hearing", nullptr},
    {"10", "place", "Geneva", nullptr},
    {"10", "organization", "IOM", kIom},
    // 11
    {"11", "role", "Chairperson", nullptr},
    {"11", "organization", "IOM", kIom},
    {"11", "place", "New York", nullptr},
    {"11", "organization", "IOM", kIom},
    {"11", "organization", "IOM", kIom},
    {"11", "organization", "United Nations", nullptr},
    {"11", "organization", "IOM", kIom},
    {"11", "organization", "Working Group on Budget Reform", nullptr},
    // 12: the resolution in full (split by a page break in the source).
    {"12", "role", "Chairperson", nullptr},
    {"12", "organization", "IOM", kIom},
    {"12", "resolution", "Council Resolution No. 1309 of 24 November 2015", kResolution1309},
    {"12", "date", "24 November 2015", "2015-11-24"},
    {"12", "organization", "IOM", kIom},
    {"12", "organization", "IOM", kIom},
    {"12", "organization", "IOM", kIom},
    {"12", "organization", "United Nations", nullptr},
    {"12", "organization", "United Nations", nullptr},
    // 13
    {"13", "role", "Chairperson", nullptr},
    // 14: attribution.
    {"14", "role", "unanimously", "speakers:all"},
    {"14", "role", "One delegate", "speakers:one"},
    {"14", "organization", "IOM", kIom},
    {"14", "organization", "United Nations", nullptr},
    {"14", "role", "Many delegations", "speakers:many"},
    {"14", "organization", "IOM", kIom},
    {"14", "organization", "IOM", kIom},
    // 15: the short form of the resolution.
    {"15", "role", "A number of delegates", "speakers:some"},
    {"15", "organization", "IOM", kIom},
    {"15", "organization", "United Nations", nullptr},
    {"15", "organization", "IOM", kIom},
    {"15", "organization", "IOM", kIom},
    {"15", "resolution", "Resolution No. 1309", kResolution1309},
    // 16: "Others said" is not counted.
    {"16", "role", "Several delegates", "speakers:some"},
    {"16", "organization", "IOM", kIom},
    {"16", "organization", "IOM", kIom},
    {"16", "organization", "IOM", kIom},
    {"16", "organization", "IOM", kIom},
    {"16", "role", "Chairperson", nullptr},
    {"16", "organization", "IOM", kIom},
    {"16", "organization", "IOM", kIom},
    // 17
    {"17", "role", "several delegates", "speakers:some"},
    {"17", "organization", "IOM", kIom},
    {"17", "organization", "United Nations", nullptr},
    {"17", "role", "a number of delegations", "speakers:some"},
    {"17", "organization", "IOM", kIom},
    {"17", "organization", "United Nations", nullptr},
    {"17", "organization", "IOM", kIom},
    {"17", "role", "Chairperson", nullptr},
    {"17", "resolution", "Resolution No. 1309", kResolution1309},
    {"17", "organization", "IOM", kIom},
    {"17", "organization", "IOM", kIom},
    // 18
    {"18", "role", "A number of delegates", "speakers:some"},
    {"18", "organization", "IOM", kIom},
    {"18", "organization", "IOM", kIom},
    {"18", "organization", "IOM", kIom},
    {"18", "organization", "IOM", kIom},
    {"18", "role", "some delegations", "speakers:some"},
    {"18", "organization", "IOM", kIom},
    // 19
    {"19", "role", "One delegate", "speakers:one"},
    {"19", "organization", "IOM", kIom},
    {"19", "organization", "Global Forum on Migration and Development", nullptr},
    // 20: the high-level political forum meets yearly: a series, so an event.
    {"20", "role", "Several delegates", "speakers:some"},
    {"20", "organization", "IOM", kIom},
    {"20", "organization", "IOM", kIom},
    {"20", "event", "high-level political forum", nullptr},
    // 21
    {"21", "role", "Chairperson", nullptr},
    {"21", "role", "Deputy Director General", nullptr},
    {"21", "role", "Chairperson", nullptr},
    {"21", "organization", "IOM", kIom},
    {"21", "resolution", "Resolution No. 1309", kResolution1309},
    {"21", "organization", "IOM", kIom},
    // 22
    {"22", "role", "Deputy Director General", nullptr},
    {"22", "organization", "IOM", kIom},
    {"22", "organization", "IOM", kIom},
    {"22", "organization", "IOM", kIom},
    // 23
    {"23", "organization", "IOM", kIom},
    {"23", "role", "Deputy Director General", nullptr},
    {"23", "organization", "IOM", kIom},
    {"23", "organization", "IOM", kIom},
    // 24
    {"24", "role", "Deputy Director General", nullptr},
    {"24", "organization", "IOM", kIom},
    {"24", "organization", "United Nations", nullptr},
    {"24", "organization", "IOM", kIom},
    {"24", "organization", "United Nations", nullptr},
    {"24", "organization", "IOM", kIom},
    {"24", "role", "Secretary-General", nullptr},
    {"24", "organization", "United Nations", nullptr},
    {"24", "organization", "IOM", kIom},
    {"24", "organization", "United Nations", nullptr},
    // 25
    {"25", "role", "Deputy Director General", nullptr},
    {"25", "organization", "IOM", kIom},
    {"25", "organization", "IOM", kIom},
    {"25", "organization", "IOM", kIom},
    // 26 and its listed items (a)-(c).
    {"26", "role", "Chairperson", nullptr},
    {"26", "role", "Deputy Director General", nullptr},
    {"26", "organization", "IOM", kIom},
    {"26(a)", "organization", "IOM", kIom},
    {"26(a)", "organization", "IOM", kIom},
    {"26(b)", "organization", "IOM", kIom},
    {"26(c)", "organization", "IOM", kIom},
    // 27: "IOM–UN relations" names both.
    {"27", "organization", "IOM", kIom},
    {"27", "role", "Director General", nullptr},
    {"27", "organization", "IOM", kIom},
    {"27", "organization", "UN", kUn},
    {"27", "organization", "IOM", kIom},
    {"27", "organization", "United Nations", nullptr},
    // 28
    {"28", "role", "Chairperson", nullptr},
    {"28", "role", "Director General", nullptr},
    {"28", "role", "Deputy Director General", nullptr},
    {"28", "role", kAdviser, nullptr},
    {"28", "event", "next Working Group meeting", nullptr},
    // 29
    {"29", "role", "Chairperson", nullptr},
    {"29", "organization", "IOM", kIom},
    {"29", "organization", "IOM", kIom},
    {"29", "organization", kWorkingGroup, nullptr},
};

// Gaps: entities the tagger does not produce yet, kept as expectations.
// Paragraph 4's footnote ("Originally planned to take place in
// Guadalajara, the stocktaking meeting will now be held in Puerto
// Vallarta.") moves the venue, but TagNote tags only a paragraph's text
// and listed items, not the footnotes attached to it.
// The entities of the footnote attached to paragraph 4.
constexpr Row kSeedFootnoteEntities[] = {
    {"4(footnote)", "place", "Guadalajara", nullptr},
    {"4(footnote)", "event", "stocktaking meeting", nullptr},
    {"4(footnote)", "place", "Puerto Vallarta", nullptr},
};

using Found = std::tuple<std::string, std::string, std::string, std::string>;  // paragraph, type, text, value

std::vector<Found> Expected(const Row* rows, size_t count) {
  std::vector<Found> expected;
  for (size_t i = 0; i < count; ++i)
    expected.emplace_back(rows[i].paragraph, rows[i].type, rows[i].text, rows[i].value ? rows[i].value : rows[i].text);
  return expected;
}

std::vector<Found> Tagged(const Note& note) {
  std::vector<Found> found;
  for (const Paragraph& p : note.paragraphs) {
    if (!p.number) continue;
    for (const Entity& e : p.entities)
      found.emplace_back(*p.number + (e.footnote > 0   ? "(footnote)"
                                      : e.item.empty() ? ""
                                                       : "(" + e.item + ")"),
                         e.type, e.text, e.value);
  }
  return found;
}

std::string Show(const std::vector<Found>& rows) {
  std::string shown;
  for (const auto& [paragraph, type, text, value] : rows)
    shown += "  ¶" + paragraph + " " + type + " \"" + text + "\" = \"" + value + "\"\n";
  return shown;
}

class EntitySeedTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kSeed)) GTEST_SKIP() << "seed note not found at " << kSeed << " (../shared absent)";
    note_ = ParseNoteFile(kSeed);
    TagNote(&note_);
  }
  Note note_;
};

TEST_F(EntitySeedTest, EveryEntityOfEveryParagraph) {
  std::vector<Found> expected = Expected(kSeedEntities, std::size(kSeedEntities));
  const std::vector<Found> in_footnotes = Expected(kSeedFootnoteEntities, std::size(kSeedFootnoteEntities));
  expected.insert(expected.end(), in_footnotes.begin(), in_footnotes.end());
  std::vector<Found> tagged = Tagged(note_);
  std::sort(expected.begin(), expected.end());
  std::sort(tagged.begin(), tagged.end());
  std::vector<Found> missing, extra;
  std::set_difference(expected.begin(), expected.end(), tagged.begin(), tagged.end(), std::back_inserter(missing));
  std::set_difference(tagged.begin(), tagged.end(), expected.begin(), expected.end(), std::back_inserter(extra));
  EXPECT_TRUE(missing.empty()) << "not tagged:\n" << Show(missing);
  EXPECT_TRUE(extra.empty()) << "tagged but not in the note:\n" << Show(extra);
}

// Each entity at the right place: its offsets (code points) hold its text.
TEST_F(EntitySeedTest, OffsetsPointAtTheText) {
  for (const Paragraph& p : note_.paragraphs) {
    for (const Entity& e : p.entities) {
      std::string source = e.footnote > 0 ? p.footnotes[static_cast<size_t>(e.footnote - 1)] : p.text;
      for (const SubItem& item : p.items)
        if (item.label == e.item) source = item.text;
      std::u32string wide;
      for (size_t i = 0; i < source.size();) {
        const auto lead = static_cast<unsigned char>(source[i]);
        const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        wide += static_cast<char32_t>(i);  // the byte offset of each character
        i += length;
      }
      wide += static_cast<char32_t>(source.size());
      ASSERT_LE(static_cast<size_t>(e.end), wide.size() - 1) << e.text;
      const size_t from = wide[static_cast<size_t>(e.start)], to = wide[static_cast<size_t>(e.end)];
      EXPECT_EQ(source.substr(from, to - from), e.text) << "¶" << *p.number << " " << e.type;
    }
  }
}

// The footnote's entities are within the taggers' reach: run on the
// footnote's text, TagEntities finds them; only TagNote leaves them out.
TEST_F(EntitySeedTest, FootnoteTextAloneIsTagged) {
  std::vector<Found> tagged;
  for (const Paragraph& p : note_.paragraphs)
    for (const std::string& footnote : p.footnotes) {
      EntityContext context;
      context.meeting_date = note_.date;
      for (const Entity& e : TagEntities(footnote, &context))
        tagged.emplace_back(*p.number + "(footnote)", e.type, e.text, e.value);
    }
  EXPECT_EQ(tagged, Expected(kSeedFootnoteEntities, std::size(kSeedFootnoteEntities))) << Show(tagged);
}

// TagNote tags the footnote attached to paragraph 4 (kSeedFootnoteEntities).
TEST_F(EntitySeedTest, FootnoteEntitiesOfParagraph4) {
  const std::vector<Found> kept = Tagged(note_);
  for (const Found& gap : Expected(kSeedFootnoteEntities, std::size(kSeedFootnoteEntities)))
    EXPECT_NE(std::find(kept.begin(), kept.end(), gap), kept.end()) << Show({gap});
}

}  // namespace
}  // namespace quorum
