// SPDX-License-Identifier: MIT
// The twelve real UN reports in ../shared/corpus/pdf, read from PDF, against
// the careful text extraction of the same reports in ../shared/corpus/real:
// every numbered paragraph of the text must come out of the PDF with the
// same printed number and the same text. Prints one row per document.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>

#include "common/pipeline/pipeline.h"

namespace fs = std::filesystem;

namespace quorum {
namespace {

const fs::path kShared = fs::path(QUORUM_SHARED_DIR) / "corpus";
const fs::path kPdfs = kShared / "pdf/un-hrc-upr";
const fs::path kTexts = kShared / "real/un-hrc-upr-working-group-reports";

// The comparison forgives what extraction cannot know and no reader cares
// about, and nothing else: runs of white space are one space, and a line
// break after a hyphen is no space ("Afro- Ecuadorians", as the text
// extraction joined a line ending "Afro-"); curly and straight quotes, and
// the dash family, are one character each; footnote markers (superscript
// digits, stars, or one or two digits glued to the end of a word or of its
// closing bracket or full stop, as the text extraction prints them:
// "xenophobia1", "(Mexico)1;", "available.1") are dropped, since the PDF
// reader moves each footnote to its paragraph.
bool IsLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// True if a digit at text[i - 1] (with at most one more after it) is a
// footnote marker glued to what `out` ends with.
bool IsMarkerPosition(const std::string& out, const std::string& text, size_t i) {
  if (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  if (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i]))) return false;
  const size_t n = out.size();
  if (n >= 2 && IsLetter(out[n - 1]) && IsLetter(out[n - 2])) return true;  // word1
  if (n >= 2 && out[n - 1] == ')') return true;                             // (Mexico)1
  if (n >= 3 && (out[n - 1] == '.' || out[n - 1] == ';') && (IsLetter(out[n - 2]) || out[n - 2] == ')')) return true;
  return false;
}

std::string Normalise(const std::string& text) {
  static const std::pair<const char*, const char*> kVariants[] = {
      {"\u2018", "'"},  {"\u2019", "'"},  {"\u201A", "'"},  {"\u201B", "'"},  {"\u2032", "'"},  {"\u201C", "\""},
      {"\u201D", "\""}, {"\u201E", "\""}, {"\u201F", "\""}, {"\u00AB", "\""}, {"\u00BB", "\""}, {"\u2010", "-"},
      {"\u2011", "-"},  {"\u2012", "-"},  {"\u2013", "-"},  {"\u2014", "-"},  {"\u2212", "-"},  {"\u00A0", " "},
      {"\u2217", "*"},  {"\u00B9", ""},   {"\u00B2", ""},   {"\u00B3", ""},   {"\u2070", ""},   {"\u2074", ""},
      {"\u2075", ""},   {"\u2076", ""},   {"\u2077", ""},   {"\u2078", ""},   {"\u2079", ""}};
  std::string out;
  for (size_t i = 0; i < text.size();) {
    bool replaced = false;
    for (const auto& [from, to] : kVariants) {
      const std::string_view f(from);
      if (text.compare(i, f.size(), f) == 0) {
        out += to;
        i += f.size();
        replaced = true;
        break;
      }
    }
    if (replaced) continue;
    const char c = text[i++];
    if (c == '*') continue;
    if (std::isdigit(static_cast<unsigned char>(c)) && IsMarkerPosition(out, text, i)) {
      if (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n') {
      const bool after_hyphen =
          out.size() >= 2 && out.back() == '-' && std::isalnum(static_cast<unsigned char>(out[out.size() - 2]));
      if (!out.empty() && out.back() != ' ' && !after_hyphen) out += ' ';
      continue;
    }
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Numbered paragraphs by printed number, each as its text then its listed
// items ("label text"), normalised.
std::map<std::string, std::string> Numbered(const Note& note) {
  std::map<std::string, std::string> out;
  for (const Paragraph& p : note.paragraphs) {
    if (!p.number) continue;
    std::string text = p.text;
    for (const SubItem& item : p.items) text += " " + item.label + " " + item.text;
    out.emplace(*p.number, Normalise(text));
  }
  return out;
}

TEST(PdfCorpusTest, PdfParagraphsMatchTheCleanedText) {
  if (!fs::exists(kPdfs) || !fs::exists(kTexts))
    GTEST_SKIP() << "PDF corpus not found at " << kPdfs << " (../shared absent)";
  std::map<std::string, fs::path> texts;  // "armenia2010" -> its text file
  for (const auto& entry : fs::directory_iterator(kTexts)) {
    const std::string name = entry.path().stem().string();
    texts[name.substr(name.find('_') + 1)] = entry.path();
  }
  std::vector<fs::path> pdfs;
  for (const auto& entry : fs::directory_iterator(kPdfs))
    if (entry.path().extension() == ".pdf") pdfs.push_back(entry.path());
  std::sort(pdfs.begin(), pdfs.end());
  ASSERT_EQ(pdfs.size(), 12u);

  const bool show_differences = std::getenv("QUORUM_PDF_DIFFS") != nullptr;
  size_t total = 0, total_matched = 0;
  std::cout << std::left << std::setw(18) << "document" << std::right << std::setw(8) << "in text" << std::setw(8)
            << "in PDF" << std::setw(9) << "matched" << std::setw(9) << "%"
            << "\n";
  for (const fs::path& pdf : pdfs) {
    const std::string name = pdf.stem().string();
    ASSERT_TRUE(texts.count(name)) << "no text extraction for " << name;
    const Note from_pdf = ParseNoteFile(pdf.string());
    const Note from_text = ParseNoteFile(texts[name].string());
    EXPECT_EQ(from_pdf.format, "pdf");
    EXPECT_FALSE(from_pdf.HasErrors()) << name;
    EXPECT_EQ(from_pdf.symbol, from_text.symbol) << name;
    EXPECT_EQ(from_pdf.date, from_text.date) << name;
    EXPECT_EQ(from_pdf.body, from_text.body) << name;
    const auto expected = Numbered(from_text);
    const auto got = Numbered(from_pdf);
    size_t matched = 0;
    for (const auto& [number, text] : expected) {
      const auto it = got.find(number);
      if (it != got.end() && it->second == text) {
        ++matched;
      } else if (show_differences) {
        std::cout << name << " ¶" << number << "\n  text: " << text
                  << "\n  pdf:  " << (it == got.end() ? "(missing)" : it->second) << "\n";
      }
    }
    for (const Paragraph& p : from_pdf.paragraphs) EXPECT_GT(p.page, 0) << name << " has a paragraph with no page";
    total += expected.size();
    total_matched += matched;
    std::cout << std::left << std::setw(18) << name << std::right << std::setw(8) << expected.size() << std::setw(8)
              << got.size() << std::setw(9) << matched << std::setw(8) << std::fixed << std::setprecision(1)
              << 100.0 * static_cast<double>(matched) / static_cast<double>(std::max<size_t>(expected.size(), 1))
              << " %\n";
  }
  const double share = static_cast<double>(total_matched) / static_cast<double>(total);
  std::cout << std::left << std::setw(18) << "all" << std::right << std::setw(8) << total << std::setw(8) << ""
            << std::setw(9) << total_matched << std::setw(8) << std::fixed << std::setprecision(2) << 100.0 * share
            << " %\n";
  EXPECT_GE(share, 0.98) << "set QUORUM_PDF_DIFFS=1 to print the paragraphs that differ";
}

}  // namespace
}  // namespace quorum
