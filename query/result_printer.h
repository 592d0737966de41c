// SPDX-License-Identifier: MIT
// Prints a SearchResult as text for people or JSON lines for programs
// (the contract in README "JSON output": hits, then facets, then a summary).
#pragma once

#include <ostream>

#include "query/searcher.h"

namespace quorum {

/// Bump when a field of the search JSON output is renamed or removed.
inline constexpr int kSearchJsonVersion = 1;

void PrintText(const SearchResult& result, bool color, std::ostream& out);
void PrintJson(const SearchResult& result, std::ostream& out);

/// Whether to colour: --color always/never, or auto = a terminal and no NO_COLOR.
bool UseColor(const std::string& setting, bool is_terminal);

}  // namespace quorum
