// SPDX-License-Identifier: MIT
// Bad input to the structured-document readers: each case ends in a clear
// error (or a bounded read), never a crash, a hang or memory blown up.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>

#include "common/pipeline/pipeline.h"
#include "common/read/document_source.h"
#include "common/read/html_source.h"
#include "common/read/markdown_source.h"
#include "common/read/office_source.h"
#include "common/read/zip_archive.h"
#include "tests/read/zip_builder.h"

namespace quorum {
namespace {

using testing_support::ZipBuilder;

std::string Errors(const ConvertedText& read) {
  std::string errors;
  for (const Diagnostic& d : read.diagnostics)
    if (d.severity == Severity::kError) errors += d.message + "\n";
  return errors;
}

// More inflated bytes than a member may have: refused by the size the
// headers declare, and, when they lie, while inflating.
TEST(HostileInputTest, ZipBombIsRefused) {
  const uint64_t big = kMaxZipMemberBytes + (1 << 20);
  const std::string honest = ZipBuilder().AddZeros("word/document.xml", big).Build();
  EXPECT_LT(honest.size(), 1u << 20);  // a real bomb: small on disk
  const ConvertedText declared = ReadDocx(honest);
  EXPECT_FALSE(declared.ok);
  EXPECT_NE(Errors(declared).find("word/document.xml inflates to more than 128 MiB"), std::string::npos)
      << Errors(declared);
  const ConvertedText lying = ReadDocx(ZipBuilder().AddZeros("word/document.xml", big, 1000).Build());
  EXPECT_FALSE(lying.ok);
  EXPECT_NE(Errors(lying).find("zip bomb"), std::string::npos) << Errors(lying);
  const ConvertedText odt = ReadOdt(ZipBuilder().AddZeros("content.xml", big, 1000).Build());
  EXPECT_NE(Errors(odt).find("zip bomb"), std::string::npos) << Errors(odt);
}

TEST(HostileInputTest, MalformedXmlIsAnError) {
  const ConvertedText docx = ReadDocx(ZipBuilder().Add("word/document.xml", "<w:document><w:body><w:p>").Build());
  EXPECT_NE(Errors(docx).find("word/document.xml is not well-formed XML"), std::string::npos) << Errors(docx);
  // An entity bomb stays unexpanded: no billion laughs.
  std::string laughs = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\">";
  for (char c = 'b'; c <= 'k'; ++c) laughs += std::string("<!ENTITY ") + c + " \"" + std::string(10, '&') + "\">";
  laughs += "]><office:document-content>&k;</office:document-content>";
  const ConvertedText odt = ReadOdt(ZipBuilder().Add("content.xml", laughs).Build());
  EXPECT_FALSE(odt.ok);
}

TEST(HostileInputTest, PackagesWithoutTheirDocumentAreNamed) {
  const std::string zip = ZipBuilder().Add("readme.txt", "hello").Build();
  EXPECT_NE(Errors(ReadDocx(zip)).find("without word/document.xml"), std::string::npos);
  EXPECT_NE(Errors(ReadOdt(zip)).find("without content.xml"), std::string::npos);
  EXPECT_NE(Errors(ReadDocx("PK\x03\x04 truncated")).find("not a readable zip package"), std::string::npos);
}

// A password-protected .docx is an OLE compound file, as a legacy .doc is.
TEST(HostileInputTest, EncryptedAndLegacyWordFilesSayWhatToDo) {
  const std::string ole = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0');
  EXPECT_EQ(SniffFormat("minutes.docx", ole), DocumentFormat::kRefused);
  EXPECT_NE(Errors(ReadDocument(DocumentFormat::kRefused, "minutes.docx", ole)).find("without a password"),
            std::string::npos);
  EXPECT_NE(Errors(ReadDocument(DocumentFormat::kRefused, "minutes.doc", ole)).find("convert it to .docx"),
            std::string::npos);
}

// Empty files of every format: an error each, through the whole pipeline.
TEST(HostileInputTest, EmptyFilesAreErrors) {
  for (const char* extension : {"html", "md", "docx", "odt"}) {
    const std::string path = ::testing::TempDir() + "/quorum_empty." + extension;
    FILE* file = std::fopen(path.c_str(), "w");
    ASSERT_NE(file, nullptr);
    std::fclose(file);
    const Note note = ParseNoteFile(path);
    EXPECT_TRUE(note.HasErrors()) << extension;
    EXPECT_TRUE(note.paragraphs.empty()) << extension;
  }
}

// A 50 MB page and a page nested 100 000 deep: read in bounded time, the
// deep one without exhausting the stack.
TEST(HostileInputTest, HugeAndDeepPagesFinish) {
  std::string page = "<html><body>";
  const std::string paragraph = "<p>The Committee took note of the report of the working group.</p>\n";
  while (page.size() < 50u << 20) page += paragraph;
  const auto start = std::chrono::steady_clock::now();
  const ConvertedText huge = ReadHtml(page + "</body></html>");
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_TRUE(huge.ok);
  EXPECT_GT(huge.text.size(), 40u << 20);
  EXPECT_LT(seconds, 60.0);
  std::string deep = "<html><body>";
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "deep text";
  const ConvertedText nested = ReadHtml(deep);
  EXPECT_NE(nested.text.find("deep text"), std::string::npos);
}

// A footnote definition on one 20 MB line, and a deep nest of quotes and
// lists: read, not a stack overflow.
TEST(HostileInputTest, HugeAndDeepMarkdownFinishes) {
  const ConvertedText line = ReadMarkdown("Text.[^1]\n\n[^1]: " + std::string(20u << 20, 'a') + "\n");
  EXPECT_TRUE(line.ok);
  EXPECT_GT(line.text.size(), 20u << 20);
  std::string deep;
  for (int i = 0; i < 20000; ++i) deep += "> - ";
  EXPECT_TRUE(ReadMarkdown(deep + "deep text\n").ok);
}

TEST(HostileInputTest, BinaryJunkAsHtmlIsAnError) {
  const ConvertedText read = ReadHtml(std::string("\x00\x01\x02\x03\x04\x05", 6) + std::string(2000, '\x01'));
  EXPECT_FALSE(read.ok);
  EXPECT_FALSE(Errors(read).empty());
}

}  // namespace
}  // namespace quorum
