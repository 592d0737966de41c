// SPDX-License-Identifier: MIT
// Measures the entity tagger against the hand-annotated gold set in
// tests/entities/gold.tsv (15 real UN reports, paragraphs 1-12; see
// tests/entities/README.md): precision, recall and F1 per type, printed,
// and held to the product's bars.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

#include "common/entities/entity_tagger.h"
#include "common/pipeline/pipeline.h"
#include "tests/entities/gold_matching.h"
#include "tests/support/real_reports.h"

namespace fs = std::filesystem;

namespace quorum {
namespace {

const fs::path kGold = fs::path(QUORUM_SOURCE_DIR) / "tests/entities/gold.tsv";
const fs::path kHeldOut = fs::path(QUORUM_SOURCE_DIR) / "tests/entities/heldout.tsv";
const fs::path kReal = fs::path(QUORUM_SHARED_DIR) / "corpus/real/un-hrc-upr-working-group-reports";

using gold::Counts;
using gold::Mention;

std::vector<std::string> Split(const std::string& line) {
  std::vector<std::string> fields;
  std::stringstream stream(line);
  std::string field;
  while (std::getline(stream, field, '\t')) fields.push_back(field);
  return fields;
}

// Tags the reports a gold file annotates and compares, paragraph by
// paragraph, for paragraphs `first` to `last`; prints the table.
std::map<std::string, Counts> Evaluate(const fs::path& gold_file, int first, int last, size_t documents) {
  std::ifstream file(gold_file);
  EXPECT_TRUE(file) << "cannot read " << gold_file;
  std::map<std::string, std::vector<Mention>> gold;  // by document
  std::map<std::string, std::vector<int>> skips;
  std::string line;
  while (std::getline(file, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> f = Split(line);
    EXPECT_GE(f.size(), 5u) << "bad gold line: " << line;
    if (f.size() < 5) continue;
    gold[f[0]].push_back({f[0], f[1], f[2], f[3], f[4]});
    skips[f[0]].push_back(f.size() > 5 ? std::stoi(f[5]) : 0);
  }
  EXPECT_EQ(gold.size(), documents) << gold_file;

  std::map<std::string, Counts> counts;
  std::vector<std::string> errors;
  for (auto& [document, mentions] : gold) {
    Note note = ParseNoteFile((kReal / (document + ".txt")).string());
    TagNote(&note);
    std::map<std::string, std::string> texts;
    std::vector<Mention> predicted;
    for (const Paragraph& p : note.paragraphs) {
      if (!p.number || p.number->find_first_not_of("0123456789") != std::string::npos) continue;
      if (const int number = std::stoi(*p.number); number < first || number > last) continue;
      texts[*p.number] = p.text;
      for (const SubItem& item : p.items) texts[*p.number + "(" + item.label + ")"] = item.text;
      for (const Entity& e : p.entities)
        predicted.push_back({document, *p.number + (e.item.empty() ? "" : "(" + e.item + ")"), e.type, e.text, e.value,
                             e.start, e.end});
    }
    gold::Locate(texts, &mentions, skips[document]);
    for (const Mention& g : mentions)
      if (g.start < 0) ADD_FAILURE() << "gold text not found in the parsed paragraph: " << gold::Show(g);
    gold::Match(&mentions, &predicted, &counts, &errors);
  }

  std::cout << "entity tagger on " << gold_file.filename().string() << " (" << documents << " UN reports, paragraphs "
            << first << "-" << last << "):\n";
  gold::PrintTable(std::cout, "type", counts);
  // Every disagreement, so a failing bar says what to fix.
  gold::PrintErrors(std::cout, errors, std::getenv("QUORUM_GOLD_ERRORS") != nullptr);
  return counts;
}

TEST(EntityGoldTest, PrecisionRecallAndF1PerTypeOnRealReports) {
  if (!fs::exists(kReal)) GTEST_SKIP() << "real corpus not found at " << kReal << " (../shared absent)";
  std::map<std::string, Counts> counts = Evaluate(kGold, 1, 12, 15);
  // The bars of the product brief.
  const std::map<std::string, double> kBars = {{"resolution", 0.95}, {"symbol", 0.95},       {"date", 0.95},
                                               {"event", 0.85},      {"organization", 0.85}, {"role", 0.85},
                                               {"place", 0.85},      {"amount", 0.85}};
  for (const auto& [type, bar] : kBars) {
    EXPECT_GE(counts[type].F1(), bar) << type << ": F1 " << counts[type].F1() << " below " << bar;
  }
}

// The gold set above was used to develop the name taggers; this smaller
// set was annotated afterwards and never used to tune them, so its
// figures show how the taggers do on text they were not fitted to. It is
// printed, not held to the bars: it is too small for that (a type with
// five mentions moves 0.2 per error).
TEST(EntityGoldTest, HeldOutReportsArePrinted) {
  if (!fs::exists(kReal)) GTEST_SKIP() << "real corpus not found at " << kReal << " (../shared absent)";
  Evaluate(kHeldOut, 5, 12, 5);
}

// How fast the entity tagger reads real paragraphs, printed (no timing is
// asserted: machines differ). Opt-in, as parsing 250 reports takes a while:
//   QUORUM_ENTITY_SPEED=1 entities_test --gtest_filter='EntitySpeed*'
TEST(EntitySpeedTest, PrintsParagraphsPerSecond) {
  if (!std::getenv("QUORUM_ENTITY_SPEED")) GTEST_SKIP() << "set QUORUM_ENTITY_SPEED=1 to measure";
  if (!fs::exists(kReal)) GTEST_SKIP() << "real corpus not found at " << kReal << " (../shared absent)";
  size_t paragraphs = 0, found = 0;
  std::vector<Note> notes = testing_support::ParseReports(kReal, &paragraphs);
  constexpr int kRounds = 3;
  const auto start = std::chrono::steady_clock::now();
  for (int round = 0; round < kRounds; ++round)
    for (Note& note : notes) TagNote(&note);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  for (const Note& note : notes)
    for (const Paragraph& p : note.paragraphs) found += p.entities.size();
  std::cout << "TagNote: " << notes.size() << " reports, " << paragraphs << " paragraphs, " << found << " entities; "
            << std::fixed << std::setprecision(0) << kRounds * static_cast<double>(paragraphs) / seconds
            << " paragraphs/s\n";
}

}  // namespace
}  // namespace quorum
