// SPDX-License-Identifier: MIT
// The note parser on the seed note (exact expectations) and on small
// inline notes, one construct each.
#include <gtest/gtest.h>

#include <filesystem>

#include "common/pipeline/pipeline.h"

namespace quorum {
namespace {

const std::string kSeed = std::string(QUORUM_SHARED_DIR) + "/seeds/000_9b11edca89149e22.txt";

class SeedNoteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kSeed)) GTEST_SKIP() << "seed note not found at " << kSeed << " (../shared absent)";
    note_ = ParseNoteFile(kSeed);
  }
  const Paragraph& Para(const std::string& number) {
    for (const Paragraph& p : note_.paragraphs)
      if (p.number == number) return p;
    ADD_FAILURE() << "no paragraph " << number;
    static const Paragraph kNone;
    return kNone;
  }
  Note note_;
};

TEST_F(SeedNoteTest, ParagraphsAreExactlyOneToTwentyNine) {
  ASSERT_EQ(note_.paragraphs.size(), 29u);
  for (size_t i = 0; i < 29; ++i) EXPECT_EQ(note_.paragraphs[i].number, std::to_string(i + 1));
}

TEST_F(SeedNoteTest, PageBreakSplitInParagraph12IsRejoined) {
  EXPECT_NE(Para("12").text.find("develop more policy capability and adopt"), std::string::npos);
}

TEST_F(SeedNoteTest, FootnoteAttachedToParagraph4) {
  ASSERT_EQ(Para("4").footnotes.size(), 1u);
  EXPECT_EQ(Para("4").footnotes[0],
            "Originally planned to take place in Guadalajara, the stocktaking meeting will now be held in "
            "Puerto Vallarta.");
  EXPECT_EQ(Para("4").text.find("\u00B9"), std::string::npos) << "marker left in the text";
  for (const Paragraph& p : note_.paragraphs) {
    if (p.number != "4") {
      EXPECT_TRUE(p.footnotes.empty()) << "paragraph " << *p.number;
    }
  }
}

TEST_F(SeedNoteTest, AgendaItems) {
  ASSERT_EQ(note_.agenda.size(), 3u);
  EXPECT_EQ(note_.agenda[0].label, "a");
  EXPECT_EQ(note_.agenda[0].title, "update on the global compact on migration, including upcoming thematic sessions");
  EXPECT_EQ(note_.agenda[1].label, "b");
  EXPECT_EQ(note_.agenda[1].title, "IOM's future role");
  EXPECT_EQ(note_.agenda[2].label, "c");
  EXPECT_EQ(note_.agenda[2].title, "other business");
}

TEST_F(SeedNoteTest, ParagraphsFallUnderTheirAgendaItems) {
  for (const Paragraph& p : note_.paragraphs) {
    const int n = std::stoi(*p.number);
    const std::optional<std::string> expected = n <= 2    ? std::nullopt
                                                : n <= 10 ? std::optional<std::string>("a")
                                                          : std::optional<std::string>("b");
    EXPECT_EQ(p.agenda, expected) << "paragraph " << n;
  }
}

TEST_F(SeedNoteTest, Paragraph26HasThreeSubItems) {
  const Paragraph& p = Para("26");
  ASSERT_EQ(p.items.size(), 3u);
  EXPECT_EQ(p.items[0].label, "a");
  EXPECT_EQ(p.items[1].label, "b");
  EXPECT_EQ(p.items[2].label, "c");
  EXPECT_EQ(p.items[0].text.rfind("An update on IOM's work in the area of migration data", 0), 0u);
  EXPECT_EQ(p.items[2].text.rfind("A summary of IOM's capacity-building work", 0), 0u);
  for (const Paragraph& other : note_.paragraphs) {
    if (other.number != "26") {
      EXPECT_TRUE(other.items.empty()) << "paragraph " << *other.number;
    }
  }
}

TEST_F(SeedNoteTest, MeetingMetadata) {
  EXPECT_EQ(note_.date, "2017-08-28");
  EXPECT_EQ(note_.body, "Working Group on IOM\u2013UN Relations and Related Issues");
  EXPECT_EQ(note_.type, "chairperson's note");
  EXPECT_EQ(note_.language, "en");
  EXPECT_EQ(note_.symbol, "");
  EXPECT_EQ(note_.title, "Chairperson\u2019s note on the meeting held on 28 August 2017");
}

TEST_F(SeedNoteTest, TitleHeaderHeadingsAndFootnoteAreNotParagraphText) {
  for (const Paragraph& p : note_.paragraphs) {
    EXPECT_EQ(p.text.find("CHAIRPERSON"), std::string::npos) << "paragraph " << *p.number;
    EXPECT_EQ(p.text.find("Originally planned"), std::string::npos) << "paragraph " << *p.number;
    EXPECT_EQ(p.text.find("IOM\u2019s future role\n"), std::string::npos);
  }
  // The title printed again on one line is left out, and said so; nothing else is.
  ASSERT_EQ(note_.diagnostics.size(), 1u);
  EXPECT_EQ(note_.diagnostics[0].severity, Severity::kNote);
  EXPECT_EQ(note_.left_out, std::vector<std::string>{"CHAIRPERSON'S NOTE ON THE MEETING HELD ON 28 AUGUST 2017"});
}

// ---- Inline notes, one construct each. ----

Note Parse(const std::string& text) { return ParseNoteText(text); }

TEST(NoteParserTest, RunningHeaderBetweenParagraphsIsDropped) {
  const Note note = Parse(
      "COMMITTEE ON TESTS\n\nSUMMARY RECORD OF THE MEETING\n\nHELD ON 3 MAY 2019\n\n"
      "1. First paragraph ends here.\n\nSUMMARY RECORD OF THE MEETING HELD ON 3 MAY 2019\n\n"
      "2. Second paragraph.\n");
  ASSERT_EQ(note.paragraphs.size(), 2u);
  EXPECT_EQ(note.paragraphs[1].text, "Second paragraph.");
  EXPECT_EQ(note.date, "2019-05-03");
  EXPECT_EQ(note.body, "Committee on Tests");
  EXPECT_EQ(note.type, "summary record");
}

TEST(NoteParserTest, RestartedNumberingIsAListInsideTheParagraph) {
  // UN reports number recommendations 1, 2, ... inside a paragraph.
  const Note note = Parse(
      "1. Intro.\n\n2. The following recommendations enjoy support:\n\n1. Ratify X (Chile);\n\n"
      "2. Consider Y (Peru);\n\n3. Adopt Z (Mali).\n\n3. Next paragraph.\n");
  ASSERT_EQ(note.paragraphs.size(), 3u);
  ASSERT_EQ(note.paragraphs[1].items.size(), 3u);
  EXPECT_EQ(note.paragraphs[1].items[2].label, "3");
  EXPECT_EQ(note.paragraphs[1].items[2].text, "Adopt Z (Mali).");
  EXPECT_EQ(note.paragraphs[2].number, "3");
}

TEST(NoteParserTest, DottedRecommendationNumbersAreItems) {
  const Note note = Parse("109. Text.\n\n110. The following:\n\n110.1. Ratify X (Chile);\n\n110.2. Do Y (Peru).\n");
  ASSERT_EQ(note.paragraphs.size(), 2u);
  ASSERT_EQ(note.paragraphs[1].items.size(), 2u);
  EXPECT_EQ(note.paragraphs[1].items[1].label, "110.2");
}

TEST(NoteParserTest, BisNumbersAndGapsAreKeptAsPrinted) {
  const Note note = Parse("1. One.\n\n1 bis. One bis.\n\n2. Two.\n\n4. Four.\n");
  ASSERT_EQ(note.paragraphs.size(), 4u);
  EXPECT_EQ(note.paragraphs[1].number, "1 bis");
  EXPECT_EQ(note.paragraphs[3].number, "4");
  ASSERT_FALSE(note.diagnostics.empty());
  EXPECT_NE(note.diagnostics[0].message.find("jumps from 2 to 4"), std::string::npos);
  EXPECT_EQ(note.diagnostics[0].line, 7);
}

TEST(NoteParserTest, HardWrappedLinesAndHyphenationAreJoined) {
  const Note note = Parse("1. The delegates discussed capa-\nbility and the IOM-\nUN relationship.\n");
  ASSERT_EQ(note.paragraphs.size(), 1u);
  EXPECT_EQ(note.paragraphs[0].text, "The delegates discussed capability and the IOM-UN relationship.");
}

TEST(NoteParserTest, CrLfAndFormFeedsGivePages) {
  const Note note = Parse("1. First.\r\n\r\n\f2. Second starts on page two.\r\n");
  ASSERT_EQ(note.paragraphs.size(), 2u);
  EXPECT_EQ(note.paragraphs[0].page, 1);
  EXPECT_EQ(note.paragraphs[1].page, 2);
  EXPECT_EQ(note.paragraphs[1].text, "Second starts on page two.");
}

TEST(NoteParserTest, ItemHeadingsDefineTheAgenda) {
  const Note note = Parse(
      "MINUTES OF THE MEETING HELD ON 1 MAY 2018\n\nItem 1: Budget\n\n1. Text one.\n\n"
      "Item 2: Harbour works\n\n2. Text two.\n");
  ASSERT_EQ(note.agenda.size(), 2u);
  EXPECT_EQ(note.agenda[1].label, "2");
  EXPECT_EQ(note.agenda[1].title, "Harbour works");
  ASSERT_EQ(note.paragraphs.size(), 2u);
  EXPECT_EQ(note.paragraphs[0].agenda, "1");
  EXPECT_EQ(note.paragraphs[1].agenda, "2");
  EXPECT_EQ(note.paragraphs[1].section, "Item 2: Harbour works");
}

TEST(NoteParserTest, MinutesWithNumberedHeadingsAndBracketedParagraphs) {
  const Note note = Parse(
      "MINUTES OF THE MEETING HELD ON 2 APRIL 2019\n\n1. Opening of the meeting\n\n"
      "(1) The Mayor opened the meeting.\n\n4. Financial matters\n\n"
      "(2) The Treasurer presented the accounts.\n\n(2 bis) Added by the Clerk.\n\n"
      "(3) The accounts were approved.\n");
  ASSERT_EQ(note.agenda.size(), 2u);
  EXPECT_EQ(note.agenda[1].label, "4");
  EXPECT_EQ(note.agenda[1].title, "Financial matters");
  std::string described;
  for (const Paragraph& p : note.paragraphs) described += *p.number + ":" + p.agenda.value_or("-") + " ";
  EXPECT_EQ(described, "1:1 2:4 2 bis:4 3:4 ");
  EXPECT_EQ(note.paragraphs[1].section, "4. Financial matters");
}

TEST(NoteParserTest, AgendaBlockBeforeTheFirstParagraph) {
  const Note note = Parse(
      "Agenda\n\n(a) Adoption of the agenda\n(b) Financial situation\n\n"
      "1. The Committee adopted the agenda.\n\nFinancial situation\n\n2. Money.\n");
  ASSERT_EQ(note.agenda.size(), 2u);
  EXPECT_EQ(note.agenda[1].title, "Financial situation");
  ASSERT_EQ(note.paragraphs.size(), 2u);
  // No heading names item (a); the paragraph that opens with its words does.
  EXPECT_EQ(note.paragraphs[0].agenda, "a");
  EXPECT_EQ(note.paragraphs[1].agenda, "b");
}

TEST(NoteParserTest, UnstructuredTextIsKeptAsUnnumberedParagraphsWithAWarning) {
  const Note note = Parse(
      "Just some prose without numbers, which goes on for a while and says things that "
      "matter to somebody who wrote it down.\n\nAnd a second block of prose that ends.\n");
  ASSERT_EQ(note.paragraphs.size(), 2u);
  EXPECT_EQ(note.paragraphs[0].number, std::nullopt);
  bool warned = false;
  for (const Diagnostic& d : note.diagnostics) warned = warned || d.message.find("no numbered") != std::string::npos;
  EXPECT_TRUE(warned);
}

TEST(NoteParserTest, FrenchAndSpanishDatesAndLanguages) {
  const Note fr = Parse(
      "NOTE DU PRÉSIDENT SUR LA RÉUNION TENUE LE 28 AOÛT 2018\n\n"
      "1. La réunion du Groupe de travail a examiné les questions de la gouvernance et "
      "des bassins dans le cadre de son mandat.\n");
  EXPECT_EQ(fr.date, "2018-08-28");
  EXPECT_EQ(fr.language, "fr");
  EXPECT_EQ(fr.type, "chairperson's note");
  const Note es = Parse(
      "NOTA DEL PRESIDENTE SOBRE LA REUNIÓN CELEBRADA EL 10 DE OCTUBRE DE 2018\n\n"
      "1. La reunión del Comité examinó la situación financiera de la Organización y los "
      "informes que se habían presentado por el Director.\n");
  EXPECT_EQ(es.date, "2018-10-10");
  EXPECT_EQ(es.language, "es");
}

TEST(NoteParserTest, EmptyAndBinaryInputNeverCrash) {
  EXPECT_TRUE(Parse("").paragraphs.empty());
  EXPECT_TRUE(Parse("\n\n\n").paragraphs.empty());
  const std::string binary("\x01\x02\x03\xff\xfe\x00\x10", 7);
  EXPECT_NO_FATAL_FAILURE(Parse(binary));
}

}  // namespace
}  // namespace quorum
