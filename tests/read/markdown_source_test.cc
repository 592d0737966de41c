// SPDX-License-Identifier: MIT
// Markdown to note text through cmark.
#include "common/read/markdown_source.h"

#include <gtest/gtest.h>

namespace quorum {
namespace {

TEST(MarkdownSourceTest, HeadingsListsAndTaskItems) {
  const ConvertedText read = ReadMarkdown(
      "# Board meeting, 3 May 2019\n\n## Actions\n\n3. Third item.\n4. Fourth item.\n\n"
      "- [ ] Ann to circulate the draft\n- [x] Bo sent the budget\n\n```\ncode line\n```\n");
  ASSERT_TRUE(read.ok);
  EXPECT_EQ(read.text,
            "# Board meeting, 3 May 2019\n\n## Actions\n\n3. Third item.\n4. Fourth item.\n\n"
            "- [ ] Ann to circulate the draft\n- [x] Bo sent the budget\n\ncode line");
}

// "[^1]" footnotes: CommonMark would read the definition as a link
// reference and drop it; here it becomes the paragraph's footnote.
TEST(MarkdownSourceTest, FootnotesAreKept) {
  const ConvertedText read = ReadMarkdown("1. Held in Vienna.[^v]\n\n[^v]: First planned in Salzburg.\n    Moved.\n");
  EXPECT_EQ(read.text, "1. Held in Vienna.\u00B9\n\n\u00B9 First planned in Salzburg. Moved.");
}

// Sub-lists are sub-items; an item opening with one keeps both markers.
TEST(MarkdownSourceTest, NestedListsAreSubItems) {
  const ConvertedText read = ReadMarkdown("1. Requests:\n   1. a paper;\n   2. a brief.\n2. Done.\n");
  EXPECT_EQ(read.text, "1. Requests:\n    (1) a paper;\n    (2) a brief.\n2. Done.");
}

// A bullet outline keeps its depth as indentation, each line of an item
// included, as the same outline reads in a text note: the parser then takes
// a lead item with items under it as their heading, not as one paragraph.
TEST(MarkdownSourceTest, NestedBulletsKeepTheirDepth) {
  const ConvertedText read = ReadMarkdown(
      "- Topics:\n    - Hiring:\n        - Posted the job,\n          and read resumes.\n    - Office hours.\n- "
      "Next.\n");
  EXPECT_EQ(
      read.text,
      "- Topics:\n    - Hiring:\n        - Posted the job,\n        and read resumes.\n    - Office hours.\n- Next.");
}

// A source with no blank lines (one paragraph a line, as minutes exported
// from a word processor print them) keeps that layout where CommonMark lets
// a numbered list interrupt a paragraph: blocks that follow each other line
// by line are written so, and the parser splits them as it splits the same
// file read as text. A blank line of the source stays one.
TEST(MarkdownSourceTest, BlocksWithNoBlankLineBetweenStayLineByLine) {
  const ConvertedText read =
      ReadMarkdown("Minutes\nPRESENT:\nAnn Lee\n1. The Committee met.\n2. It adjourned.\n\nLater.\n");
  EXPECT_EQ(read.text, "Minutes\nPRESENT:\nAnn Lee\n1. The Committee met.\n2. It adjourned.\n\nLater.");
}

// Raw HTML blocks are read as HTML: their text is kept, their markup not.
TEST(MarkdownSourceTest, HtmlBlocksKeepTheirText) {
  const ConvertedText read = ReadMarkdown("Before.\n\n<table><tr><td>Fund</td><td>5</td></tr></table>\n\nAfter.\n");
  EXPECT_EQ(read.text, "Before.\n\nFund | 5\n\nAfter.");
}

// Source lines are kept (the parser joins them, or splits a text that puts
// one paragraph on each line); a quotation is written "> text", so that a
// short quoted line is not taken for a heading.
TEST(MarkdownSourceTest, LinesAndQuotationsAreKept) {
  const ConvertedText read = ReadMarkdown("First line\nsecond line.\n\n> Maintain the quality\n");
  EXPECT_EQ(read.text, "First line\nsecond line.\n\n> Maintain the quality");
}

TEST(MarkdownSourceTest, FrontMatterIsKeptAsText) {
  const ConvertedText read = ReadMarkdown("---\ntitle: Steering Council\ndate: 2021-05-03\n---\n\nText.\n");
  EXPECT_EQ(read.text, "title: Steering Council\n\ndate: 2021-05-03\n\nText.");
}

}  // namespace
}  // namespace quorum
