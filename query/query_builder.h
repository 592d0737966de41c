// SPDX-License-Identifier: MIT
// Query string and filter flags to a Xapian::Query, with Xapian's
// QueryParser configured from the schema (the only place that registers
// field names with a parser).
#pragma once

#include <xapian.h>

#include <string>
#include <utility>
#include <vector>

#include "query/query_args.h"

namespace quorum {

struct BuiltQuery {
  Xapian::Query query;
  std::vector<std::string> languages;   // stemming languages the query was parsed in
  std::string description;              // Xapian's description, for --explain and tests
  std::string parsed_text;              // the query as the parser read it (normalised, expanded)
  std::vector<std::string> expansions;  // synonyms applied: "iom → \"international …\""
  std::string corrected;                // spelling suggestion (with_spelling only); empty if none
  // The parts of the default ranking that lift a paragraph ("all words",
  // "phrase", "near"), unfiltered, once per language; --explain tells
  // which of them each hit matched.
  std::vector<std::pair<std::string, Xapian::Query>> parts;
};

/// Builds the query for `config` against `database`: the free text parsed
/// once per indexed language (each part limited to that language's
/// paragraphs), ANDed with the flag filters. Throws UsageError, with the
/// parser's message and a hint, on bad syntax or an unknown field. With
/// `with_spelling`, also fills `corrected` from the spelling table.
BuiltQuery BuildQuery(const Xapian::Database& database, const QueryConfig& config, bool with_spelling = false);

}  // namespace quorum
