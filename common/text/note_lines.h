// SPDX-License-Identifier: MIT
// The parser's first stage: text to lines to "units" (a paragraph start, a
// listed item, a footnote, a heading candidate...), each classified by its
// printed form alone. Context (numbering, headers) is note_parser.cc's job.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace quorum {

enum class UnitKind {
  kNumbered,    // "12. text", "12 bis. text", "(3) text", "3) text", "110.2. text"
  kItem,        // "(a) text", "- (b) text", "• text", "ii) text"
  kFootnote,    // "¹ text", "* text" (a lone one: a run of "* " lines is a list of kItem)
  kHeading,     // "## Text": a heading by its marker (Markdown), whatever its shape
  kPageNumber,  // "Página 14", "Page 3 of 12", "- 3 -": a page's number, printed alone
  kText,        // anything else: heading candidate, unnumbered paragraph, continuation
};

struct Unit {
  UnitKind kind = UnitKind::kText;
  std::string text;               // the unit's own text, marker removed, lines joined
  std::string label;              // number / item label / footnote marker as printed
  int number = 0;                 // kNumbered: paragraph number (110 for "110.2")
  int sub_number = 0;             // kNumbered: 2 for "110.2"; 0 otherwise
  int line = 0;                   // 1-based first source line
  int page = 0;                   // 1-based page (form feeds counted); 0 if the text has none
  int line_count = 1;             // source lines joined into it
  std::string marker;             // the marker as printed, spacing aside ("12.", "(3)", "- (a)"); empty for kText
  int indent = 0;                 // white space before its first line (a tab counts 4): outline depth
  std::string reference;          // kNumbered: a code printed before the number ("98-3476"); usually empty
  bool whole_line = false;        // a line of a text that puts each paragraph on one line (LineLayout)
  bool opens_clause = false;      // starts with a clause or vote opener (OpensClause): never a continuation
  bool after_short_line = false;  // the line before ended a paragraph inside a block (short_line_in_blocks)
};

/// Classifies one trimmed line by its printed form alone.
Unit ClassifyLine(std::string_view line);

/// Splits `text` into units: blank lines and form feeds end a unit, and a
/// line that starts with a paragraph number, item label, bullet, footnote
/// marker, heading marker or clause opener (OpensClause) starts a new one. Lines are joined with a space,
/// or without one where a word was hyphenated at the line end. Texts with no
/// blank line between paragraphs (see ReadLineLayout()) are split at every
/// line, after a short line that ends a sentence, or, in ragged columns,
/// after a line that ends a sentence (not an initial's full stop) or a
/// one-line heading, and before a directory's entry; there a figure
/// wrapped to a line's start ("Yeas" then "19. Nays 0.") is no number. A
/// "* " line next to another bullet line is a bullet, not a footnote. Each
/// of `own_lines` (1-based, as Unit::line: running headers and footers) is
/// a unit of its own.
std::vector<Unit> SplitUnits(std::string_view text, const std::set<int>& own_lines = {});

/// How a text marks where its paragraphs end, when not by blank lines.
struct LineLayout {
  bool line_per_paragraph = false;  // each line is a paragraph
  bool unwrapped = false;           // lines are not wrapped (blank lines between some blocks, but
                                    // paragraphs one per line): a line ending in . ! ? ends one
  bool labelled_lines = false;      // many lines open with a label ("Ralph: …", speaker turns of
                                    // minutes typed live): each such line starts a paragraph
  size_t short_line = 0;        // > 0: wrapped lines; a line shorter than this (bytes) that ends a sentence ends one
  bool ragged_columns = false;  // wrapped to ragged widths (columns of a PDF): a line ending in . ! ? ends one
  size_t short_line_in_blocks = 0;  // > 0: blank lines between most paragraphs; inside a block a line shorter
                                    // than this that ends in . ! ? before a capital ends one
};

/// Reads the layout of `text`: at least 8 lines, hardly any blank or numbered
/// ones; one paragraph per line if at least 70 % end a sentence, else
/// wrapped, with short_line at 4/5 of the width 90 % of lines stay within.
/// Ragged lines (most well short of that width) are one paragraph each,
/// unless at least 15 % start in lower case under another line: then they
/// are ragged columns, a sentence running on from line to line.
/// The usual layout (blank lines, numbered paragraphs) gives {}.
LineLayout ReadLineLayout(std::string_view text);

/// A "* " line next to another bullet line, or anywhere in a Markdown text
/// (one with a "#" heading or two star bullets in a row), is a bullet
/// (kItem), not a footnote: Markdown lists against a star footnote.
void MarkStarBullets(std::vector<Unit>* units);

/// "1 Text" (a number, a space, a capital: no full stop) is a paragraph
/// number when at least five such units follow each other in sequence
/// (restarting at 1 for a new part) and most such units do.
void ReadBareNumbers(std::vector<Unit>* units);

/// End notes of a text that prints its footnote markers on lines of their
/// own: after the last unit citing one, numbered units ("3. Attended
/// Tuesday's session only.") whose number is one of `markers` are footnotes,
/// and the short line each is followed by ("Return to text") is part of it.
void ReadEndNotes(const std::set<int>& markers, size_t last_marked, std::vector<Unit>* units);

/// Lower-case ASCII letters and digits of `text`, single-spaced, with
/// apostrophe and accent variants ignored: the key under which repeated
/// running headers and title lines are compared.
std::string LooseKey(std::string_view text);

/// "Présents : Daniel Jugy, …", "Public : 7 personnes.": one to four words,
/// the first capitalised, a colon and text. A run of such lines (an
/// attendance block) is one paragraph a line.
bool OpensWithLabel(std::string_view line);

/// A labelled line whose value is a figure, a date, a person's name or a
/// list of names ("Présents : 15", "Convocation : 15 mars 2011", "Secrétaire
/// de séance : Philippe POULEAU", "Remote: Yves, Ralph"): a field of the
/// record, never a heading. Not an
/// agenda item's label ("Item 4: Budget 2021": the figure is the label's).
bool IsFieldLine(std::string_view line);
enum class FieldLine {
  kNone,
  kWhole,  // a figure, a date, a name: the line is the whole field
  kNames,  // a list of names, which may wrap to the next line
};
FieldLine ReadFieldLine(std::string_view line);

/// "Whereas, …", "Be it ordained …", "Resolved, …", "Section 1. That …",
/// "Yeas: …", "Considérant que …", "Vu le …", "Considerando que …",
/// "Artículo 2.– …": a line that opens a clause of a legal instrument or the
/// record of a vote, and so a paragraph, even with no blank line before it.
bool OpensClause(std::string_view line);

/// True if a line starting with a capital cannot continue `line`: it ends
/// in a word, not a comma, hyphen or function word ("… of the" then
/// "Revolving Credit Agreement" runs on).
bool EndsLine(std::string_view line);

/// "Water – Julius Ciaccia, Jr., Commissioner", "DEPT. OF LAW – Robert J.
/// Triozzi, Director": a directory's entry, a label of at most six words
/// before a dash.
bool OpensEntry(std::string_view line);

/// "… Pastor Stephen M.": the line ends with a name's initial, not a sentence.
bool EndsWithInitial(std::string_view line);

/// True if `line` starts with a capital letter (ASCII or Latin-1 range).
bool StartsCapital(std::string_view line);

/// `text` with its ASCII letters in lower case (other bytes as they are).
std::string AsciiLower(std::string_view text);

/// True if the text ends a sentence (. ! ? : ; possibly before a closing quote or bracket).
bool EndsSentence(std::string_view text);

/// True if the first letter of `text` is lower case (ASCII or Latin-1 range).
bool StartsLowercase(std::string_view text);

/// Number of space-separated words.
size_t WordCount(std::string_view text);

/// Removes footnote markers (superscript digits) glued to a word; returns
/// the markers found, in order, as ASCII digits ("1", "12").
std::vector<std::string> StripFootnoteMarkers(std::string* text);

/// Superscript digits "¹²" -> "12"; other text unchanged.
std::string SuperscriptToDigits(std::string_view marker);

/// Trims ASCII and Unicode no-break white space at both ends.
std::string_view Trim(std::string_view text);

/// `text` without the emphasis marks that close it: "**Mr President,**"
/// ends with its comma, "**Present:**" with its colon.
std::string_view WithoutClosingEmphasis(std::string_view text);

}  // namespace quorum
