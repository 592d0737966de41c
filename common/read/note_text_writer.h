// SPDX-License-Identifier: MIT
// The note text the layout parser reads (common/text/note_lines.h), written
// from a structured document (HTML, Markdown, Word, OpenDocument): one block
// per paragraph, heading or table row, blank lines between them; list
// numbering printed as paragraph numbers; footnote markers as superscript
// digits, and each footnote's text right after the block that cites it, as
// a PDF's footnotes are laid out. The readers share it so that one document
// gives the same paragraphs whatever format it came in.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/base/note.h"

namespace quorum {

/// What a structured-document reader returns: note text, or why there is none.
struct ConvertedText {
  bool ok = false;                      // false: nothing usable; see diagnostics
  std::string text;                     // UTF-8 note text
  std::string encoding = "UTF-8";       // charset the bytes were read as
  std::vector<Diagnostic> diagnostics;  // line 0: they concern the whole file
};

/// How a list numbers its items; the printed label of item `n` (1-based).
enum class NumberStyle { kDecimal, kLowerLetter, kUpperLetter, kLowerRoman, kUpperRoman, kBullet };
std::string FormatNumber(int n, NumberStyle style);

/// "¹²" for 12: the footnote marker the parser reads.
std::string SuperscriptNumber(int n);

/// Collapses runs of white space (newlines included) into one space and trims.
std::string CollapseSpaces(std::string_view text);

/// Words in `text` (runs of non-space bytes), for the furniture diagnostics.
size_t CountWords(std::string_view text);

class NoteTextWriter {
 public:
  /// `mark_every_heading`: Markdown's convention, where "# Title" opens the
  /// title block and the parser reads it so (see Heading()).
  explicit NoteTextWriter(bool mark_every_heading = false) : body_started_(mark_every_heading) {}

  /// A heading of `level` 1–6. Headings before any other block are the
  /// title block and are written as plain lines, as a printed note's title
  /// is; later ones are marked "## " so that the parser takes them as
  /// headings whatever their shape.
  void Heading(std::string_view text, int level);

  /// A paragraph, after its printed `marker` ("3.", "(a)", "-") if any.
  /// `text` may hold '\n' for a hard line break; other white space is collapsed.
  /// `depth`: how deep in nested lists it stands (0: not in a sub-list); each
  /// of its lines is indented four spaces a level, as a text note indents a
  /// sub-list, so that the parser reads the outline (a lead item and the
  /// items under it) the same whatever format the note came in.
  void Paragraph(std::string_view text, std::string_view marker = {}, int depth = 0);

  /// The next block follows the previous one on the next line, with no
  /// blank line between: a Markdown source that puts no blank line between
  /// two blocks (a list right under a paragraph, one paragraph a line) keeps
  /// that layout, which the parser reads as it reads the same file as text.
  void JoinNextBlock() { join_next_ = true; }

  /// One table row: its cells' texts joined with " | ".
  void TableRow(const std::vector<std::string>& cells);

  /// Registers a footnote cited in the block being built; returns its
  /// marker ("¹") to append to that block's text. Its text is written after
  /// the block. Markers count from 1 in citation order.
  std::string CiteFootnote(std::string_view footnote_text);

  /// CiteFootnote() once per `key`: a footnote cited twice keeps its marker.
  std::string CiteFootnote(const std::string& key, std::string_view footnote_text);

  /// Furniture left out (navigation, a cookie banner, ...): counted by kind
  /// and reported by Finish() in one Severity::kNote diagnostic.
  void LeaveOut(const std::string& kind, size_t words);

  /// The note text, and the left-out diagnostic if anything was left out.
  ConvertedText Finish();

  size_t blocks() const { return blocks_; }

 private:
  void Block(std::string text);

  std::string text_;
  size_t blocks_ = 0;
  bool body_started_ = false;  // a non-heading block was written
  bool join_next_ = false;     // see JoinNextBlock()
  int footnotes_ = 0;
  std::map<std::string, std::string> cited_;                   // footnote key: its marker
  std::vector<std::string> pending_footnotes_;                 // cited by the block being built
  std::map<std::string, std::pair<size_t, size_t>> left_out_;  // kind: blocks, words
};

}  // namespace quorum
