// SPDX-License-Identifier: MIT
// How the entity gold tests place a gold mention in a text and match it
// with the tagger's: shared by entity_gold_test.cc (UN reports, paragraphs
// named by number) and entity_bodies_test.cc (bodies' documents, texts
// named by anchor), so both score the same way.
#pragma once

#include <unicode/uchar.h>

#include <algorithm>
#include <iomanip>
#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace quorum::gold {

/// A mention, gold or predicted. `place` names the text it stands in
/// ("3", "3(a)" for a listed item, or an anchored text's key).
struct Mention {
  std::string document, place, type, text, value;
  int start = -1, end = -1;  // code points in the text; -1: not placed
  bool matched = false;
};

inline int CodePoints(const std::string& text, size_t bytes) {
  int count = 0;
  for (size_t i = 0; i < bytes && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  return count;
}

// Is the character ending (before) or starting (after) at byte `at` a
// letter or digit? ("Austria’s" holds the word "Austria"; "Colombian" does not.)
inline bool WordCharAt(const std::string& text, size_t at, bool before) {
  size_t i = at;
  if (before) {
    do --i;
    while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80);
  }
  const auto byte = [&](size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
  const unsigned lead = byte(i);
  const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  UChar32 c = static_cast<UChar32>(length == 1 ? lead : lead & (0x7Fu >> length));
  for (size_t k = 1; k < length; ++k) c = static_cast<UChar32>((static_cast<unsigned>(c) << 6) | (byte(k + i) & 0x3Fu));
  return u_isalnum(c);
}

/// Places each gold mention of one document: its text's next occurrence
/// in its place's text (as a whole word, after the previous mention with
/// the same text, not inside a mention of the same type already placed),
/// skipping as many occurrences as `skips` says. A mention whose place or
/// text is not found keeps start == -1.
inline void Locate(const std::map<std::string, std::string>& texts, std::vector<Mention>* gold,
                   const std::vector<int>& skips) {
  std::map<std::pair<std::string, std::string>, size_t> next;
  for (size_t g = 0; g < gold->size(); ++g) {
    Mention& mention = (*gold)[g];
    const auto found = texts.find(mention.place);
    if (found == texts.end()) continue;
    const std::string& text = found->second;
    size_t at = next[{mention.place, mention.text}];
    int skip = g < skips.size() ? skips[g] : 0;
    for (;; ++at) {
      at = text.find(mention.text, at);
      if (at == std::string::npos) break;
      const size_t end = at + mention.text.size();
      const bool whole =
          (at == 0 || !WordCharAt(text, at, true)) && (end == text.size() || !WordCharAt(text, end, false));
      const int start_cp = CodePoints(text, at), end_cp = CodePoints(text, end);
      const bool inside = std::any_of(gold->begin(), gold->begin() + static_cast<long>(g), [&](const Mention& m) {
        return m.document == mention.document && m.place == mention.place && m.type == mention.type &&
               m.start < end_cp && start_cp < m.end;
      });
      if (!whole || inside) continue;
      if (skip-- > 0) continue;
      mention.start = start_cp;
      mention.end = end_cp;
      next[{mention.place, mention.text}] = end;
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
  void Add(const Counts& other) {
    gold += other.gold;
    predicted += other.predicted;
    correct += other.correct;
  }
};

inline std::string Show(const Mention& m) {
  return m.document + " ¶" + m.place + " " + m.type + " \"" + m.text + "\" = \"" + m.value + "\"";
}

/// Matches one document's placed gold mentions with the predicted ones: a
/// prediction is right when place, type and value are the same and the
/// spans overlap; each is used once. Adds to `counts` (by type) and
/// appends "missed …" / "spurious …" lines to `errors`.
inline void Match(std::vector<Mention>* gold, std::vector<Mention>* predicted, std::map<std::string, Counts>* counts,
                  std::vector<std::string>* errors) {
  for (Mention& g : *gold) {
    ++(*counts)[g.type].gold;
    for (Mention& p : *predicted) {
      if (g.start < 0 || p.matched || p.place != g.place || p.type != g.type || p.value != g.value) continue;
      if (p.start < g.end && g.start < p.end) {
        p.matched = g.matched = true;
        ++(*counts)[g.type].correct;
        break;
      }
    }
    if (!g.matched) errors->push_back("missed   " + Show(g));
  }
  for (const Mention& p : *predicted) {
    ++(*counts)[p.type].predicted;
    if (!p.matched) errors->push_back("spurious " + Show(p));
  }
}

/// One table row per key: gold, predicted, right, precision, recall, F1.
inline void PrintTable(std::ostream& out, const std::string& heading, const std::map<std::string, Counts>& rows) {
  out << "  " << std::left << std::setw(42) << heading << std::right
      << "  gold  pred  right  precision  recall     F1\n";
  Counts all;
  const auto row = [&](const std::string& key, const Counts& c) {
    out << "  " << std::left << std::setw(42) << key << std::right << std::setw(6) << c.gold << std::setw(6)
        << c.predicted << std::setw(7) << c.correct << std::fixed << std::setprecision(3) << std::setw(11)
        << c.Precision() << std::setw(8) << c.Recall() << std::setw(7) << c.F1() << "\n";
  };
  for (const auto& [key, c] : rows) {
    row(key, c);
    all.Add(c);
  }
  if (rows.size() > 1) row("all", all);
}

/// Prints every disagreement when QUORUM_GOLD_ERRORS is set, else how many.
inline void PrintErrors(std::ostream& out, std::vector<std::string> errors, bool all) {
  std::sort(errors.begin(), errors.end(),
            [](const std::string& a, const std::string& b) { return a.substr(9) < b.substr(9); });
  if (all) {
    for (const std::string& error : errors) out << "  " << error << "\n";
  } else {
    out << "  (" << errors.size() << " disagreements; QUORUM_GOLD_ERRORS=1 lists them)\n";
  }
}

}  // namespace quorum::gold
