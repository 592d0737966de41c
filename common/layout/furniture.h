// SPDX-License-Identifier: MIT
// Page furniture in a note's text: running headers and footers that a text
// converted from a paged document repeats on every page. Decided by where a
// repeated line stands, not by its wording: at page breaks, or at page-like
// intervals. A line repeated anywhere else ("Agreed to.", "[Applause.]",
// "Vote favorable à l'unanimité") is what the meeting said, and is kept.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "common/text/note_lines.h"

namespace quorum {

/// A line that ends a sentence or a clause ("Agreed to.", "Mr. President,",
/// "Après en avoir délibéré,") is what was said, however often and wherever
/// it is printed: no running line ends so ("A/70/PV.15", "Page 3"). Emphasis
/// marks aside ("**Mr President,**"); "12." is no sentence.
bool ReadsAsProse(std::string_view text);

/// A line's shape: its words lower-cased, each run of digits read out as
/// '#', in order of their shapes (so "26/29 15-29822" and "15-29822 27/29",
/// a footer whose parts change sides between odd and even pages, are one
/// shape), and the numbers read out, in that order.
struct LineShape {
  std::string key;
  std::vector<long> numbers;
};
LineShape ShapeOfLine(std::string_view text);

/// Source lines (Unit::line) of the text units of `units` that are running
/// headers or footers. Lines of one shape run through the pages when none
/// reads as prose and every number in them stays the same or rises with the
/// pages ("31/34", "32/34"), and they are printed:
/// - in a text with form feeds, among the first or last two units of at
///   least three pages, or of two when a number rises with the pages, or
///   as the very first or last unit of every page but one;
/// - in a text without, at least three times (twice for figures alone:
///   "06-52737 14"), always at least 20 lines a page apart, and at gaps
///   per page that vary by less than half (pages of one document are of
///   one length).
/// `numbered_only`: only lines that print a page's number.
std::set<int> FindRunningLines(const std::vector<Unit>& units, bool numbered_only = false);

/// FindRunningLines() over the lines of a text, each line a unit: the
/// running lines that the text's layout would glue to a paragraph
/// ("15-29425 31/34" under a sentence that runs on to the next page), to be
/// split off (SplitUnits()). In a text without form feeds, only the lines
/// that print a page's number ("19", "20", … about every 97 lines).
std::set<int> RunningLinesOfPages(std::string_view text);

}  // namespace quorum
