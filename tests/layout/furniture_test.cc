// SPDX-License-Identifier: MIT
// Running headers and footers that print the page's own number, decided by
// where they stand and how their numbers move (common/layout/furniture.h).
// The notes are built on the pattern of a verbatim record converted from
// PDF (the UN General Debate's "15-29425 31/34" / "A/70/PV.15 28/09/2015"),
// not copied from one.
#include "common/layout/furniture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

#include "common/pipeline/pipeline.h"

namespace quorum {
namespace {

bool AnyParagraphHolds(const Note& note, std::string_view text) {
  return std::any_of(note.paragraphs.begin(), note.paragraphs.end(),
                     [&](const Paragraph& p) { return p.text.find(text) != std::string::npos; });
}

TEST(FurnitureTest, ALineShapeSortsItsWordsAndReadsOutItsNumbers) {
  const LineShape odd = ShapeOfLine("15-29425 31/34");
  const LineShape even = ShapeOfLine("32/34   15-29425");
  EXPECT_EQ(odd.key, even.key);
  EXPECT_EQ(odd.numbers, (std::vector<long>{15, 29425, 31, 34}));
  EXPECT_EQ(even.numbers, (std::vector<long>{15, 29425, 32, 34}));
  EXPECT_NE(ShapeOfLine("A/70/PV.15 28/09/2015").key, ShapeOfLine("A/70/PV.15, 28/09/2015").key);
  EXPECT_EQ(ShapeOfLine("MINUTES of the Board").key, ShapeOfLine("Minutes of the BOARD").key);
}

// Three pages, two breaks: each footer and header is printed twice, with
// its parts on the other side on even pages, and a sentence runs on over
// each break.
std::string VerbatimRecord() {
  const std::string body =
      "We call for reform of the Security Council.\nWe support the Sustainable Development Goals.\n"
      "We thank the Secretary-General for his report.\nWe welcome the new members.\n";
  std::string text = "The Assembly heard the statement of the Prime Minister.\n" + body;
  for (int page = 31; page <= 32; ++page) {
    text +=
        "It is a pleasure to speak on behalf of my country, which for seventy years, through wars, crises and "
        "recoveries, in good times and in bad, and in every forum open to it, has supported the\n";
    text += page % 2 ? "15-29425 " + std::to_string(page) + "/34\n" : std::to_string(page) + "/34 15-29425\n";
    text += "\f";
    text += page % 2 ? "A/70/PV.15 28/09/2015\n" : "28/09/2015 A/70/PV.15\n";
    text += "work of this Organization in every region.\n" + body;
  }
  return text;
}

TEST(FurnitureTest, FootersWithThePagesNumberAndTheirHeadersAreLeftOutAndSaid) {
  const Note note = ParseNoteText(VerbatimRecord());
  EXPECT_EQ(note.left_out.size(), 4u);
  for (const char* furniture : {"29425", "PV.15", "28/09/2015"})
    EXPECT_FALSE(AnyParagraphHolds(note, furniture)) << furniture;
  // The sentence cut by the page break is whole again.
  EXPECT_TRUE(AnyParagraphHolds(note, "has supported the work of this Organization"));
  EXPECT_TRUE(std::any_of(note.diagnostics.begin(), note.diagnostics.end(), [](const Diagnostic& d) {
    return d.message.find("running headers or footers") != std::string::npos;
  }));
}

// Lines of one shape whose numbers do not follow the pages ("Article 2",
// "Article 5", "Article 9" opening pages) are what the note says; and so
// are lines that read as sentences, page-numbered or not.
TEST(FurnitureTest, HeadingsWhoseNumbersDoNotFollowThePagesAreKept) {
  std::string text;
  for (int article : {2, 5, 9}) {
    text += "Article " + std::to_string(article) + "\n\n";
    for (const char* duty : {"report each year on", "publish", "review", "consult the public on"})
      text += std::string("The Parties shall ") + duty + " article " + std::to_string(article) + ".\n\n";
    text += "\f";
  }
  const Note note = ParseNoteText(text);
  EXPECT_TRUE(note.left_out.empty());
  for (const char* heading : {"Article 5", "Article 9"})
    EXPECT_TRUE(std::any_of(note.paragraphs.begin(), note.paragraphs.end(), [&](const Paragraph& p) {
      return p.section == heading;
    })) << heading;
}

// Pages of a few paragraphs each, a title line over every page but the first.
std::string Pages(int count, const std::function<std::string(int)>& top,
                  const std::function<std::string(int)>& bottom) {
  std::string text;
  for (int page = 0; page < count; ++page) {
    text += top(page);
    for (const char* act : {"met", "reviewed the accounts", "heard the auditors", "thanked the staff"})
      text += std::string("The Board ") + act + " on day " + std::to_string(page) + ".\n\n";
    text += bottom(page) + "\f";
  }
  return text;
}

TEST(FurnitureTest, AConstantLineOnTwoPagesIsALineOnlyWhereItOpensOrClosesEveryPageButOne) {
  const auto none = [](int) { return std::string(); };
  const Note header = ParseNoteText(Pages(
      3, [](int page) { return page ? std::string("ANNUAL REPORT OF THE BOARD\n\n") : std::string(); }, none));
  EXPECT_EQ(header.left_out.size(), 2u);
  // Five pages: "Agreed to." closes two of them, as a record may by chance.
  const Note scattered =
      ParseNoteText(Pages(5, none, [](int page) { return page % 2 ? std::string("Agreed to.\n") : std::string(); }));
  EXPECT_TRUE(scattered.left_out.empty());
}

// A text without form feeds (a speech converted from PDF): the page's
// number alone on a line about every 40 lines, glued to no paragraph even
// where a sentence runs on over it; one page's number lost with its page
// ("21", "22", "24"). And the job number beside a page's number, printed
// twice only.
TEST(FurnitureTest, PageNumbersOfATextWithoutFormFeedsAreLeftOutAndSaid) {
  // Lines that differ in their words, as a speech's do.
  const auto speech_line = [](int n) {
    return "we weigh matter " + std::string(1, static_cast<char>('a' + n % 26)) +
           static_cast<char>('a' + n / 26 % 26) + (n % 4 == 3 ? " of the reform.\n" : " and\n");
  };
  std::string text = "On behalf of my delegation, I congratulate the President.\n", twice;
  int line = 0;
  for (int page : {21, 22, 24}) {
    for (int end = line + (page == 24 ? 80 : 40); line < end; ++line) text += speech_line(line);
    text += "we strengthen the role\n" + std::to_string(page) + "\n\nof the General Assembly.\n";
  }
  const Note note = ParseNoteText(text);
  EXPECT_EQ(note.left_out, (std::vector<std::string>{"21", "22", "24"}));
  EXPECT_FALSE(AnyParagraphHolds(note, "role 2"));
  EXPECT_TRUE(std::any_of(note.diagnostics.begin(), note.diagnostics.end(), [](const Diagnostic& d) {
    return d.message.find("giving a page number") != std::string::npos;
  }));
  for (int page : {14, 15}) {
    for (int k = 0; k < 40; ++k) twice += "Switzerland is a neutral country.\n\n";
    twice += (page == 14 ? "06-52737 14" : "15 06-52737") + std::string("\n\n");
  }
  EXPECT_EQ(ParseNoteText(twice).left_out.size(), 2u);
}

// A speech addresses the chair again and again ("Mr. President,"), at any
// interval and first of all: each time it is what was said, not a title
// line repeated nor a running line, and in bold it is no heading either.
TEST(FurnitureTest, AnAddressRepeatedThroughASpeechIsKept) {
  std::string text = "Mr. President,\n";
  for (int part = 0; part < 4; ++part) {
    for (int line = 0; line < 30; ++line) text += "My country supports the reform of the Council.\n";
    text += "**Mr. President,**\n";
  }
  const Note note = ParseNoteText(text);
  EXPECT_TRUE(note.left_out.empty());
  EXPECT_TRUE(AnyParagraphHolds(note, "Mr. President,"));
  for (const Paragraph& p : note.paragraphs) EXPECT_EQ(p.section.find("President"), std::string::npos) << p.section;
}

}  // namespace
}  // namespace quorum
