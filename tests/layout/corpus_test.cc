// SPDX-License-Identifier: MIT
// The sample corpus parses as corpus/README.md says it should: metadata,
// which agenda item every paragraph falls under, footnotes, sub-items and
// page-break splits. One row per file.
#include <gtest/gtest.h>

#include "common/pipeline/pipeline.h"

namespace quorum {
namespace {

struct CorpusRow {
  const char* file;
  const char* body;
  const char* date;
  const char* symbol;
  const char* type;
  const char* language;
  // Each paragraph as "number:agenda" ("-" for none), in order.
  const char* agenda;
  // Paragraphs with footnotes / sub-items, as "number×count".
  const char* footnotes;
  const char* items;
};

constexpr CorpusRow kRows[] = {
    {"2016-11-12-iorb-council.txt", "Council of the International Organization for River Basins", "2016-11-12",
     "C/107/SR/3", "summary record", "en", "1:- 2:a 3:a 4:a 5:b 6:b 7:b 8:c 9:c 10:d", "", "6x3"},
    {"2017-09-18-wg-basin.txt", "Working Group on Basin Governance and Related Issues", "2017-09-18", "WG/BGR/2017/5",
     "chairperson's note", "en", "1:- 2:- 3:a 4:a 5:a 6:a 7:b 8:b 9:b 10:b 11:b 12:b 13:b 14:c", "4x1", "12x3"},
    {"2018-03-14-wg-basin.txt", "Working Group on Basin Governance and Related Issues", "2018-03-14", "WG/BGR/2018/3",
     "chairperson's note", "en", "1:a 2:b 3:b 4:b 5:b 6:c 7:c 8:c 9:c 10:d", "3x1", "8x3"},
    {"2018-04-24-scbf.txt", "Standing Committee on Budget and Finance", "2018-04-24", "SCBF/22/SR/1", "summary record",
     "en", "1:- 2:a 3:b 4:b 5:b 6:c 7:c 8:c 9:c 10:d", "", "8x3"},
    {"2018-06-12-harbour-council.txt", "Harbour District Council", "2018-06-12", "", "minutes", "en",
     "-:- 1:1 2:2 3:3 4:4 5:4 6:4 7:5", "", ""},
    {"2018-08-28-wg-basin-fr.txt", "Groupe de travail sur la gouvernance des bassins et questions connexes",
     "2018-08-28", "", "chairperson's note", "fr", "1:- 2:- 3:a 4:a 5:a 6:a 7:b 8:b 9:b 10:b 11:b 12:c", "5x1", ""},
    {"2018-10-10-scbf-es.txt", "Comité Permanente de Presupuesto y Finanzas", "2018-10-10", "SCBF/23/6",
     "chairperson's note", "es", "1:- 2:a 3:a 4:b 5:b 6:b 7:b 8:b 9:c", "", "4x3"},
    {"2018-11-06-wg-basin.txt", "Working Group on Basin Governance and Related Issues", "2018-11-06", "WG/BGR/2018/7",
     "chairperson's note", "en", "1:- 2:- 3:a 4:a 5:a 6:b 7:b 8:b 9:c 10:c 11:d", "", ""},
    {"2018-11-28-iorb-council.txt", "Council of the International Organization for River Basins", "2018-11-28", "",
     "summary record", "en", "1:- 2:a 3:a 4:a 5:a 6:b 7:b 8:b 9:c", "", ""},
    {"2019-03-20-wg-basin.txt", "Working Group on Basin Governance and Related Issues", "2019-03-20", "",
     "chairperson's note", "en", "1:- 2:- 3:a 4:a 5:a 6:b 7:b 8:b 9:c 10:c 11:d", "3x1 7x1", ""},
    {"2019-11-14-scbf-sr.txt", "Standing Committee on Budget and Finance", "2019-11-14", "SCBF/25/SR/2",
     "summary record", "en", "1:1 2:1 3:2 4:2 5:2 6:2 7:3", "", ""},
    {"2019-05-15-scbf.txt", "Standing Committee on Budget and Finance", "2019-05-15", "SCBF/24/SR/1", "summary record",
     "en", "1:a 2:b 3:b 4:b 5:c 6:c 7:c 8:c 9:d", "", ""},
};

std::string Describe(const Note& note, std::string (*part)(const Paragraph&)) {
  std::string out;
  for (const Paragraph& p : note.paragraphs) {
    const std::string piece = part(p);
    if (!piece.empty()) out += (out.empty() ? "" : " ") + piece;
  }
  return out;
}

TEST(CorpusTest, EveryNoteParsesAsTheReadmeSays) {
  for (const CorpusRow& row : kRows) {
    SCOPED_TRACE(row.file);
    const Note note = ParseNoteFile(std::string(QUORUM_SOURCE_DIR) + "/corpus/" + row.file);
    EXPECT_EQ(note.body, row.body);
    EXPECT_EQ(note.date, row.date);
    EXPECT_EQ(note.symbol, row.symbol);
    EXPECT_EQ(note.type, row.type);
    EXPECT_EQ(note.language, row.language);
    // Some notes repeat their title (in the title block, or as a running
    // header): left out, and said so.
    for (const Diagnostic& d : note.diagnostics) {
      EXPECT_EQ(d.severity, Severity::kNote) << d.message;
      EXPECT_EQ(d.message.rfind("left out ", 0), 0u) << d.message;
    }
    EXPECT_EQ(Describe(note, [](const Paragraph& p) { return p.number.value_or("-") + ":" + p.agenda.value_or("-"); }),
              row.agenda);
    EXPECT_EQ(Describe(note,
                       [](const Paragraph& p) {
                         return p.footnotes.empty() ? "" : *p.number + "x" + std::to_string(p.footnotes.size());
                       }),
              row.footnotes);
    EXPECT_EQ(Describe(note,
                       [](const Paragraph& p) {
                         return p.items.empty() ? "" : *p.number + "x" + std::to_string(p.items.size());
                       }),
              row.items);
  }
}

// A summary record names one speaker per paragraph, with the delegation.
TEST(CorpusTest, SummaryRecordSpeakers) {
  const Note note = ParseNoteFile(std::string(QUORUM_SOURCE_DIR) + "/corpus/2019-11-14-scbf-sr.txt");
  EXPECT_EQ(Describe(note, [](const Paragraph& p) { return *p.number + ":" + p.speaker; }),
            "1:CHAIRPERSON 2:Mr. ALVES (Brazil) 3:Ms. KOWALSKA (Poland) 4:Mr. TANAKA (Japan) "
            "5:DIRECTOR OF THE DEPARTMENT OF RESOURCES MANAGEMENT 6: 7:CHAIRPERSON");
}

// The page-break splits the README lists, rejoined mid-sentence.
TEST(CorpusTest, PageBreakSplitsAreRejoined) {
  const struct {
    const char* file;
    const char* number;
    const char* joined;
  } rows[] = {
      {"2017-09-18-wg-basin.txt", "8", "develop more policy capability and to play"},
      {"2018-03-14-wg-basin.txt", "4", "develop more policy capability if IORB"},
      {"2018-10-10-scbf-es.txt", "6", "una mayor capacidad de análisis"},
      {"2019-03-20-wg-basin.txt", "7", "needed to fund the core policy functions"},
  };
  for (const auto& row : rows) {
    const Note note = ParseNoteFile(std::string(QUORUM_SOURCE_DIR) + "/corpus/" + row.file);
    bool found = false;
    for (const Paragraph& p : note.paragraphs)
      if (p.number == row.number) found = p.text.find(row.joined) != std::string::npos;
    EXPECT_TRUE(found) << row.file << " ¶" << row.number;
  }
}

}  // namespace
}  // namespace quorum
