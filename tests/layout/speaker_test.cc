// SPDX-License-Identifier: MIT
// Speakers of summary-record and report paragraphs: one row per opening.
#include "common/layout/speaker.h"

#include <gtest/gtest.h>

namespace quorum {
namespace {

TEST(SpeakerTest, OpeningsName) {
  const struct {
    const char* text;
    const char* speaker;
  } rows[] = {
      {"The CHAIRMAN said that the meeting was open.", "CHAIRMAN"},
      {"Mr. SMITH (United Kingdom) asked whether the report was final.", "Mr. SMITH (United Kingdom)"},
      {"Ms. DIOP (Senegal), speaking on behalf of the African Group, said that …", "Ms. DIOP (Senegal)"},
      {"The Director of the Department of Resources Management introduced the budget.",
       "Director of the Department of Resources Management"},
      {"Slovenia welcomed the ratification of OP-CAT.", "Slovenia"},
      {"The Deputy Director General also reported that …", "Deputy Director General"},
      {"Le PR\u00C9SIDENT dit que la s\u00E9ance est ouverte.", "PR\u00C9SIDENT"},
      {"Le Pr\u00E9sident a rappel\u00E9 que la r\u00E9solution …", "Pr\u00E9sident"},
      {"El PRESIDENTE dice que se abre la sesi\u00F3n.", "PRESIDENTE"},
      // No single speaker: counts of speakers, bodies deciding, other openings.
      {"Several delegations said that …", ""},
      {"One delegate asked whether …", ""},
      {"The Council unanimously adopted resolution 214.", ""},
      {"As announced at the meeting held on 28 August 2018, …", ""},
      {"Under other business, the Chairperson announced …", ""},
      {"The Working Group on the Universal Periodic Review, established in accordance with …", ""},
      {"", ""},
  };
  for (const auto& row : rows) EXPECT_EQ(FindSpeaker(row.text), row.speaker) << row.text;
}

// Verbatim records' labels: a title or an office, then a colon and the speech.
TEST(SpeakerTest, TurnLabelsName) {
  const struct {
    const char* text;
    const char* label;
  } rows[] = {
      {"Mr S N SWART:  Madam Speaker, the ACDP is shocked.", "Mr S N SWART"},
      {"The SPEAKER: Order!", "The SPEAKER"},
      {"The HOUSE CHAIRPERSON (Mr K O Bapela): Is there any other motion?", "The HOUSE CHAIRPERSON (Mr K O Bapela)"},
      {"An HON MEMBER: Do you support polygamy?", "An HON MEMBER"},
      {"El se\u00F1or PRESIDENTE: Se abre la sesi\u00F3n.", "El se\u00F1or PRESIDENTE"},
      {"PRESIDENTA: Muchas gracias.", "PRESIDENTA"},
      {"The President: I now give the floor to the representative of Chile.", "The President"},
      {"Mr. Smith (United Kingdom): Thank you.", "Mr. Smith (United Kingdom)"},
      // Not a turn: a heading with a subtitle, an agenda item, an entry of a
      // list of delegates, a label without speech, an all-capitals heading.
      {"The Way Forward: a plan for 2020", ""},
      {"Item 4: Harbour works", ""},
      {"Mr. Busso von Alvensleben, Ambassador, Commissioner for Global Issues: Civil Crisis Prevention", ""},
      {"Mr S N SWART:", ""},
      {"CAPACITY BUILDING (CONVENTION): The SBI Chair noted the draft.", ""},
      {"Note: the meeting was adjourned.", ""},
  };
  for (const auto& row : rows) EXPECT_EQ(TurnLabel(row.text), row.label) << row.text;
}

TEST(SpeakerTest, InvertedNamesLabel) {
  const struct {
    const char* text;
    const char* label;
  } rows[] = {
      {"Rufi\u00E1n Romero, Gabriel: Muchas gracias, se\u00F1ora presidenta.", "Rufi\u00E1n Romero, Gabriel"},
      {"Montoro Romero, Crist\u00F3bal Ricardo (MINISTRO DE HACIENDA): Gracias, se\u00F1or presidente.",
       "Montoro Romero, Crist\u00F3bal Ricardo (MINISTRO DE HACIENDA)"},
      {"Tard\u00E0 i Coma, Joan: Gracias, presidente.", "Tard\u00E0 i Coma, Joan"},
      {"Mr. Busso von Alvensleben, Ambassador, Commissioner: Civil Crisis Prevention", ""},
      {"Mr. Smith, Jones: Thank you.", ""},
      {"Rufi\u00E1n Romero, Gabriel: Perd\u00F3n.", ""},  // one word: too little to tell
      {"Item 4, Budget: Harbour works and piers", ""},
  };
  for (const auto& row : rows) EXPECT_EQ(InvertedNameLabel(row.text), row.label) << row.text;
}

}  // namespace
}  // namespace quorum
