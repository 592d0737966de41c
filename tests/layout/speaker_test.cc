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

}  // namespace
}  // namespace quorum
