// SPDX-License-Identifier: MIT
// A council's journal: the minutes printed inside a weekly gazette whose
// PDF columns come out as text wrapped to ragged widths, with no blank line
// between paragraphs, under the gazette's own masthead and publication date.
// The excerpt is from the Cleveland City Record of 3 March 2010 (in
// ../shared/corpus/large/), cover and proceedings cut short.
#include <gtest/gtest.h>

#include "common/layout/agenda.h"
#include "common/pipeline/pipeline.h"
#include "common/text/note_lines.h"
#include "tests/support/test_support.h"

namespace quorum {
namespace {

const std::string kJournal =
    "The City Record\n"
    "Official Publication of the Council of the City of Cleveland\n"
    "\n"
    "March the Third, Two Thousand and Ten\n"
    "\n"
    "Frank G. Jackson\n"
    "\n"
    "Mayor\n"
    "\n"
    "OFFICIAL PROCEEDINGS\n"
    "CITY COUNCIL\n"
    "______________\n"
    "Cleveland, Ohio\n"
    "Monday, March 1, 2010\n"
    "The meeting of the Council was\n"
    "called to order, The President, Martin J. Sweeney, in the Chair.\n"
    "Council Members present: Brady,\n"
    "Brancatelli, Cimperman, Cleveland,\n"
    "Conwell, Cummins, Dow, J. Johnson,\n"
    "K. Johnson, Keane, Kelley, Miller,\n"
    "Mitchell,\n"
    "Polensek,\n"
    "Pruitt,\n"
    "Reed,\n"
    "Sweeney, Westbrook and Zone.\n"
    "Also present were Mayor Frank J.\n"
    "Jackson; Ken Silliman, Chief of\n"
    "Staff; Darnell Brown, Chief Operating Officer; Chris Warren, Chief of\n"
    "Regional Development; Andrea V.\n"
    "Taylor, Press Secretary; Andrew\n"
    "Watterson, Chief of Sustainability;\n"
    "and Directors Triozzi, Dumas, Withers, Smith, Wasik, Carroll, Flask,\n"
    "Cox, Rush, Rybka, Nichols, Fumich,\n"
    "Interim Directors Walker Minor,\n"
    "Mahone, West and Acting Director\n"
    "Munday Workman.\n"
    "Moment of Silence. Pledge of Allegiance.\n"
    "Res. No. 276-10.\n"
    "By Council Member Miller.\n"
    "An emergency resolution withdrawing objection to the renewal of\n"
    "a C2 and C2X Liquor Permit at 625\n"
    "East 140th Street, and repealing\n"
    "Resolution No. 1101-09, objecting to\n"
    "said renewal.\n"
    "Whereas, this Council objected to\n"
    "a C2 and C2X Liquor Permit to\n"
    "Moe\u2019s Stop One, Inc., 625 East 140th\n"
    "Street by Resolution No. 1101-09\n"
    "adopted by the Council on August 5,\n"
    "2009; and\n"
    "Whereas, this Council wishes to\n"
    "withdraw its objection to the above\n"
    "renewal and consents to said renewal; and\n"
    "Whereas, this resolution constitutes an emergency measure providing for the usual daily operation of\n"
    "a municipal department; now, therefore,\n"
    "Be it resolved by the Council of\n"
    "the City of Cleveland:\n"
    "Section 1. That objection to a C2\n"
    "and C2X Liquor Permit to Moe\u2019s Stop\n"
    "One, Inc., 625 East 140th Street,\n"
    "Cleveland, Ohio 44110, Permanent\n"
    "Number 6081178 be and the same is\n"
    "hereby withdrawn and Resolution\n"
    "No. 1101-09, containing such objection, be and the same is hereby\n"
    "repealed and that this Council consents to the immediate renewal\n"
    "thereof.\n"
    "Motion to suspend rules, Charter,\n"
    "and statutory provisions and place\n"
    "on final adoption.\n"
    "The rules were suspended. Yeas\n"
    "19. Nays 0. Read second time. Read\n"
    "third time in full. Adopted. Yeas\n"
    "19. Nays 0.\n";

using testing_support::Starting;

TEST(JournalLayoutTest, RaggedColumnsJoinUntilASentenceOrClauseEnds) {
  const LineLayout layout = ReadLineLayout(kJournal);
  EXPECT_TRUE(layout.ragged_columns);
  EXPECT_FALSE(layout.line_per_paragraph);
  const Note note = ParseNoteText(kJournal);
  // Each recital is one paragraph, though the line before it ends "; and".
  const Paragraph* recital = Starting(note, "Whereas, this Council objected to a C2");
  ASSERT_NE(recital, nullptr);
  EXPECT_NE(recital->text.find("August 5, 2009; and"), std::string::npos);
  EXPECT_EQ(recital->text.find("wishes"), std::string::npos);
  EXPECT_NE(Starting(note, "Whereas, this Council wishes"), nullptr);
  EXPECT_NE(Starting(note, "Be it resolved by the Council of the City of Cleveland:"), nullptr);
  EXPECT_NE(Starting(note, "Section 1. That objection"), nullptr);
  // A vote's figure wrapped to the start of a line is not a paragraph number.
  const Paragraph* vote = Starting(note, "The rules were suspended. Yeas 19. Nays 0.");
  ASSERT_NE(vote, nullptr);
  EXPECT_FALSE(vote->number.has_value());
  for (const Paragraph& p : note.paragraphs) EXPECT_NE(p.number, std::optional<std::string>("19")) << p.text;
}

TEST(JournalLayoutTest, TheResolutionNumberHeadsItsClauses) {
  const Note note = ParseNoteText(kJournal);
  const Paragraph* recital = Starting(note, "Whereas, this Council wishes");
  ASSERT_NE(recital, nullptr);
  EXPECT_EQ(recital->section, "Res. No. 276-10.");
  EXPECT_TRUE(IsInstrumentDesignation("Ord. No. 352-98."));
  EXPECT_TRUE(IsInstrumentDesignation("Resolution No. 80-16"));
  EXPECT_TRUE(IsInstrumentDesignation("D\u00E9lib\u00E9ration n\u00B0 2011-22"));
  EXPECT_FALSE(IsInstrumentDesignation("Resolution No. 80-16 was adopted."));
  EXPECT_FALSE(IsInstrumentDesignation("File this report."));
}

TEST(JournalLayoutTest, TheMeetingIsDatedByItsCallToOrderAndNamedByTheMasthead) {
  const Note note = ParseNoteText(kJournal);
  EXPECT_EQ(note.date, "2010-03-01");  // not the gazette's "March the Third"
  EXPECT_EQ(note.body, "Council of the City of Cleveland");
}

}  // namespace
}  // namespace quorum
