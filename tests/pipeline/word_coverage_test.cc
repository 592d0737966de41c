// SPDX-License-Identifier: MIT
// Word coverage (common/pipeline/coverage.h): the share of each note's words
// that lands in something searchable, on corpus/ and on every text document
// of ../shared (the seed, the 250 reports, every body). A word counts when it
// is searchable or in a line the parser says it left out. Prints each
// folder's figures and the worst documents with the words they lose.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>

#include "common/pipeline/coverage.h"
#include "common/pipeline/pipeline.h"
#include "common/read/text_source.h"

namespace fs = std::filesystem;

namespace quorum {
namespace {

// Every word searchable, or said to be left out (a Severity::kNote
// diagnostic): the target for every document, under which the tests fail.
constexpr double kTarget = 0.99;

struct Measured {
  fs::path file;
  WordCoverage coverage;
};

// Every .txt file below `root`, each parsed and measured.
std::vector<Measured> MeasureFolder(const fs::path& root) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::vector<Measured> measured;
  for (const fs::path& file : files) {
    const DecodedText decoded = ReadNoteFile(file.string());
    if (!decoded.ok) continue;
    measured.push_back({file, MeasureCoverage(decoded.text, ParseNoteText(decoded.text))});
  }
  return measured;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : " ") + word;
  return out;
}

// Prints one row per folder (documents, words; shares searchable, left out
// and said, lost; the worst document; documents under the target) and the
// `worst` worst documents.
size_t Report(const std::string& title, const std::vector<Measured>& all, const fs::path& root, size_t worst) {
  std::map<std::string, std::vector<const Measured*>> by_folder;
  for (const Measured& m : all) by_folder[fs::relative(m.file.parent_path(), root).string()].push_back(&m);
  std::cout << "\n"
            << title
            << "\n| folder | documents | words | searchable | left out, said | lost | worst document | under 99 % |\n"
            << "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
            << std::fixed << std::setprecision(2);
  size_t under = 0;
  for (const auto& [folder, docs] : by_folder) {
    size_t words = 0, kept = 0, said = 0, folder_under = 0;
    double lowest = 1.0;
    for (const Measured* m : docs) {
      words += m->coverage.words;
      kept += m->coverage.kept;
      said += m->coverage.said;
      lowest = std::min(lowest, m->coverage.Accounted());
      folder_under += m->coverage.Accounted() < kTarget;
    }
    under += folder_under;
    const auto percent = [words](size_t n) {
      return 100.0 * static_cast<double>(n) / static_cast<double>(std::max<size_t>(words, 1));
    };
    std::cout << "| " << folder << " | " << docs.size() << " | " << words << " | " << percent(kept) << " % | "
              << percent(said) << " % | " << percent(words - kept - said) << " % | " << 100.0 * lowest << " % | "
              << folder_under << " |\n";
  }
  std::vector<const Measured*> sorted;
  for (const Measured& m : all) sorted.push_back(&m);
  std::sort(sorted.begin(), sorted.end(),
            [](const Measured* a, const Measured* b) { return a->coverage.Accounted() < b->coverage.Accounted(); });
  std::cout << "\nWorst documents (share searchable or said to be left out; words lost most often):\n";
  for (size_t i = 0; i < sorted.size() && i < worst; ++i)
    std::cout << "  " << 100.0 * sorted[i]->coverage.Accounted() << " %  "
              << fs::relative(sorted[i]->file, root).string() << "  [" << Join(sorted[i]->coverage.lost) << "]\n";
  return under;
}

TEST(WordCoverageTest, SampleCorpusKeepsEveryWordSearchable) {
  const fs::path root = fs::path(QUORUM_SOURCE_DIR) / "corpus";
  const std::vector<Measured> measured = MeasureFolder(root);
  ASSERT_FALSE(measured.empty());
  Report("Word coverage, corpus/", measured, root, 5);
  for (const Measured& m : measured)
    EXPECT_GE(m.coverage.Accounted(), kTarget) << m.file << " loses " << Join(m.coverage.lost);
}

TEST(WordCoverageTest, SharedCorpusPrintsWorstDocuments) {
  const fs::path root = fs::path(QUORUM_SHARED_DIR);
  if (!fs::exists(root / "corpus")) GTEST_SKIP() << "../shared not found at " << root;
  std::vector<Measured> measured = MeasureFolder(root / "seeds");
  for (const char* folder : {"corpus/real", "corpus/bodies"}) {
    std::vector<Measured> more = MeasureFolder(root / folder);
    measured.insert(measured.end(), more.begin(), more.end());
  }
  ASSERT_GE(measured.size(), 370u);
  const size_t under = Report("Word coverage, ../shared (seed, 250 reports, bodies)", measured, root, 20);
  std::cout << under << " of " << measured.size() << " documents lose over 1 % of their words silently\n";
  // The figures per folder are in docs/QUALITY.md.
  for (const Measured& m : measured)
    EXPECT_GE(m.coverage.Accounted(), kTarget) << m.file << " loses " << Join(m.coverage.lost);
}

// The sample of ../shared/corpus/large/ that eval/unpack-large.sh extracts
// into the build tree: measured when it is there.
TEST(WordCoverageTest, LargeSampleKeepsEveryWordSearchable) {
  const fs::path root = QUORUM_LARGE_DIR;
  if (!fs::exists(root)) GTEST_SKIP() << root << " absent: run eval/unpack-large.sh";
  const std::vector<Measured> measured = MeasureFolder(root);
  ASSERT_FALSE(measured.empty());
  const size_t under = Report("Word coverage, the sample of ../shared/corpus/large", measured, root, 12);
  std::cout << under << " of " << measured.size() << " documents lose over 1 % of their words silently\n";
  for (const Measured& m : measured)
    EXPECT_GE(m.coverage.Accounted(), kTarget) << m.file << " loses " << Join(m.coverage.lost);
}

}  // namespace
}  // namespace quorum
