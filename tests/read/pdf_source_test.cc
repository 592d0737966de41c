// SPDX-License-Identifier: MIT
// PDF input end to end on small PDFs built by the test: page debris dropped,
// paragraphs rejoined across pages, footnotes attached, pages recorded;
// and every kind of unusable PDF refused with one clear reason.
#include "common/read/pdf_source.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "common/pipeline/pipeline.h"
#include "tests/read/pdf_builder.h"

// poppler initialises fontconfig once per process and never frees it; under
// the sanitizer build LeakSanitizer would fail every test that reads a PDF
// for memory that is not ours and not growing.
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }

namespace quorum {
namespace {

using testing_support::BuildPdf;
using testing_support::PdfPageRuns;
using testing_support::TextRun;

// A two-page chairperson's note: running header and page numbers, a
// footnote cited by paragraph 1, paragraph 2 split by the page break with a
// word hyphenated across it, and a compound hyphenated at a line end.
std::string TwoPageNote() {
  const PdfPageRuns first = {
      {72, 40, 9, "WG/TEST/2019/1"},
      {72, 90, 12, "WORKING GROUP ON TESTS"},
      {72, 130, 12, "CHAIRPERSON'S NOTE ON THE MEETING HELD ON 3 MAY 2019"},
      {72, 170, 10, "1. The Working Group reviewed the capability of the secretariat to"},
      {72, 182, 10, "support the meetings, and its non-"},
      {72, 194, 10, "governmental partners welcomed the review."},
      {72 + 0.6 * 10 * 42, 191, 6, "1"},  // superscript right after "review."
      {72, 212, 10, "2. The secretariat said that it would report on the policy at the"},
      {72, 224, 10, "next meeting, after building more capa-"},
      {72, 757, 6, "1"},
      {80, 760, 8, "Originally planned for Geneva."},
      {300, 800, 9, "1"},
  };
  const PdfPageRuns second = {
      {72, 40, 9, "WG/TEST/2019/1"},
      {72, 90, 10, "bility in the delegations of the Working Group."},
      {72, 108, 10, "3. The Working Group will meet again on 4 June 2019."},
      {300, 800, 9, "2"},
  };
  return BuildPdf({first, second});
}

std::string WriteTemporary(const std::string& name, const std::string& bytes) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path.string();
}

TEST(PdfSourceTest, ATwoPageNoteParsesLikeItsText) {
  const std::string path = WriteTemporary("quorum-pdf-source-test.pdf", TwoPageNote());
  const Note note = ParseNoteFile(path);
  std::filesystem::remove(path);
  EXPECT_EQ(note.format, "pdf");
  EXPECT_EQ(note.symbol, "WG/TEST/2019/1");
  EXPECT_EQ(note.date, "2019-05-03");
  EXPECT_EQ(note.body, "Working Group on Tests");
  ASSERT_EQ(note.paragraphs.size(), 3u);
  const struct {
    const char* number;
    int page;
    const char* text;
  } rows[] = {
      {"1", 1,
       "The Working Group reviewed the capability of the secretariat to support the meetings, and its "
       "non-governmental partners welcomed the review."},
      // Split by the page break, and "capa-" + "bility" rejoined whole.
      {"2", 1,
       "The secretariat said that it would report on the policy at the next meeting, after building more "
       "capability in the delegations of the Working Group."},
      {"3", 2, "The Working Group will meet again on 4 June 2019."},
  };
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(note.paragraphs[i].number, rows[i].number);
    EXPECT_EQ(note.paragraphs[i].page, rows[i].page) << rows[i].number;
    EXPECT_EQ(note.paragraphs[i].text, rows[i].text);
  }
  EXPECT_EQ(note.paragraphs[0].footnotes, std::vector<std::string>{"Originally planned for Geneva."});
  EXPECT_TRUE(note.paragraphs[1].footnotes.empty());
  EXPECT_FALSE(note.HasErrors());
}

TEST(PdfSourceTest, UnusablePdfsAreRefusedWithOneReason) {
  const std::string good = TwoPageNote();
  const PdfPageRuns empty_page = {};
  const struct {
    std::string bytes;
    const char* reason;
  } rows[] = {
      {BuildPdf({PdfPageRuns{{72, 72, 10, "Secret."}}}, /*locked=*/true), "encrypted"},
      {good.substr(0, 200), "truncated"},
      {"%PDF-1.4\n" + std::string(300, 'x') + "\n%%EOF\n", "damaged"},
      {BuildPdf({empty_page}), "no text"},
  };
  for (const auto& row : rows) {
    const PdfText pdf = ReadPdf(row.bytes);
    EXPECT_FALSE(pdf.ok) << row.reason;
    ASSERT_EQ(pdf.diagnostics.size(), 1u) << row.reason;
    EXPECT_EQ(pdf.diagnostics[0].severity, Severity::kError);
    EXPECT_NE(pdf.diagnostics[0].message.find(row.reason), std::string::npos) << pdf.diagnostics[0].message;
  }
}

TEST(PdfSourceTest, ATruncatedPdfWhosePagesSurviveIsReadWithAWarning) {
  std::string bytes = TwoPageNote();
  bytes.resize(bytes.rfind("xref"));  // the cross-reference table and trailer are lost
  const PdfText pdf = ReadPdf(bytes);
  ASSERT_TRUE(pdf.ok);
  ASSERT_EQ(pdf.diagnostics.size(), 1u);
  EXPECT_EQ(pdf.diagnostics[0].severity, Severity::kWarning);
  EXPECT_NE(pdf.diagnostics[0].message.find("truncated"), std::string::npos);
  EXPECT_NE(pdf.text.find("meet again on 4 June 2019"), std::string::npos);
}

TEST(PdfSourceTest, PdfMagicIsFoundWithinTheFirstKilobyte) {
  EXPECT_TRUE(LooksLikePdf("%PDF-1.7\n"));
  EXPECT_TRUE(LooksLikePdf(std::string(100, ' ') + "%PDF-1.4"));
  EXPECT_FALSE(LooksLikePdf(std::string(2000, ' ') + "%PDF-1.4"));
  EXPECT_FALSE(LooksLikePdf("Note on formats\n1. Files start with %PDF-1.7 when they are PDF."));
}

}  // namespace
}  // namespace quorum
