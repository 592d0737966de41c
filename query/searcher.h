// SPDX-License-Identifier: MIT
// Runs a search: ranked paragraphs (BM25) or precedent (--like), snippets,
// context paragraphs, facet counts, spelling suggestions and explanations.
#pragma once

#include <xapian.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "query/query_args.h"

namespace quorum {

struct Hit {
  size_t rank = 0;                            // 1-based, counting from the first result of all pages
  double score = 0;                           // BM25 weight
  nlohmann::json data;                        // the stored paragraph record (schema::data keys)
  std::string snippet;                        // text around the matches; matches between kHighlightStart/End
  std::vector<nlohmann::json> before, after;  // --context paragraphs, in reading order
  std::vector<std::string> matched_terms;     // --explain: the query terms this paragraph holds
  std::vector<std::string> lifted_by;  // --explain: parts of the ranking it matched ("all words", "phrase", "near")
};

struct FacetValue {
  std::string facet;  // "meeting", "agenda", "body", "year", "entity" (type)
  std::string value;
  size_t count = 0;
};

struct SearchResult {
  std::vector<Hit> hits;
  std::vector<FacetValue> facets;  // per facet, most frequent first
  size_t matches = 0;              // estimated (exact when `exact`)
  bool exact = false;
  std::string query_description;        // Xapian's, for --explain
  std::string parsed_text;              // the query as parsed (normalised, synonyms expanded)
  std::vector<std::string> languages;   // stemming languages used
  std::vector<std::string> expansions;  // synonyms applied
  std::string suggestion;               // "did you mean": set when nothing matched
};

/// Marks around matched words in Hit::snippet (ASCII control characters the
/// printers turn into colour, brackets or nothing).
inline constexpr const char* kHighlightStart = "\x02";
inline constexpr const char* kHighlightEnd = "\x03";

/// Searches `database` as `config` says. Throws UsageError for a bad query
/// or a --like id that names no paragraph.
SearchResult Search(const Xapian::Database& database, const QueryConfig& config);

/// The paragraphs `id` names (a paragraph, or a whole meeting), as hits in
/// reading order. Throws UsageError if it names none.
SearchResult Show(const Xapian::Database& database, const std::string& id);

}  // namespace quorum
