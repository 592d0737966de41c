// SPDX-License-Identifier: MIT
// Word and OpenDocument packages built by hand: automatic numbering printed,
// heading styles, footnotes, endnotes, tables, what is left out said.
#include "common/read/office_source.h"

#include <gtest/gtest.h>

#include "tests/read/zip_builder.h"

namespace quorum {
namespace {

using testing_support::ZipBuilder;

const char kW[] = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

std::string WordPart(const char* root, const std::string& inner) {
  return std::string("<?xml version=\"1.0\"?><w:") + root + " " + kW + ">" + inner + "</w:" + root + ">";
}

std::string Para(const std::string& text, const std::string& properties = "") {
  return "<w:p><w:pPr>" + properties + "</w:pPr><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

std::string Numbered(const std::string& text, int num_id, int level) {
  return Para(text, "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
                        std::to_string(num_id) + "\"/></w:numPr>");
}

// numId 1: "%1." decimal, then "(%2)" lower letters; numId 2 restarts the
// same list at 5.
const std::string kNumbering = WordPart(
    "numbering",
    "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
    "<w:lvlText w:val=\"%1.\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/>"
    "<w:lvlText w:val=\"(%2)\"/></w:lvl></w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/>"
    "</w:lvlOverride></w:num>");

const std::string kStyles =
    WordPart("styles", "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/></w:style>");

TEST(DocxSourceTest, NumberingHeadingsFootnotesAndTables) {
  const std::string body = Para("COUNCIL MINUTES") + Numbered("The Council met.", 1, 0) +
                           Numbered("It asked for:", 1, 0) + Numbered("a paper;", 1, 1) + Numbered("a brief.", 1, 1) +
                           Para("Budget", "<w:pStyle w:val=\"Heading2\"/>") +
                           "<w:p><w:r><w:t>Funds rose.</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r>"
                           "<w:r><w:delText>deleted words</w:delText></w:r></w:p>" +
                           Numbered("Fifth, restarted.", 2, 0) + "<w:tbl><w:tr><w:tc>" + Para("Fund") +
                           "</w:tc><w:tc>" + Para("USD 5") + "</w:tc></w:tr></w:tbl>";
  const std::string docx =
      ZipBuilder()
          .Add("word/document.xml", WordPart("document", "<w:body>" + body + "</w:body>"))
          .Add("word/numbering.xml", kNumbering)
          .Add("word/styles.xml", kStyles)
          .Add("word/footnotes.xml", WordPart("footnotes",
                                              "<w:footnote w:type=\"separator\" w:id=\"0\"><w:p/></w:footnote>"
                                              "<w:footnote w:id=\"2\">" +
                                                  Para("Audited figures.") + "</w:footnote>"))
          .Add("word/header1.xml", WordPart("hdr", Para("Restricted distribution")))
          .Build();
  const ConvertedText read = ReadDocx(docx);
  ASSERT_TRUE(read.ok);
  EXPECT_EQ(read.text,
            "COUNCIL MINUTES\n\n1. The Council met.\n\n2. It asked for:\n\n    (a) a paper;\n\n    (b) a brief.\n\n"
            "## Budget\n\nFunds rose.\u00B9\n\n\u00B9 Audited figures.\n\n5. Fifth, restarted.\n\nFund | USD 5");
  ASSERT_FALSE(read.diagnostics.empty());
  EXPECT_NE(read.diagnostics.back().message.find("page headers and footers (1 block, 2 words)"), std::string::npos);
}

// Content controls (w:sdt) hold paragraphs too; endnotes are notes like
// footnotes; reviewers' comments are left out and said.
TEST(DocxSourceTest, ContentControlsEndnotesAndComments) {
  const std::string body = "<w:sdt><w:sdtContent>" + Para("Inside a control.") + "</w:sdtContent></w:sdt>" +
                           "<w:p><w:r><w:t>Cited.</w:t></w:r><w:r><w:endnoteReference w:id=\"1\"/></w:r></w:p>";
  const std::string docx =
      ZipBuilder()
          .Add("word/document.xml", WordPart("document", "<w:body>" + body + "</w:body>"))
          .Add("word/endnotes.xml",
               WordPart("endnotes", "<w:endnote w:id=\"1\">" + Para("An endnote.") + "</w:endnote>"))
          .Add("word/comments.xml",
               WordPart("comments", "<w:comment w:id=\"0\">" + Para("Check this figure") + "</w:comment>"))
          .Build();
  const ConvertedText read = ReadDocx(docx);
  EXPECT_EQ(read.text, "Inside a control.\n\nCited.\u00B9\n\n\u00B9 An endnote.");
  ASSERT_FALSE(read.diagnostics.empty());
  EXPECT_NE(read.diagnostics.back().message.find("reviewers' comments (1 block, 3 words)"), std::string::npos);
}

// A bullet level whose text is blank prints no mark (pandoc lays out a list
// item's second paragraph so); a visible bullet is written "-".
TEST(DocxSourceTest, BlankBulletsPrintNoMark) {
  const std::string numbering =
      WordPart("numbering",
               "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/>"
               "<w:lvlText w:val=\" \"/></w:lvl></w:abstractNum>"
               "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/>"
               "<w:lvlText w:val=\"\u2022\"/></w:lvl></w:abstractNum>"
               "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
               "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>");
  const std::string body = Numbered("A bullet.", 2, 0) + Numbered("NEW APPLICATIONS", 1, 0);
  const std::string docx = ZipBuilder()
                               .Add("word/document.xml", WordPart("document", "<w:body>" + body + "</w:body>"))
                               .Add("word/numbering.xml", numbering)
                               .Build();
  EXPECT_EQ(ReadDocx(docx).text, "- A bullet.\n\nNEW APPLICATIONS");
}

const char kOdtNs[] =
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"";

std::string OdtContent(const std::string& styles, const std::string& text) {
  return std::string("<?xml version=\"1.0\"?><office:document-content ") + kOdtNs + "><office:automatic-styles>" +
         styles + "</office:automatic-styles><office:body><office:text>" + text +
         "</office:text></office:body></office:document-content>";
}

TEST(OdtSourceTest, ListsNotesHeadingsAndTables) {
  const std::string styles =
      "<text:list-style style:name=\"L1\"><text:list-level-style-number text:level=\"1\" style:num-format=\"1\" "
      "style:num-suffix=\".\" text:start-value=\"3\"/><text:list-level-style-number text:level=\"2\" "
      "style:num-format=\"i\" style:num-prefix=\"(\" style:num-suffix=\")\"/></text:list-style>";
  const std::string text =
      "<text:p>WORKING GROUP</text:p>"
      "<text:list text:style-name=\"L1\"><text:list-item><text:p>Third.<text:note><text:note-citation>1"
      "</text:note-citation><text:note-body><text:p>A note.</text:p></text:note-body></text:note></text:p>"
      "<text:list><text:list-item><text:p>first sub-item;</text:p></text:list-item>"
      "<text:list-item><text:p>second.</text:p></text:list-item></text:list></text:list-item>"
      "<text:list-item><text:p>Fourth<text:s text:c=\"2\"/>item.</text:p></text:list-item></text:list>"
      "<text:h text:outline-level=\"2\">Other business</text:h>"
      "<table:table><table:table-row><table:table-cell><text:p>A</text:p></table:table-cell>"
      "<table:table-cell><text:p>B</text:p></table:table-cell></table:table-row></table:table>";
  const std::string odt = ZipBuilder()
                              .Add("mimetype", "application/vnd.oasis.opendocument.text", false)
                              .Add("content.xml", OdtContent(styles, text))
                              .Build();
  EXPECT_EQ(ZipDocumentFormat(odt), DocumentFormat::kOdt);
  const ConvertedText read = ReadOdt(odt);
  ASSERT_TRUE(read.ok);
  EXPECT_EQ(read.text,
            "WORKING GROUP\n\n3. Third.\u00B9\n\n\u00B9 A note.\n\n    (i) first sub-item;\n\n    (ii) second.\n\n"
            "4. Fourth item.\n\n## Other business\n\nA | B");
}

// Preformatted text, one paragraph a line and an empty one for a blank line,
// is one block a run of lines, as the text it was typed as reads.
TEST(OdtSourceTest, PreformattedLinesAreOneBlock) {
  const std::string styles =
      "<style:style style:name=\"P1\" style:family=\"paragraph\" style:parent-style-name=\"Preformatted_20_Text\"/>";
  const std::string text =
      "<text:p text:style-name=\"P1\">El Gerente informó sobre las obras que se</text:p>"
      "<text:p text:style-name=\"P1\">realizaron en sus sedes.</text:p>\n<text:p text:style-name=\"P1\"/>"
      "<text:p text:style-name=\"P1\">Sede Social</text:p><text:p>After.</text:p>";
  const std::string odt = ZipBuilder()
                              .Add("mimetype", "application/vnd.oasis.opendocument.text", false)
                              .Add("content.xml", OdtContent(styles, text))
                              .Build();
  EXPECT_EQ(ReadOdt(odt).text,
            "El Gerente informó sobre las obras que se\nrealizaron en sus sedes.\n\nSede Social\n\nAfter.");
}

// A list that continues an earlier one goes on counting; a table of
// contents is left out and said.
TEST(OdtSourceTest, ContinuedListsAndTablesOfContents) {
  const std::string styles =
      "<text:list-style style:name=\"L1\"><text:list-level-style-number text:level=\"1\" style:num-format=\"1\" "
      "style:num-suffix=\".\"/></text:list-style>";
  const std::string text =
      "<text:table-of-content><text:index-body><text:p>Contents 1</text:p></text:index-body></text:table-of-content>"
      "<text:list text:style-name=\"L1\"><text:list-item><text:p>One.</text:p></text:list-item></text:list>"
      "<text:p>Between.</text:p>"
      "<text:list text:style-name=\"L1\" text:continue-numbering=\"true\"><text:list-item><text:p>Two.</text:p>"
      "</text:list-item></text:list>";
  const ConvertedText read = ReadOdt(ZipBuilder().Add("content.xml", OdtContent(styles, text)).Build());
  EXPECT_EQ(read.text, "1. One.\n\nBetween.\n\n2. Two.");
  ASSERT_FALSE(read.diagnostics.empty());
  EXPECT_NE(read.diagnostics.back().message.find("tables of contents and indexes (1 block, 2 words)"),
            std::string::npos);
}

}  // namespace
}  // namespace quorum
