// SPDX-License-Identifier: MIT
// Verbatim records: a speaker's turn opens with a label naming them by title
// or office ("Mr S N SWART:", "The SPEAKER:"). A turn is never a heading,
// however short or questioning, and its speaker holds the paragraphs after
// it up to the next turn or heading. Excerpts of
// za-national-assembly-hansard/za-na-hansard_2008-05-16.txt.
#include <gtest/gtest.h>

#include "common/pipeline/pipeline.h"
#include "tests/support/test_support.h"

namespace quorum {
namespace {

using testing_support::Starting;

TEST(VerbatimTurnsTest, AShortTurnIsNoHeadingAndATurnRunsOn) {
  const Note note = ParseNoteText(
      "Mrs C DUDLEY: Chairperson, on behalf of the ACDP, I give notice that I shall move at\n"
      "the next sitting day of the House that the House debates the teaching of evolution.\n\n"
      "                CAUSES AND SOLUTIONS OF XENOPHOBIA\n\n"
      "Mrs S M CAMERER: Madam Speaker.\n\n"
      "Ms C M P RAMOTSAMAI: What are you saying, hon Sheila?\n"
      "The SPEAKER: Order! Do you want to ask a question?\n\n"
      "Mrs S M CAMERER: Yes, please. Would you take a question?\n\n"
      "Mr S N SWART:  Madam Speaker, the ACDP is similarly shocked and appalled at\n"
      "the continuing xenophobic attacks in Alexandra and elsewhere.\n\n"
      "We welcome the appointment of the special task team to probe these attacks\n"
      "and the deployment of more policemen.\n\n"
      "[Interjections.]\n\n"
      "The ACDP appeals to all to show compassion.\n");
  const Paragraph* question = Starting(note, "Ms C M P RAMOTSAMAI: What are you saying");
  ASSERT_NE(question, nullptr);  // a paragraph, not the heading of what follows
  EXPECT_EQ(question->speaker, "Ms C M P RAMOTSAMAI");
  const Paragraph* order = Starting(note, "The SPEAKER: Order!");
  ASSERT_NE(order, nullptr);
  EXPECT_EQ(order->section, "CAUSES AND SOLUTIONS OF XENOPHOBIA");
  EXPECT_EQ(order->speaker, "The SPEAKER");
  const Paragraph* welcome = Starting(note, "We welcome the appointment");
  ASSERT_NE(welcome, nullptr);
  EXPECT_EQ(welcome->speaker, "Mr S N SWART");  // the turn runs on
  const Paragraph* room = Starting(note, "[Interjections.]");
  ASSERT_NE(room, nullptr);
  EXPECT_EQ(room->speaker, "");  // a note of the room is no one's
  const Paragraph* appeal = Starting(note, "The ACDP appeals");
  ASSERT_NE(appeal, nullptr);
  EXPECT_EQ(appeal->speaker, "Mr S N SWART");
}

// A speech that closes with a note of the room ("Thank you.]", "[Time
// expired.]") has ended: the heading after it is a heading, not its rest.
TEST(VerbatimTurnsTest, AClosingBracketEndsTheSentenceBeforeAHeading) {
  const Note note = ParseNoteText(
      "[Mr B Z ZULU (ANC): The African National Congress sends its condolences to\n"
      "the Mseleku family. May they find solace in accepting it as such. Thank\n"
      "you.]\n\n"
      "      LACK OF RESPONSE TO RECOMMENDATIONS OF PUBLIC SERVICE COMMISSION\n\n"
      "                            (Member\u2019s Statement)\n\n"
      "Mr E W TRENT (DA): Chairperson, the DA is concerned about the apparent\n"
      "indifference of government departments to recommendations.\n");
  const Paragraph* zulu = Starting(note, "[Mr B Z ZULU");
  ASSERT_NE(zulu, nullptr);
  EXPECT_EQ(zulu->text.find("LACK OF RESPONSE"), std::string::npos);
  const Paragraph* trent = Starting(note, "Mr E W TRENT (DA): Chairperson");
  ASSERT_NE(trent, nullptr);
  EXPECT_NE(trent->section.find("LACK OF RESPONSE TO RECOMMENDATIONS"), std::string::npos);
  EXPECT_EQ(trent->speaker, "Mr E W TRENT (DA)");
}

}  // namespace
}  // namespace quorum
