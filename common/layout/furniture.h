// SPDX-License-Identifier: MIT
// Page furniture in a note's text: running headers and footers that a text
// converted from a paged document repeats on every page. Decided by where a
// repeated line stands, not by its wording: at page breaks, or at page-like
// intervals. A line repeated anywhere else ("Agreed to.", "[Applause.]",
// "Vote favorable à l'unanimité") is what the meeting said, and is kept.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/text/note_lines.h"

namespace quorum {

/// Loose keys (LooseKey()) of the text units of `units` that are running
/// headers or footers, each with how many times it is printed:
/// - in a text with form feeds, a short line printed on at least three pages
///   and, on each, among the first or last two units of the page;
/// - in a text without, a short line printed at least three times, always at
///   least 20 lines apart, and at gaps that vary by less than half (pages of
///   one document are of one length).
std::map<std::string, int> FindRunningLines(const std::vector<Unit>& units);

}  // namespace quorum
