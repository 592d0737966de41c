// SPDX-License-Identifier: MIT
// Minutes a scribe types as the meeting goes: headings marked ("## …"),
// one line a remark, "..." carrying a turn on, notes of the meeting in
// angle brackets. A short plain line there is a remark, not a heading;
// one with a list under it heads the list. Excerpts of
// w3c-tag/w3c-tag-minutes_2017-07-25_telcon-raw.txt and
// python-steering-council/python-sc-update_2024-10.txt.
#include <gtest/gtest.h>

#include "common/pipeline/pipeline.h"
#include "tests/support/test_support.h"

namespace quorum {
namespace {

using testing_support::Starting;

TEST(ScribeMinutesTest, PlainLinesUnderMarkedHeadingsAreRemarks) {
  const Note note = ParseNoteText(
      "# Agenda\n\n"
      "# Agenda Bashing\n\n"
      "## TAG constitution\n\n"
      "Ralph joins us for discussion about the AB's TAG feedback.\n"
      "Also may want to discuss Registries\n"
      "Ralph: though I'm not entitled to represent the AB\n"
      "<Tabled>\n\n"
      "<Action for Peter to mail David>\n\n"
      "## Serialization of natural language in data formats such as JSON [I18N]\n"
      "Scheduled for 3pm today with special guest Addison Richard Ishida and full group\n"
      "Alex: i18n of manifest files?  Serve different file from server?\n"
      "... I see a lot of structure in JSON for message strings keyed by language eg ISO 639\n"
      "Travis: don't want to over-standardise\n");
  for (const char* start : {"Also may want to discuss Registries", "<Tabled>", "<Action for Peter to mail David>",
                            "Ralph: though I'm not entitled"}) {
    const Paragraph* p = Starting(note, start);
    ASSERT_NE(p, nullptr) << start;  // a paragraph, not a heading
    EXPECT_TRUE(p->section.ends_with("TAG constitution")) << start << ": " << p->section;
  }
  const Paragraph* travis = Starting(note, "Travis: don't want");
  ASSERT_NE(travis, nullptr);
  EXPECT_EQ(travis->section, "Serialization of natural language in data formats such as JSON [I18N]");
}

TEST(ScribeMinutesTest, APlainLineOverAListHeadsIt) {
  const Note note = ParseNoteText(
      "# Steering Council Updates for October 2024\n\n"
      "## 2024-10-02\n\n"
      "- Need for clarity on PEP decision timing relative to steering council election\n\n"
      "Technical Discussions on JIT\n\n"
      "- Concerns raised about debugging and profiling capabilities\n"
      "- Discussion about JIT implementation impacts\n\n"
      "## 2024-10-09\n\n"
      "- Another core developer was accepted into the Code of Conduct Working Group\n");
  const Paragraph* concerns = Starting(note, "Concerns raised");
  ASSERT_NE(concerns, nullptr);
  EXPECT_NE(concerns->section.find("Technical Discussions on JIT"), std::string::npos);
}

}  // namespace
}  // namespace quorum
