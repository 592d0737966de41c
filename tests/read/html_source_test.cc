// SPDX-License-Identifier: MIT
// HTML pages to note text: what is kept, what is left out and said.
#include "common/read/html_source.h"

#include <gtest/gtest.h>

#include "common/pipeline/pipeline.h"

namespace quorum {
namespace {

std::string Furniture(const ConvertedText& read) {
  for (const Diagnostic& d : read.diagnostics)
    if (d.severity == Severity::kNote) return d.message;
  return {};
}

// Without <main>, furniture is found by its element or role, a cookie banner
// by its class, a menu of plain links by its text density; each kind is
// said with its word count and none of its words reach the text.
TEST(HtmlSourceTest, SiteFurnitureIsLeftOutAndCounted) {
  const ConvertedText read = ReadHtml(
      "<!DOCTYPE html><html><head><title>t</title><script>var a = 'tracking';</script></head><body>"
      "<div id='cookie-notice'>We use cookies on this site.</div>"
      "<div role='navigation'><a href='/'>Home</a></div>"
      "<header>City of Examplefield</header>"
      "<div class='menu'><a href='/a'>Agendas</a> <a href='/b'>Budgets</a> <a href='/c'>Contacts</a></div>"
      "<h1>Council minutes</h1><p>1. The Council met on 3 May 2019.</p>"
      "<footer>Copyright notice here</footer></body></html>");
  ASSERT_TRUE(read.ok);
  EXPECT_EQ(read.text, "Council minutes\n\n1. The Council met on 3 May 2019.");
  const std::string said = Furniture(read);
  EXPECT_NE(said.find("cookie banners (1 block, 6 words)"), std::string::npos) << said;
  EXPECT_NE(said.find("navigation (1 block, 1 words)"), std::string::npos) << said;
  EXPECT_NE(said.find("page header and footer (2 blocks, 6 words)"), std::string::npos) << said;
  EXPECT_NE(said.find("link lists (navigation by text density) (1 block, 3 words)"), std::string::npos) << said;
}

// <ol start> and <li value> give printed numbers; a list inside an item
// gives sub-items "(a)"; an <ol type="a"> too.
TEST(HtmlSourceTest, ListNumberingBecomesPrintedNumbers) {
  const ConvertedText read = ReadHtml(
      "<html><body><ol start='7'><li>Seventh.</li><li><p>Eighth, listing:</p>"
      "<ol type='a'><li>one;</li><li>two.</li></ol></li><li value='12'>Twelfth.</li></ol>"
      "<ul><li>A bullet.</li></ul></body></html>");
  EXPECT_EQ(read.text,
            "7. Seventh.\n\n8. Eighth, listing:\n\n    (a) one;\n\n    (b) two.\n\n12. Twelfth.\n\n- A bullet.");
}

// Nested lists keep their depth as indentation, as a text note's outline.
TEST(HtmlSourceTest, NestedListsKeepTheirDepth) {
  const ConvertedText read = ReadHtml(
      "<html><body><ul><li>Topics:<ul><li>Hiring:<ul><li>Posted the job.</li></ul></li>"
      "<li>Office hours.</li></ul></li><li>Next.</li></ul></body></html>");
  EXPECT_EQ(read.text, "- Topics:\n\n    - Hiring:\n\n        - Posted the job.\n\n    - Office hours.\n\n- Next.");
}

// A blank line inside a block (a preformatted block's, or two <br> in a
// row) ends a paragraph, as it does in a text note.
TEST(HtmlSourceTest, BlankLinesInsideABlockSplitIt) {
  const ConvertedText read = ReadHtml(
      "<html><body><pre>    SUPPLY BILL\n\n       (Second Reading debate)</pre>"
      "<p>First.<br><br>Second.</p><ol><li>One,<br><br>continued.</li></ol></body></html>");
  EXPECT_EQ(read.text, "SUPPLY BILL\n\n(Second Reading debate)\n\nFirst.\n\nSecond.\n\n1. One,\n\ncontinued.");
}

// A heading after the body has begun is marked so the parser takes it as
// one whatever its shape; <br> is a line break; tables are rows.
TEST(HtmlSourceTest, HeadingsBreaksAndTables) {
  const ConvertedText read = ReadHtml(
      "<html><body><h1>Minutes</h1><p>Present:<br>Ann Lee<br>Bo Chan</p><h2>Item 2. Budget.</h2>"
      "<table><tr><th>Fund</th><th>Amount</th></tr><tr><td>General</td><td>USD 5</td></tr></table>"
      "<blockquote><p>Maintain the quality</p></blockquote></body></html>");
  EXPECT_EQ(read.text,
            "Minutes\n\nPresent:\nAnn Lee\nBo Chan\n\n## Item 2. Budget.\n\nFund | Amount\n\nGeneral | USD 5\n\n"
            "> Maintain the quality");
}

// Footnote links (pandoc's and the plain <sup><a href="#fn1">1</a></sup>
// form) become superscript markers, the notes' text follows the paragraph,
// and the notes' list is not read again as paragraphs.
TEST(HtmlSourceTest, FootnoteLinksBecomeFootnotes) {
  const ConvertedText read = ReadHtml(
      "<html><body><p>First claim.<sup><a href='#n1'>1</a></sup> Second.<sup><a href='#n2'>[2]</a></sup></p>"
      "<p>Noted.<sup><a href='#n3'>3</a></sup><sup><a href='#n1'>1</a></sup><sup><a href='#n2'>2</a></sup></p>"
      "<ol class='notes'><li id='n1'>Source one. <a href='#r1'>\u21A9</a></li>"
      "<li id='n2'>Source two.</li><li id='n3'>Three.</li></ol></body></html>");
  // The second paragraph is mostly footnote links: not a link list.
  EXPECT_EQ(read.text,
            "First claim.\u00B9 Second.\u00B2\n\n\u00B9 Source one.\n\n\u00B2 Source two.\n\n"
            "Noted.\u00B3\u00B9\u00B2\n\n\u00B3 Three.");
}

// A page that says it is windows-1252 is read so, without guessing.
TEST(HtmlSourceTest, DeclaredCharsetIsUsed) {
  const ConvertedText read = ReadHtml(
      "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1252'></head>"
      "<body><p>Le comit\xE9 s'est r\xE9uni \x93hier\x94.</p></body></html>");
  EXPECT_EQ(read.text, "Le comit\u00E9 s'est r\u00E9uni \u201Chier\u201D.");
  EXPECT_EQ(read.encoding, "windows-1252");
}

TEST(HtmlSourceTest, SniffsPagesNotProse) {
  EXPECT_TRUE(LooksLikeHtml("\xEF\xBB\xBF  <!-- saved --><!DOCTYPE html><html>"));
  EXPECT_TRUE(LooksLikeHtml("<HTML><BODY>"));
  EXPECT_FALSE(LooksLikeHtml("1. The <b>Council</b> met."));
  EXPECT_EQ(DeclaredHtmlCharset("<meta charset=\"ISO-8859-1\">"), "iso-8859-1");
  EXPECT_EQ(DeclaredHtmlCharset("<p>charset=utf-16 in prose</p>"), "");
}

// Through the pipeline: the format is set and the structure read.
TEST(HtmlSourceTest, PipelineSetsTheFormat) {
  const std::string path = ::testing::TempDir() + "/quorum_page.htm";
  FILE* file = std::fopen(path.c_str(), "w");
  ASSERT_NE(file, nullptr);
  std::fputs(
      "<html><body><nav><a href='/'>Home</a></nav><ol><li>The Board met.</li><li>It adjourned.</li></ol>"
      "</body></html>",
      file);
  std::fclose(file);
  const Note note = ParseNoteFile(path);
  EXPECT_EQ(note.format, "html");
  ASSERT_EQ(note.paragraphs.size(), 2u);
  EXPECT_EQ(note.paragraphs[1].number, "2");
  EXPECT_EQ(note.paragraphs[1].text, "It adjourned.");
}

}  // namespace
}  // namespace quorum
