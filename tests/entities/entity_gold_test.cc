// SPDX-License-Identifier: MIT
// Measures the entity tagger against the hand-annotated gold set in
// tests/entities/gold.tsv (15 real UN reports, paragraphs 1-12; see
// tests/entities/README.md): precision, recall and F1 per type, printed,
// and held to the product's bars.
#include <gtest/gtest.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

#include "common/entities/entity_tagger.h"
#include "common/pipeline/pipeline.h"

namespace fs = std::filesystem;

namespace quorum {
namespace {

const fs::path kGold = fs::path(QUORUM_SOURCE_DIR) / "tests/entities/gold.tsv";
const fs::path kHeldOut = fs::path(QUORUM_SOURCE_DIR) / "tests/entities/heldout.tsv";
const fs::path kReal = fs::path(QUORUM_SHARED_DIR) / "corpus/real/un-hrc-upr-working-group-reports";

struct Mention {
  std::string document, paragraph, type, text, value;  // paragraph: "3" or "3(a)" for a listed item
  int start = -1, end = -1;                            // code points in the paragraph's (or item's) text
  bool matched = false;
};

std::vector<std::string> Split(const std::string& line) {
  std::vector<std::string> fields;
  std::stringstream stream(line);
  std::string field;
  while (std::getline(stream, field, '\t')) fields.push_back(field);
  return fields;
}

int CodePoints(const std::string& text, size_t bytes) {
  int count = 0;
  for (size_t i = 0; i < bytes && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  return count;
}

// Is the character ending (before) or starting (after) at byte `at` a
// letter or digit? ("Austria’s" holds the word "Austria"; "Colombian" does not.)
bool WordCharAt(const std::string& text, size_t at, bool before) {
  size_t i = at;
  if (before) {
    do --i;
    while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80);
  }
  const auto byte = [&](size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
  const unsigned lead = byte(i);
  const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  UChar32 c = static_cast<UChar32>(length == 1 ? lead : lead & (0x7Fu >> length));
  for (size_t k = 1; k < length; ++k) c = static_cast<UChar32>((static_cast<unsigned>(c) << 6) | (byte(i + k) & 0x3Fu));
  return u_isalnum(c);
}

// Where each gold mention is: its text's next occurrence in the paragraph
// (as a whole word, after the previous mention with the same text, not
// inside a mention of the same type already placed), skipping as many
// occurrences as the optional sixth column says.
void Locate(const std::map<std::string, std::string>& texts, std::vector<Mention>* gold,
            const std::vector<int>& skips) {
  std::map<std::pair<std::string, std::string>, size_t> next;
  for (size_t g = 0; g < gold->size(); ++g) {
    Mention& mention = (*gold)[g];
    const auto found = texts.find(mention.paragraph);
    if (found == texts.end()) continue;
    const std::string& text = found->second;
    size_t at = next[{mention.paragraph, mention.text}];
    int skip = skips[g];
    for (;; ++at) {
      at = text.find(mention.text, at);
      if (at == std::string::npos) break;
      const size_t end = at + mention.text.size();
      const bool whole =
          (at == 0 || !WordCharAt(text, at, true)) && (end == text.size() || !WordCharAt(text, end, false));
      const int start_cp = CodePoints(text, at), end_cp = CodePoints(text, end);
      const bool inside = std::any_of(gold->begin(), gold->begin() + static_cast<long>(g), [&](const Mention& m) {
        return m.document == mention.document && m.paragraph == mention.paragraph && m.type == mention.type &&
               m.start < end_cp && start_cp < m.end;
      });
      if (!whole || inside) continue;
      if (skip-- > 0) continue;
      mention.start = start_cp;
      mention.end = end_cp;
      next[{mention.paragraph, mention.text}] = end;
      break;
    }
  }
}

struct Counts {
  int gold = 0, predicted = 0, correct = 0;
  double Precision() const { return predicted ? static_cast<double>(correct) / predicted : 1.0; }
  double Recall() const { return gold ? static_cast<double>(correct) / gold : 1.0; }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

std::string Show(const Mention& m) {
  return m.document + " ¶" + m.paragraph + " " + m.type + " \"" + m.text + "\" = \"" + m.value + "\"";
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
    Locate(texts, &mentions, skips[document]);
    for (Mention& g : mentions) {
      ++counts[g.type].gold;
      if (g.start < 0) ADD_FAILURE() << "gold text not found in the parsed paragraph: " << Show(g);
      for (Mention& p : predicted) {
        if (p.matched || p.paragraph != g.paragraph || p.type != g.type || p.value != g.value) continue;
        if (p.start < g.end && g.start < p.end) {
          p.matched = g.matched = true;
          ++counts[g.type].correct;
          break;
        }
      }
      if (!g.matched) errors.push_back("missed   " + Show(g));
    }
    for (const Mention& p : predicted) {
      ++counts[p.type].predicted;
      if (!p.matched) errors.push_back("spurious " + Show(p));
    }
  }

  std::cout << "entity tagger on " << gold_file.filename().string() << " (" << documents << " UN reports, paragraphs "
            << first << "-" << last << "):\n"
            << "  type            gold  pred  right  precision  recall     F1\n";
  for (const auto& [type, c] : counts)
    std::cout << "  " << std::left << std::setw(14) << type << std::right << std::setw(6) << c.gold << std::setw(6)
              << c.predicted << std::setw(7) << c.correct << std::fixed << std::setprecision(3) << std::setw(11)
              << c.Precision() << std::setw(8) << c.Recall() << std::setw(7) << c.F1() << "\n";
  // Every disagreement, so a failing bar says what to fix.
  std::sort(errors.begin(), errors.end(),
            [](const std::string& a, const std::string& b) { return a.substr(9) < b.substr(9); });
  if (std::getenv("QUORUM_GOLD_ERRORS")) {
    for (const std::string& error : errors) std::cout << "  " << error << "\n";
  } else {
    std::cout << "  (" << errors.size() << " disagreements; QUORUM_GOLD_ERRORS=1 lists them)\n";
  }
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

}  // namespace
}  // namespace quorum
