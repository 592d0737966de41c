// SPDX-License-Identifier: MIT
// PDF layout on hand-placed words: lines, footnote markers, page debris.
#include "common/read/pdf_layout.h"

#include <gtest/gtest.h>

#include "common/read/pdf_text_rules.h"

namespace quorum {
namespace {

PdfWord Word(const char* text, double left, double top, double size) {
  return {text,       left, top,  left + 0.5 * size * static_cast<double>(std::string_view(text).size()),
          top + size, size, false};
}

TEST(PdfLayoutTest, WordsBecomeLinesWithMarkersGlued) {
  const std::vector<PdfLine> lines = WordsToLines({
      Word("review.", 100, 100, 10),
      Word("in", 72, 100, 10),
      Word("the", 83, 100, 10),
      Word("1", 135.5, 98, 6),  // raised and small, right after "review."
      Word("Next", 72, 112, 10),
      Word("2", 72, 700, 6),
      Word("A", 80, 701, 9),
      Word("footnote.", 87, 701, 9),
  });
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "in the review.\u00B9");
  EXPECT_FALSE(lines[0].marker_start);
  EXPECT_EQ(lines[1].text, "Next");
  EXPECT_EQ(lines[2].text, "\u00B2 A footnote.");
  EXPECT_TRUE(lines[2].marker_start);
}

TEST(PdfLayoutTest, PrintedLineTests) {
  const struct {
    bool (*test)(std::string_view);
    const char* text;
    bool expected;
  } rows[] = {
      {IsPageNumber, "14", true},
      {IsPageNumber, "Page 3", true},
      {IsPageNumber, "- 7 -", true},
      {IsPageNumber, "iv", true},
      {IsPageNumber, "2019", true},
      {IsPageNumber, "14 May", false},
      {IsJobNumber, "GE.10-14942", true},
      {IsJobNumber, "GE.10-14942 (E) 020710 060710", true},
      {IsJobNumber, "4 GE.14-10049", true},
      {IsJobNumber, "*1014942*", true},
      {IsJobNumber, "GE stands for Geneva", false},
      {IsContentsTitle, "Contents", true},
      {IsContentsTitle, "TABLE DES MATI\u00C8RES", true},
      {IsContentsTitle, "Contents of the report were discussed", false},
      {HasDotLeaders, "Introduction ............ 1-4 3", true},
      {HasDotLeaders, "A. Presentation . . . . . . 5", true},
      {HasDotLeaders, "It ended... and resumed.", false},
      {IsOriginalLanguageLine, "Original: English", true},
      {IsOriginalLanguageLine, "English/French", true},
      {IsOriginalLanguageLine, "Spanish only", true},
      {IsOriginalLanguageLine, "English is the working language", false},
      {IsDateOnly, "6 July 2010", true},
      {IsDateOnly, "held on 6 July 2010", false},
      {IsStarNote, "** Conclusions and recommendations have not been edited.", true},
      {IsStarNote, "*emphasis*", false},
  };
  for (const auto& row : rows) EXPECT_EQ(row.test(row.text), row.expected) << row.text;
}

// Lines of body text, 12 points apart, starting at `top`.
std::vector<PdfLine> Body(std::initializer_list<const char*> texts, double top) {
  std::vector<PdfLine> lines;
  for (const char* text : texts) {
    lines.push_back({text, 72, 520, top, top + 10, top + 5, 10, false});
    top += 12;
  }
  return lines;
}

TEST(PdfLayoutTest, RunningHeadersContentsAndDistributionAreDropped) {
  std::vector<PdfPage> pages(3, PdfPage{595, 842, {}});
  pages[0].lines = Body({"United Nations A/TEST/1", "Distr.: General", "6 July 2010", "Original: English"}, 60);
  for (PdfLine& line : Body({"Contents", "Introduction ............ 1-4 3", "Annex", "Delegation ........ 9"}, 300))
    pages[0].lines.push_back(line);
  for (size_t p = 1; p < 3; ++p) {
    pages[p].lines = Body({"A/TEST/1"}, 40);
    for (PdfLine& line : Body({"1. The Committee met.", "2. It adjourned."}, 100)) pages[p].lines.push_back(line);
    pages[p].lines.push_back(Body({p == 1 ? "2" : "3"}, 800)[0]);
  }
  const PdfLaidOut out = LayOutPages(pages);
  EXPECT_EQ(out.text,
            "United Nations A/TEST/1\n\f1. The Committee met.\n2. It adjourned.\n\f1. The Committee met.\n"
            "2. It adjourned.\n");
  EXPECT_EQ(out.line_pages, (std::vector<int>{1, 2, 2, 3, 3}));
}

}  // namespace
}  // namespace quorum
