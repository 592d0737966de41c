// SPDX-License-Identifier: MIT
// Prints a SearchResult: text for people; JSON lines (the contract in README
// "JSON output"), CSV, Markdown citations and the TREC run format for programs.
#pragma once

#include <ostream>

#include "common/base/note_json.h"
#include "query/query_args.h"
#include "query/searcher.h"

namespace quorum {

/// Bump when a field of the search JSON output is renamed or removed.
inline constexpr int kSearchJsonVersion = 1;

/// Prints `result` in config.format; `is_terminal` decides colour with --color auto.
void PrintResult(const SearchResult& result, const QueryConfig& config, bool is_terminal, std::ostream& out);

void PrintText(const SearchResult& result, bool color, std::ostream& out, bool explain = false);
void PrintJson(const SearchResult& result, std::ostream& out);
/// The objects PrintJson prints one per line: a hit, a facet value, the
/// summary (quorum-serve's API answers with the same objects).
OrderedJson HitJson(const Hit& hit);
OrderedJson FacetJson(const FacetValue& facet);
OrderedJson SummaryJson(const SearchResult& result);
void PrintCsv(const SearchResult& result, std::ostream& out);
void PrintMarkdown(const SearchResult& result, std::ostream& out);
/// "TOPIC Q0 DOCNO RANK SCORE TAG" lines; DOCNO is the citable id with
/// spaces as underscores.
void PrintTrec(const SearchResult& result, const std::string& topic, const std::string& run_tag, std::ostream& out);

/// Whether to colour: --color always/never, or auto = a terminal and no NO_COLOR.
bool UseColor(const std::string& setting, bool is_terminal);

/// The snippet with its highlight marks replaced by `start` and `end`.
std::string Highlight(const std::string& snippet, const std::string& start, const std::string& end);

}  // namespace quorum
