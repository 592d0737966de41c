// SPDX-License-Identifier: MIT
// Real files in each format (tests/read/fixtures/notes/, made from corpus
// notes as fixtures/README.md says) read to the same note as the text they
// were made from: the same numbered paragraphs, agenda, footnotes, meeting.
#include <gtest/gtest.h>

#include <string>

#include "common/pipeline/pipeline.h"

namespace quorum {
namespace {

const std::string kCorpus = std::string(QUORUM_SOURCE_DIR) + "/corpus/";
const std::string kFixtures = std::string(QUORUM_SOURCE_DIR) + "/tests/read/fixtures/notes/";

// Words of the site template's furniture (fixtures/site_template.html) and
// of the tracking script: none may reach a paragraph.
const char* const kFurnitureWords[] = {"cookies",        "Accept all",     "Governing bodies",
                                       "Press releases", "Privacy policy", "Related documents",
                                       "analytics",      "tracking pixel", "Search the site"};

struct FormatCase {
  const char* note;
  const char* extension;
  const char* format;
};

class FormatFixtureTest : public ::testing::TestWithParam<FormatCase> {};

std::string Numbers(const Note& note) {
  std::string numbers;
  for (const Paragraph& paragraph : note.paragraphs) numbers += paragraph.number.value_or("-") + " ";
  return numbers;
}

TEST_P(FormatFixtureTest, ReadsAsTheTextItWasMadeFrom) {
  const FormatCase& c = GetParam();
  const Note text = ParseNoteFile(kCorpus + c.note + ".txt");
  const Note note = ParseNoteFile(kFixtures + c.note + "." + c.extension);
  ASSERT_FALSE(note.HasErrors()) << (note.diagnostics.empty() ? "" : note.diagnostics[0].message);
  EXPECT_EQ(note.format, c.format);
  ASSERT_GE(text.paragraphs.size(), 10u);
  EXPECT_EQ(note.paragraphs.size(), text.paragraphs.size());
  EXPECT_EQ(Numbers(note), Numbers(text));
  EXPECT_EQ(note.date, text.date);
  EXPECT_EQ(note.symbol, text.symbol);
  EXPECT_EQ(note.body, text.body);
  EXPECT_EQ(note.language, text.language);
  ASSERT_EQ(note.agenda.size(), text.agenda.size());
  for (size_t i = 0; i < note.agenda.size(); ++i) EXPECT_EQ(note.agenda[i].title, text.agenda[i].title);
  const size_t n = std::min(note.paragraphs.size(), text.paragraphs.size());
  for (size_t i = 0; i < n; ++i) {
    const Paragraph& got = note.paragraphs[i];
    const Paragraph& want = text.paragraphs[i];
    EXPECT_EQ(got.text, want.text) << "paragraph " << i;
    EXPECT_EQ(got.agenda, want.agenda) << "paragraph " << i;
    EXPECT_EQ(got.footnotes, want.footnotes) << "paragraph " << i;
    EXPECT_EQ(got.items.size(), want.items.size()) << "paragraph " << i;
    EXPECT_EQ(got.line, 0) << "a line of the converted text means nothing in the file";
    for (const char* word : kFurnitureWords) EXPECT_EQ(got.text.find(word), std::string::npos) << word;
  }
}

// The site template wraps the minutes in <main>: what is outside is said.
TEST(FormatFixtureTest, HtmlPageSaysWhatItLeftOut) {
  const Note note = ParseNoteFile(kFixtures + "2017-09-18-wg-basin.html");
  bool said = false;
  for (const Diagnostic& d : note.diagnostics)
    said = said ||
           (d.severity == Severity::kNote && d.message.find("outside the page's main content") != std::string::npos &&
            d.message.find(" words)") != std::string::npos);
  EXPECT_TRUE(said);
}

// A footnote cited in the paragraph is attached to it, in every format.
TEST(FormatFixtureTest, FootnotesAreAttachedToTheCitingParagraph) {
  for (const char* extension : {"html", "md", "docx", "odt"}) {
    const Note note = ParseNoteFile(kFixtures + "2017-09-18-wg-basin." + extension);
    const Paragraph* fourth = nullptr;
    for (const Paragraph& paragraph : note.paragraphs)
      if (paragraph.number == "4") fourth = &paragraph;
    ASSERT_NE(fourth, nullptr) << extension;
    ASSERT_EQ(fourth->footnotes.size(), 1u) << extension;
    EXPECT_NE(fourth->footnotes[0].find("Salzburg"), std::string::npos) << extension;
  }
}

std::string CaseName(const ::testing::TestParamInfo<FormatCase>& param_info) {
  std::string name = std::string(param_info.param.note).substr(0, 10) + "_" + param_info.param.extension;
  for (char& ch : name)
    if (ch == '-') ch = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Formats, FormatFixtureTest,
                         ::testing::Values(FormatCase{"2017-09-18-wg-basin", "html", "html"},
                                           FormatCase{"2017-09-18-wg-basin", "md", "markdown"},
                                           FormatCase{"2017-09-18-wg-basin", "docx", "docx"},
                                           FormatCase{"2017-09-18-wg-basin", "odt", "odt"},
                                           FormatCase{"2018-08-28-wg-basin-fr", "html", "html"},
                                           FormatCase{"2018-08-28-wg-basin-fr", "md", "markdown"},
                                           FormatCase{"2018-08-28-wg-basin-fr", "docx", "docx"},
                                           FormatCase{"2018-08-28-wg-basin-fr", "odt", "odt"}),
                         CaseName);

}  // namespace
}  // namespace quorum
