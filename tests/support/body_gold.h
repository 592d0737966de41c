// SPDX-License-Identifier: MIT
// Gold files over the documents of ../shared/corpus/bodies name a paragraph
// by an anchor (the first words of its text as the parser prints it) rather
// than by a printed number: most minutes number nothing, and an anchor stays
// put when the parser's paragraph count changes. Shared by the entity and
// request gold tests. Format (tab-separated, '#' comments):
//
//   span  <document>  <first-anchor>  <last-anchor>       annotated completely
//   <document>  <anchor>  <field>...                      one record
//
// <document> is "bodies/<folder>/<file name without extension>", or
// "large/<folder>/<file name without extension>" for a held-back sample of
// ../shared/corpus/large/ that eval/unpack-large.sh extracted into the build
// tree (QUORUM_LARGE_DIR).
#pragma once

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "common/base/note.h"

namespace quorum::testing_support {

struct BodyGoldSpan {
  std::string document, first_anchor, last_anchor;
};

struct BodyGoldRecord {
  std::string document, anchor;
  std::vector<std::string> fields;  // the columns after the anchor
  int line = 0;                     // in the gold file, for messages
};

struct BodyGold {
  std::vector<BodyGoldSpan> spans;
  std::vector<BodyGoldRecord> records;
};

inline std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  std::stringstream stream(line);
  std::string field;
  while (std::getline(stream, field, '\t')) fields.push_back(field);
  return fields;
}

/// Reads a gold file; a missing file gives an empty set.
inline BodyGold ReadBodyGold(const std::filesystem::path& path) {
  BodyGold gold;
  std::ifstream in(path);
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> fields = SplitTabs(line);
    if (fields.size() == 4 && fields[0] == "span") {
      gold.spans.push_back({fields[1], fields[2], fields[3]});
    } else if (fields.size() >= 3) {
      gold.records.push_back({fields[0], fields[1], {fields.begin() + 2, fields.end()}, number});
    }
  }
  return gold;
}

/// The file a gold document names: bodies/<folder>/<stem> under the shared
/// corpus, or large/<folder>/<stem> under QUORUM_LARGE_DIR, whatever its
/// extension; empty when there is none.
inline std::filesystem::path BodyDocumentPath(const std::filesystem::path& shared_corpus, const std::string& document) {
  constexpr std::string_view kLarge = "large/";
  const bool large = document.rfind(kLarge, 0) == 0;
  const std::filesystem::path stem =
      large ? std::filesystem::path(QUORUM_LARGE_DIR) / document.substr(kLarge.size()) : shared_corpus / document;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(stem.parent_path(), error))
    if (entry.path().stem() == stem.filename()) return entry.path();
  return {};
}

/// One searchable text of a parsed note that an anchor can name: a
/// paragraph's lead text ("p12") or one of its listed items ("p12.0").
struct AnchoredText {
  std::string key;
  size_t paragraph = 0;  // index in Note::paragraphs
  int item = -1;         // index in Paragraph::items; -1: the lead text
  const std::string* text = nullptr;
};

inline std::vector<AnchoredText> AnchoredTexts(const Note& note) {
  std::vector<AnchoredText> texts;
  for (size_t p = 0; p < note.paragraphs.size(); ++p) {
    const Paragraph& paragraph = note.paragraphs[p];
    texts.push_back({"p" + std::to_string(p), p, -1, &paragraph.text});
    for (size_t i = 0; i < paragraph.items.size(); ++i)
      texts.push_back(
          {"p" + std::to_string(p) + "." + std::to_string(i), p, static_cast<int>(i), &paragraph.items[i].text});
  }
  return texts;
}

/// The text whose first words are the anchor; null when none is (the
/// parse no longer splits the document as it did when it was annotated).
/// Minutes repeat some paragraphs word for word ("Vote favorable à
/// l’unanimité des membres présents."): "<words> #3" names the third text
/// that starts with <words>.
inline const AnchoredText* FindAnchor(const std::vector<AnchoredText>& texts, const std::string& anchor) {
  std::string words = anchor;
  int wanted = 1;
  if (const size_t hash = anchor.rfind(" #"); hash != std::string::npos && hash + 2 < anchor.size() &&
                                              anchor.find_first_not_of("0123456789", hash + 2) == std::string::npos) {
    words = anchor.substr(0, hash);
    wanted = std::stoi(anchor.substr(hash + 2));
  }
  for (const AnchoredText& text : texts)
    if (text.text->compare(0, words.size(), words) == 0 && --wanted == 0) return &text;
  return nullptr;
}

/// Indexes of the paragraphs the spans of `document` cover, inclusive.
inline std::set<size_t> ParagraphsInSpans(const BodyGold& gold, const std::string& document,
                                          const std::vector<AnchoredText>& texts) {
  std::set<size_t> covered;
  for (const BodyGoldSpan& span : gold.spans) {
    if (span.document != document) continue;
    const AnchoredText* first = FindAnchor(texts, span.first_anchor);
    const AnchoredText* last = FindAnchor(texts, span.last_anchor);
    if (!first || !last) continue;
    for (size_t p = first->paragraph; p <= last->paragraph; ++p) covered.insert(p);
  }
  return covered;
}

/// The documents a gold file names, each once, in order of first mention.
inline std::vector<std::string> BodyGoldDocuments(const BodyGold& gold) {
  std::vector<std::string> documents;
  std::set<std::string> seen;
  for (const BodyGoldSpan& span : gold.spans)
    if (seen.insert(span.document).second) documents.push_back(span.document);
  for (const BodyGoldRecord& record : gold.records)
    if (seen.insert(record.document).second) documents.push_back(record.document);
  return documents;
}

}  // namespace quorum::testing_support
