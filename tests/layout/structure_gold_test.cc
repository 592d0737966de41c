// SPDX-License-Identifier: MIT
// The parser against structure marked by reading (tests/layout/structure_gold/,
// whose README says what was marked and how): per body, the share of marked
// paragraphs and items found (a parsed paragraph or item starts with the
// marked first words), of printed numbers right, of sections right, and the
// meeting date and body of each document.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "common/pipeline/pipeline.h"
#include "common/text/tokeniser.h"

namespace fs = std::filesystem;

namespace quorum {
namespace {

const fs::path kGold = fs::path(QUORUM_SOURCE_DIR) / "tests/layout/structure_gold";
const fs::path kBodies = fs::path(QUORUM_SHARED_DIR) / "corpus/bodies";

// The Cleveland City Record is a sample of ../shared/corpus/large/ that
// eval/unpack-large.sh extracts into the build tree (QUORUM_LARGE_DIR). It
// was held back and scored once (docs/QUALITY.md); it is a development body
// since, printed when extracted and kept out of the floors below, so that
// they mean the same with or without the sample. No body is held back now.
const std::set<std::string> kLargeSample = {"us-cleveland-city-record"};
const fs::path kLarge = QUORUM_LARGE_DIR;

struct GoldDoc {
  std::string file, date, body;
};
struct GoldUnit {
  std::string file, number, section, start;
};
struct Gold {
  std::vector<GoldDoc> docs;
  std::vector<GoldUnit> units;
};

std::vector<std::string> Fields(const std::string& line) {
  std::vector<std::string> fields;
  std::stringstream in(line);
  for (std::string field; std::getline(in, field, '\t');) fields.push_back(field);
  return fields;
}

Gold ReadGold(const fs::path& path) {
  Gold gold;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    const std::vector<std::string> f = Fields(line);
    if (f.size() >= 3 && f[0] == "doc") gold.docs.push_back({f[1], f[2], f.size() > 3 ? f[3] : ""});
    if (f.size() == 6 && f[0] == "par") gold.units.push_back({f[1], f[3], f[4], f[5]});
  }
  return gold;
}

// What the parser made of one paragraph or listed item.
struct Parsed {
  std::vector<std::string> words;    // of its text
  std::string number;                // printed number or item label; "-" if none
  std::vector<std::string> context;  // words of its section and agenda item title
};

std::vector<Parsed> Flatten(const Note& note) {
  std::vector<Parsed> parsed;
  for (const Paragraph& p : note.paragraphs) {
    std::vector<std::string> context = Words(p.section);
    for (std::string& word : Words(p.agenda ? note.AgendaTitle(*p.agenda) : "")) context.push_back(word);
    // A paragraph opened by a listed item prints its label first: "(A) DUDS N SUDS".
    std::string number = p.number.value_or("-");
    std::string_view text = p.text;
    if (!p.number && text.size() > 3 && text.front() == '(' && text.find(") ") != std::string_view::npos &&
        text.find(") ") <= 7) {
      number = std::string(text.substr(1, text.find(") ") - 1));
      text.remove_prefix(text.find(") ") + 2);
    }
    parsed.push_back({Words(text), number, context});
    for (const SubItem& item : p.items)
      parsed.push_back({Words(item.text), item.label.empty() ? "-" : item.label, context});
  }
  return parsed;
}

bool StartsWith(const std::vector<std::string>& words, const std::vector<std::string>& start) {
  return !start.empty() && words.size() >= start.size() && std::equal(start.begin(), start.end(), words.begin());
}

bool Contains(const std::vector<std::string>& words, const std::vector<std::string>& part) {
  return std::all_of(part.begin(), part.end(), [&words](const std::string& w) {
    return std::find(words.begin(), words.end(), w) != words.end();
  });
}

// Loose name match: one name's words all stand in the other ("Node.js
// Technical Steering Committee" in "Node.js Technical Steering Committee (TSC)").
bool SameBody(const std::string& gold, const std::string& parsed) {
  const std::vector<std::string> a = Words(gold), b = Words(parsed);
  if (a.empty() || b.empty()) return a.empty() && b.empty();
  return Contains(a, b) || Contains(b, a);
}

struct Score {
  int units = 0, found = 0, numbers = 0, sections = 0, docs = 0, dates = 0, bodies = 0;
};

Score ScoreBody(const std::string& body, const Gold& gold, bool print_misses) {
  Score score;
  for (const GoldDoc& doc : gold.docs) {
    const fs::path folder = fs::exists(kBodies / body) ? kBodies / body : kLarge / body;
    const Note note = ParseNoteFile((folder / doc.file).string());
    const std::vector<Parsed> parsed = Flatten(note);
    ++score.docs;
    score.dates += note.date == doc.date;
    score.bodies += SameBody(doc.body, note.body);
    if (print_misses && note.date != doc.date)
      std::cout << "    date " << doc.file << ": " << note.date << " for " << doc.date << "\n";
    if (print_misses && !SameBody(doc.body, note.body))
      std::cout << "    body " << doc.file << ": '" << note.body << "' for '" << doc.body << "'\n";
    size_t cursor = 0;  // units are marked in reading order: look from the last one found
    for (const GoldUnit& unit : gold.units) {
      if (unit.file != doc.file) continue;
      ++score.units;
      std::vector<std::string> start = Words(unit.start);
      if (start.size() > 6) start.resize(6);
      size_t at = parsed.size();
      for (size_t k = 0; k < parsed.size() && at == parsed.size(); ++k) {
        const size_t i = (cursor + k) % parsed.size();
        if (StartsWith(parsed[i].words, start)) at = i;
      }
      if (at == parsed.size()) {
        if (print_misses) std::cout << "    missed " << doc.file << ": " << unit.start << "\n";
        continue;
      }
      cursor = at;
      ++score.found;
      score.numbers += parsed[at].number == unit.number;
      const bool section_right =
          unit.section == "-" ? parsed[at].context.empty() : Contains(parsed[at].context, Words(unit.section));
      score.sections += section_right;
      if (print_misses && !section_right) {
        std::string context;
        for (const std::string& w : parsed[at].context) context += w + " ";
        std::cout << "    section " << doc.file << ": '" << context << "' for '" << unit.section << "' at "
                  << unit.start << "\n";
      }
      if (print_misses && parsed[at].number != unit.number)
        std::cout << "    number " << doc.file << ": '" << parsed[at].number << "' for '" << unit.number << "' at "
                  << unit.start << "\n";
    }
  }
  return score;
}

std::string Percent(int part, int whole) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(1) << (whole == 0 ? 100.0 : 100.0 * part / whole) << " %";
  return out.str();
}

TEST(StructureGoldTest, PrintsScoresPerBody) {
  if (!fs::exists(kBodies)) GTEST_SKIP() << "bodies not found at " << kBodies << " (../shared absent)";
  const bool misses = std::getenv("QUORUM_GOLD_ERRORS") != nullptr;
  std::map<std::string, Gold> golds;
  for (const auto& entry : fs::directory_iterator(kGold))
    if (entry.path().extension() == ".tsv") golds[entry.path().stem().string()] = ReadGold(entry.path());
  ASSERT_GE(golds.size(), 11u);
  std::cout << "| body | split | marked | found | numbers right | section right | date right | body right |\n"
            << "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n";
  Score development;
  for (const auto& [body, gold] : golds) {
    const bool sample = kLargeSample.count(body) > 0;
    if (!fs::exists(kBodies / body) && !fs::exists(kLarge / body)) {
      std::cout << "| " << body << " | not found in " << kBodies << " nor " << kLarge
                << " (run eval/unpack-large.sh) | | | | | | |\n";
      continue;
    }
    if (misses) std::cout << body << ":\n";
    const Score s = ScoreBody(body, gold, misses);
    std::cout << "| " << body << " | " << (sample ? "development (large sample)" : "development") << " | " << s.units
              << " | " << Percent(s.found, s.units) << " | " << Percent(s.numbers, s.found) << " | "
              << Percent(s.sections, s.found) << " | " << s.dates << "/" << s.docs << " | " << s.bodies << "/" << s.docs
              << " |\n";
    if (sample) {
      // Floors under the sample's figures (64 % found, every date): the
      // journal layout of docs/QUALITY.md holds.
      EXPECT_GE(s.found, s.units * 62 / 100) << body;
      EXPECT_EQ(s.dates, s.docs) << body;
    } else {
      development.units += s.units;
      development.found += s.found;
      development.numbers += s.numbers;
      development.sections += s.sections;
      development.docs += s.docs;
      development.dates += s.dates;
      development.bodies += s.bodies;
    }
  }
  std::cout << "development: found " << Percent(development.found, development.units) << ", numbers "
            << Percent(development.numbers, development.found) << ", sections "
            << Percent(development.sections, development.found) << "\n";
  // Floors under the development figures of docs/QUALITY.md (84.5 % found,
  // 64.6 % sections, every date, 18 of 22 bodies): a change that loses
  // ground fails here.
  EXPECT_GT(development.units, 600);
  EXPECT_GE(development.found, development.units * 83 / 100);
  EXPECT_GE(development.sections, development.found * 62 / 100);
  EXPECT_EQ(development.dates, development.docs);
  EXPECT_GE(development.bodies, development.docs - 5);
}

}  // namespace
}  // namespace quorum
