// SPDX-License-Identifier: MIT
// Snippets: the part of a paragraph where the query matched, with the
// matches marked. A quoted phrase is marked as one span where the phrase
// occurs, never its words elsewhere; other words match in any inflection
// (by stem) or, for "word*", by prefix.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace quorum {

/// What to mark, read from a query string.
struct Highlights {
  std::vector<std::string> words;                 // normalised, unstemmed
  std::vector<std::string> prefixes;              // from "word*"
  std::vector<std::vector<std::string>> phrases;  // each a run of normalised words
  bool empty() const { return words.empty() && prefixes.empty() && phrases.empty(); }
  // Filled by MakeSnippet: whether a text term's stem is one of the words'
  // stems. Stemming each token was a third of a snippet's time, and the
  // same terms recur from hit to hit. Not safe to share between threads.
  mutable std::unordered_map<std::string, bool> stem_matches;
};

/// Reads the words, prefixes and phrases of `query` that can match text:
/// not operators, field names or field values, negated words or stop words.
Highlights HighlightsFromQuery(std::string_view query, std::string_view language);

/// Marks where `highlights` match in `text` (stemming in `language`) and
/// returns about `max_bytes` of it around the densest matches, each match
/// between `start_mark` and `end_mark`, with "…" where text was cut.
std::string MakeSnippet(std::string_view text, const Highlights& highlights, std::string_view language,
                        size_t max_bytes, std::string_view start_mark, std::string_view end_mark);

}  // namespace quorum
