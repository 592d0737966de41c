// SPDX-License-Identifier: MIT
// Scanned PDFs: an image-only print of a corpus note (made as
// tests/read/fixtures/README.md says) read by OCR to the same numbered
// paragraphs as the note's text; --ocr never refusing it as before; and
// missing language data reported with the package to install.
#include "common/read/pdf_ocr.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

#include "common/pipeline/pipeline.h"
#include "common/read/pdf_source.h"
#include "tests/read/pdf_builder.h"
#include "tests/support/test_support.h"

// poppler initialises fontconfig once per process and never frees it (see
// pdf_source_test.cc, which defines the LeakSanitizer suppression).

namespace quorum {
namespace {

using testing_support::BuildPdf;
using testing_support::PdfPageRuns;
using testing_support::ScopedEnv;

const std::string kCorpus = std::string(QUORUM_SOURCE_DIR) + "/corpus/";
const std::string kScans = std::string(QUORUM_SOURCE_DIR) + "/tests/read/fixtures/scans/";

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Where Tesseract finds its data: TESSDATA_PREFIX, else Debian's folder.
bool HasTesseractData(const char* language) {
  const char* prefix = std::getenv("TESSDATA_PREFIX");
  const std::filesystem::path folder = prefix ? prefix : "/usr/share/tesseract-ocr/5/tessdata";
  return std::filesystem::exists(folder / (std::string(language) + ".traineddata"));
}

#define SKIP_WITHOUT_TESSERACT_DATA()                                                              \
  if (!HasTesseractData("eng") || !HasTesseractData("fra") || !HasTesseractData("spa"))            \
  GTEST_SKIP() << "Tesseract's language data is not installed (apt-get install tesseract-ocr-eng " \
                  "tesseract-ocr-fra tesseract-ocr-spa, as scripts/setup.sh does)"

std::set<std::string> Words(const Note& note) {
  std::set<std::string> words;
  for (const Paragraph& paragraph : note.paragraphs) {
    std::istringstream in(paragraph.text);
    for (std::string word; in >> word;) words.insert(word);
  }
  return words;
}

PdfReadOptions OcrOptions(OcrMode mode, const std::string& language = "") {
  PdfReadOptions options;
  options.ocr = mode;
  options.language = language;
  return options;
}

TEST(PdfOcrTest, AScannedNoteGivesTheNumberedParagraphsOfItsText) {
  SKIP_WITHOUT_TESSERACT_DATA();
  const Note text = ParseNoteFile(kCorpus + "2017-09-18-wg-basin.txt");
  int pages_read = 0;  // what the indexer's progress line counts
  ParseOptions options;
  options.on_ocr_page = [&pages_read] { ++pages_read; };
  const Note scan = ParseNoteFile(kScans + "2017-09-18-wg-basin.pdf", options);
  EXPECT_FALSE(scan.HasErrors());
  EXPECT_EQ(pages_read, 2);
  EXPECT_EQ(scan.format, "pdf");

  std::set<std::string> scanned_numbers;
  for (const Paragraph& paragraph : scan.paragraphs)
    if (paragraph.number) scanned_numbers.insert(*paragraph.number);
  size_t numbers = 0, found = 0;
  for (const Paragraph& paragraph : text.paragraphs) {
    if (!paragraph.number) continue;
    ++numbers;
    found += scanned_numbers.count(*paragraph.number);
  }
  ASSERT_GE(numbers, 10u);
  EXPECT_GE(found * 10, numbers * 9) << found << " of " << numbers << " paragraph numbers read";

  const std::set<std::string> text_words = Words(text), scan_words = Words(scan);
  size_t common = 0;
  for (const std::string& word : text_words) common += scan_words.count(word);
  EXPECT_GE(common * 10, text_words.size() * 9) << common << " of " << text_words.size() << " words read";

  // The running header and the page numbers are furniture, as in a text PDF.
  for (const Paragraph& paragraph : scan.paragraphs) EXPECT_EQ(paragraph.text.find("- 2 -"), std::string::npos);

  int ocr_notes = 0;
  for (const Diagnostic& d : scan.diagnostics) {
    if (d.severity != Severity::kNote || d.message.find("read by OCR, mean confidence ") == std::string::npos) continue;
    ++ocr_notes;
    EXPECT_EQ(d.message.rfind("page ", 0), 0u) << d.message;
  }
  EXPECT_EQ(ocr_notes, 2) << "one note per scanned page";
  ASSERT_FALSE(scan.paragraphs.empty());
  EXPECT_EQ(scan.paragraphs.back().page, 2);
}

TEST(PdfOcrTest, OcrNeverRefusesAScanAsBefore) {
  const PdfText pdf = ReadPdf(Slurp(kScans + "2017-09-18-wg-basin.pdf"), OcrOptions(OcrMode::kNever));
  EXPECT_FALSE(pdf.ok);
  ASSERT_EQ(pdf.diagnostics.size(), 1u);
  EXPECT_EQ(pdf.diagnostics[0].severity, Severity::kError);
  EXPECT_NE(pdf.diagnostics[0].message.find("no text layer"), std::string::npos) << pdf.diagnostics[0].message;
}

TEST(PdfOcrTest, MissingLanguageDataNamesThePackageToInstall) {
  const std::filesystem::path empty = std::filesystem::temp_directory_path() / "quorum-ocr-no-tessdata";
  std::filesystem::create_directories(empty);
  ScopedEnv prefix("TESSDATA_PREFIX", empty.string());
  const std::string bytes = Slurp(kScans + "2017-09-18-wg-basin.pdf");
  for (const auto& [language, package] : {std::pair{"", "tesseract-ocr-eng"}, std::pair{"fr", "tesseract-ocr-fra"}}) {
    const PdfText pdf = ReadPdf(bytes, OcrOptions(OcrMode::kAuto, language));
    EXPECT_FALSE(pdf.ok);
    ASSERT_EQ(pdf.diagnostics.size(), 1u);
    const std::string& message = pdf.diagnostics[0].message;
    EXPECT_EQ(pdf.diagnostics[0].severity, Severity::kError);
    EXPECT_NE(message.find(std::string("apt-get install ") + package), std::string::npos) << message;
    EXPECT_NE(message.find("language data"), std::string::npos) << message;
  }
  std::filesystem::remove_all(empty);
}

TEST(PdfOcrTest, AHugeBlankPageIsRenderedSmallerAndGivesNoText) {
  SKIP_WITHOUT_TESSERACT_DATA();
  // 100 by 100 inches: 900 megapixels at 300 dpi, rendered at 40 at most.
  std::string bytes = BuildPdf({PdfPageRuns{}});
  const size_t box = bytes.find("/MediaBox [0 0 595 842]");
  ASSERT_NE(box, std::string::npos);
  bytes.replace(box, 23, "/MediaBox [0 0 7200 7200]");
  const PdfText pdf = ReadPdf(bytes);
  EXPECT_FALSE(pdf.ok);
  ASSERT_EQ(pdf.diagnostics.size(), 1u);
  EXPECT_NE(pdf.diagnostics[0].message.find("no text"), std::string::npos) << pdf.diagnostics[0].message;
}

TEST(PdfOcrTest, TheNoteLanguagePicksTheTesseractModel) {
  EXPECT_EQ(TesseractLanguages("fr"), "fra");
  EXPECT_EQ(TesseractLanguages("es"), "spa");
  EXPECT_EQ(TesseractLanguages("en"), "eng");
  EXPECT_EQ(TesseractLanguages(""), "eng+fra+spa");
  EXPECT_EQ(TesseractLanguages("de"), "eng+fra+spa");
}

TEST(PdfOcrTest, OcrAlwaysReadsATextPageByOcrToo) {
  SKIP_WITHOUT_TESSERACT_DATA();
  const std::string bytes = BuildPdf({PdfPageRuns{{72, 100, 14, "The Council met in Geneva on 4 June 2019."}}});
  const PdfText text = ReadPdf(bytes);
  ASSERT_TRUE(text.ok);
  EXPECT_TRUE(text.diagnostics.empty()) << "auto leaves a page with a text layer alone";
  const PdfText ocr = ReadPdf(bytes, OcrOptions(OcrMode::kAlways, "en"));
  ASSERT_TRUE(ocr.ok);
  EXPECT_NE(ocr.text.find("Council met in Geneva"), std::string::npos) << ocr.text;
  ASSERT_EQ(ocr.diagnostics.size(), 1u);
  EXPECT_EQ(ocr.diagnostics[0].severity, Severity::kNote);
  EXPECT_EQ(ocr.diagnostics[0].message.rfind("page 1: read by OCR, mean confidence ", 0), 0u)
      << ocr.diagnostics[0].message;
}

}  // namespace
}  // namespace quorum
