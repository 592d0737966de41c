// SPDX-License-Identifier: MIT
// Bytes to UTF-8: encodings detected, odd files refused with a reason.
#include "common/read/text_source.h"

#include <gtest/gtest.h>

namespace quorum {
namespace {

TEST(TextSourceTest, Utf8PassesThroughAndBomIsDropped) {
  const DecodedText plain = DecodeBytes("R\xC3\xA9union");
  ASSERT_TRUE(plain.ok);
  EXPECT_EQ(plain.text, "R\xC3\xA9union");
  EXPECT_EQ(plain.encoding, "UTF-8");
  EXPECT_TRUE(plain.diagnostics.empty());
  const DecodedText bom = DecodeBytes("\xEF\xBB\xBFHello");
  EXPECT_EQ(bom.text, "Hello");
}

TEST(TextSourceTest, Utf16WithBomIsConverted) {
  const std::string le("\xFF\xFEH\0i\0\xE9\0", 8);
  const DecodedText text = DecodeBytes(le);
  ASSERT_TRUE(text.ok);
  EXPECT_EQ(text.text, "Hi\xC3\xA9");
  EXPECT_EQ(text.encoding, "UTF-16LE");
}

// UTF-16 in both byte orders, with and without a byte-order mark, and the
// single-byte Western charsets: each converted, with a warning naming it.
TEST(TextSourceTest, LegacyEncodingsAreConvertedAndNamed) {
  auto utf16 = [](const std::string& ascii, bool little, bool bom) {
    std::string out = bom ? (little ? "\xFF\xFE" : "\xFE\xFF") : "";
    for (char c : ascii) out += little ? std::string{c, '\0'} : std::string{'\0', c};
    return out;
  };
  const std::string text = "1. The Committee met in Geneva.\r\n";
  const struct {
    std::string bytes;
    const char* expected;  // UTF-8
    const char* encoding;
    const char* warning;
  } rows[] = {
      {utf16(text, true, true), "1. The Committee met in Geneva.\r\n", "UTF-16LE", "byte-order mark"},
      {utf16(text, false, true), "1. The Committee met in Geneva.\r\n", "UTF-16BE", "byte-order mark"},
      {utf16(text, true, false), "1. The Committee met in Geneva.\r\n", "UTF-16LE", "detected, no byte-order mark"},
      {utf16(text, false, false), "1. The Committee met in Geneva.\r\n", "UTF-16BE", "detected, no byte-order mark"},
      // Curly quotes at 0x93/0x94 exist only in Windows-1252.
      {"1. The \x93"
       "Comit\xE9 de r\xE9"
       "daction\x94 s'est r\xE9uni \xE0 Gen\xE8ve le 3 mai 2019 pour examiner "
       "le rapport.",
       "1. The \u201CComit\u00E9 de r\u00E9daction\u201D s'est r\u00E9uni \u00E0 Gen\u00E8ve le 3 mai 2019 pour "
       "examiner le rapport.",
       "windows-1252", "detected"},
  };
  for (const auto& row : rows) {
    const DecodedText decoded = DecodeBytes(row.bytes);
    ASSERT_TRUE(decoded.ok) << row.encoding;
    EXPECT_EQ(decoded.text, row.expected) << row.encoding;
    EXPECT_EQ(decoded.encoding, row.encoding);
    ASSERT_EQ(decoded.diagnostics.size(), 1u) << row.encoding;
    EXPECT_EQ(decoded.diagnostics[0].severity, Severity::kWarning);
    EXPECT_NE(decoded.diagnostics[0].message.find(std::string("read as ") + row.encoding + " (" + row.warning),
              std::string::npos)
        << decoded.diagnostics[0].message;
  }
}

TEST(TextSourceTest, Latin1IsDetectedConvertedAndReported) {
  const DecodedText text = DecodeBytes("La r\xE9union du Comit\xE9 s'est tenue \xE0 Gen\xE8ve le 28 ao\xFBt 2018.");
  ASSERT_TRUE(text.ok);
  EXPECT_NE(text.text.find("r\xC3\xA9union"), std::string::npos);
  ASSERT_EQ(text.diagnostics.size(), 1u);
  EXPECT_EQ(text.diagnostics[0].severity, Severity::kWarning);
  EXPECT_NE(text.diagnostics[0].message.find("not UTF-8"), std::string::npos);
}

TEST(TextSourceTest, EmptyBinaryAndPdfAreRefusedWithAReason) {
  const struct {
    std::string bytes;
    const char* reason;
  } rows[] = {
      {"", "empty"},
      {std::string("\x7F"
                   "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3E\0\x01\0\0\0",
                   24),
       "binary"},
      {"%PDF-1.7\n", "PDF"},
  };
  for (const auto& row : rows) {
    const DecodedText text = DecodeBytes(row.bytes);
    EXPECT_FALSE(text.ok) << row.reason;
    ASSERT_EQ(text.diagnostics.size(), 1u) << row.reason;
    EXPECT_EQ(text.diagnostics[0].severity, Severity::kError);
    EXPECT_NE(text.diagnostics[0].message.find(row.reason), std::string::npos) << text.diagnostics[0].message;
  }
}

TEST(TextSourceTest, NulBytesInUtf8AreRemovedWithAWarning) {
  const std::string line = "A stray NUL byte\0 in an otherwise ordinary line of prose.";
  const DecodedText text = DecodeBytes(std::string(line.c_str(), line.size() + 0) + std::string("\0 end.", 6));
  ASSERT_TRUE(text.ok);
  EXPECT_EQ(text.text.find('\0'), std::string::npos);
  EXPECT_NE(text.text.find(" end."), std::string::npos);
  ASSERT_EQ(text.diagnostics.size(), 1u);
}

TEST(TextSourceTest, MissingFileIsAnError) {
  const DecodedText text = ReadNoteFile("/nonexistent/quorum/note.txt");
  EXPECT_FALSE(text.ok);
  ASSERT_EQ(text.diagnostics.size(), 1u);
  EXPECT_NE(text.diagnostics[0].message.find("cannot open"), std::string::npos);
}

}  // namespace
}  // namespace quorum
