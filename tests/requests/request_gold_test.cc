// SPDX-License-Identifier: MIT
// Measures the request tagger against hand-annotated requests, commitments
// and decisions (tests/requests/gold.tsv and heldout.tsv; rules in
// tests/requests/README.md): precision, recall and F1 of detection, and
// addressee accuracy over the records found, printed; gold.tsv is held to
// F1 >= 0.85 and addressee accuracy >= 0.8.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

#include "common/pipeline/pipeline.h"
#include "common/requests/request_tagger.h"
#include "tests/requests/request_score.h"
#include "tests/support/real_reports.h"

namespace fs = std::filesystem;

namespace quorum {
namespace {

const fs::path kGold = fs::path(QUORUM_SOURCE_DIR) / "tests/requests/gold.tsv";
const fs::path kHeldOut = fs::path(QUORUM_SOURCE_DIR) / "tests/requests/heldout.tsv";
const fs::path kCorpus = fs::path(QUORUM_SOURCE_DIR) / "corpus";
const fs::path kReal = fs::path(QUORUM_SHARED_DIR) / "corpus/real/un-hrc-upr-working-group-reports";

struct Record {
  std::string document, paragraph, kind, requester, addressee, due, deliverable;
  bool matched = false;
};

// "28-40,91-94" -> is paragraph "33" inside? "all" -> every paragraph.
bool InSpan(const std::string& span, const std::string& paragraph) {
  if (span == "all") return true;
  if (paragraph.empty() || paragraph.find_first_not_of("0123456789") != std::string::npos) return false;
  const int number = std::stoi(paragraph);
  std::stringstream ranges(span);
  std::string range;
  while (std::getline(ranges, range, ',')) {
    const size_t dash = range.find('-');
    const int first = std::stoi(range.substr(0, dash));
    const int last = dash == std::string::npos ? first : std::stoi(range.substr(dash + 1));
    if (number >= first && number <= last) return true;
  }
  return false;
}

using testing_support::NormalName;
using Counts = testing_support::RequestCounts;

std::string Show(const Record& r) {
  return r.document + " ¶" + r.paragraph + " " + r.kind + " [" + r.requester + " -> " + r.addressee + "] " +
         r.deliverable.substr(0, 70);
}

fs::path DocumentPath(const std::string& document) {
  if (document.rfind("corpus/", 0) == 0) return kCorpus / (document.substr(7) + ".txt");
  return kReal / (document.substr(5) + ".txt");
}

// Compares the tagger with one annotation file. A found record matches the
// first unmatched gold record of the same document, paragraph and kind, in
// reading order; its addressee is right when the normalised names are equal
// (both empty counts: the text names nobody and the tagger guessed nobody).
// `real` selects the records from ../shared (true) or corpus/ (false).
Counts Evaluate(const fs::path& file, bool real, const char* title) {
  std::ifstream in(file);
  EXPECT_TRUE(in) << "cannot read " << file;
  std::map<std::string, std::string> spans;
  std::map<std::string, std::vector<Record>> gold;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream fields(line);
    for (std::string field; std::getline(fields, field, '\t');) f.push_back(field);
    if (f.size() == 3 && f[0] == "span") {
      if ((f[1].rfind("real/", 0) == 0) == real) spans[f[1]] = f[2];
      continue;
    }
    EXPECT_GE(f.size(), 6u) << "bad line: " << line;
    if (f.size() < 6 || (f[0].rfind("real/", 0) == 0) != real) continue;
    f.resize(7);
    gold[f[0]].push_back({f[0], f[1], f[2], f[3], f[4], f[5], f[6]});
  }
  Counts counts;
  std::vector<std::string> errors;
  for (const auto& [document, span] : spans) {
    const fs::path path = DocumentPath(document);
    EXPECT_TRUE(fs::exists(path)) << path;
    const Note note = ParseNoteFile(path.string());
    std::vector<Record>& expected = gold[document];
    for (const Record& g : expected) EXPECT_TRUE(InSpan(span, g.paragraph)) << "outside its span: " << Show(g);
    counts.gold += static_cast<int>(expected.size());
    for (const Paragraph& paragraph : note.paragraphs) {
      const std::string number = paragraph.number.value_or("");
      if (!InSpan(span, number)) continue;
      for (const Request& r : paragraph.requests) {
        ++counts.found;
        const Record found{document, number, r.kind, r.requester, r.addressee, r.due, r.deliverable};
        auto match = std::find_if(expected.begin(), expected.end(), [&](const Record& g) {
          return !g.matched && g.paragraph == number && g.kind == r.kind;
        });
        if (match == expected.end()) {
          errors.push_back("spurious " + Show(found));
          continue;
        }
        match->matched = true;
        const bool same = counts.Match(match->addressee, r.addressee);
        if (!same) errors.push_back("addressee " + Show(found) + "  (gold: " + match->addressee + ")");
      }
    }
    for (const Record& g : expected)
      if (!g.matched) errors.push_back("missed   " + Show(g));
  }
  std::cout << title << " (" << spans.size() << " documents):\n"
            << std::fixed << std::setprecision(3) << "  gold " << counts.gold << "  found " << counts.found
            << "  right " << counts.right << "  precision " << counts.Precision() << "  recall " << counts.Recall()
            << "  F1 " << counts.F1() << "\n  addressee accuracy " << counts.AddresseeAccuracy() << " ("
            << counts.addressee_right << "/" << counts.right << "; where the text names one: " << counts.named_right
            << "/" << counts.named << ")\n";
  if (std::getenv("QUORUM_GOLD_ERRORS")) {
    for (const std::string& error : errors) std::cout << "  " << error << "\n";
  } else {
    std::cout << "  (" << errors.size() << " disagreements; QUORUM_GOLD_ERRORS=1 lists them)\n";
  }
  return counts;
}

// The sample corpus needs nothing outside the repository: always runs.
TEST(RequestGoldTest, SampleCorpusRequestsAreFound) {
  const Counts counts = Evaluate(kGold, false, "request tagger on gold.tsv, corpus/ part");
  EXPECT_GE(counts.F1(), 0.85);
  EXPECT_GE(counts.AddresseeAccuracy(), 0.8);
}

// The whole gold set, corpus/ and real reports together, held to the bars.
TEST(RequestGoldTest, PrecisionRecallAndAddresseeOnGold) {
  if (!fs::exists(kReal)) GTEST_SKIP() << "real corpus not found at " << kReal << " (../shared absent)";
  Counts counts = Evaluate(kGold, false, "request tagger on gold.tsv, corpus/ part");
  counts.Add(Evaluate(kGold, true, "request tagger on gold.tsv, real reports part"));
  std::cout << std::fixed << std::setprecision(3) << "gold.tsv overall: gold " << counts.gold << "  found "
            << counts.found << "  right " << counts.right << "  precision " << counts.Precision() << "  recall "
            << counts.Recall() << "  F1 " << counts.F1() << "  addressee accuracy " << counts.AddresseeAccuracy()
            << "\n";
  EXPECT_GE(counts.F1(), 0.85) << "detection F1 below the bar";
  EXPECT_GE(counts.AddresseeAccuracy(), 0.8) << "addressee accuracy below the bar";
}

// Annotated before the tagger ever ran on these reports and never tuned
// on: the figure to quote for unseen text. Printed, and held only to a low
// floor (F1 0.5) that catches a broken tagger: with 19 records one error
// moves F1 by about 0.03, too coarse for the product's 0.85 bar.
TEST(RequestGoldTest, HeldOutReportsArePrinted) {
  if (!fs::exists(kReal)) GTEST_SKIP() << "real corpus not found at " << kReal << " (../shared absent)";
  const Counts counts = Evaluate(kHeldOut, true, "request tagger on heldout.tsv");
  EXPECT_GE(counts.F1(), 0.5) << "held-out F1 far below the bar: the tagger is broken";
}

// How fast TagRequests reads real paragraphs, printed (no timing is
// asserted: machines differ). Opt-in, as parsing 250 reports takes a while:
//   QUORUM_REQUEST_SPEED=1 request_test --gtest_filter='RequestSpeed*'
TEST(RequestSpeedTest, PrintsParagraphsPerSecond) {
  if (!std::getenv("QUORUM_REQUEST_SPEED")) GTEST_SKIP() << "set QUORUM_REQUEST_SPEED=1 to measure";
  if (!fs::exists(kReal)) GTEST_SKIP() << "real corpus not found at " << kReal << " (../shared absent)";
  size_t paragraphs = 0, found = 0;
  std::vector<Note> notes = testing_support::ParseReports(kReal, &paragraphs);
  constexpr int kRounds = 5;
  const auto start = std::chrono::steady_clock::now();
  for (int round = 0; round < kRounds; ++round) {
    for (Note& note : notes) TagRequests(&note);
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  for (const Note& note : notes)
    for (const Paragraph& p : note.paragraphs) found += p.requests.size();
  std::cout << "TagRequests: " << notes.size() << " reports, " << paragraphs << " paragraphs, " << found << " records; "
            << std::fixed << std::setprecision(0) << kRounds * static_cast<double>(paragraphs) / seconds
            << " paragraphs/s\n";
}

}  // namespace
}  // namespace quorum
