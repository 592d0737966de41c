// SPDX-License-Identifier: MIT
// The layout stage's state machine, shared by its three files: units in
// reading order to paragraphs (note_parser.cc), the title block before them
// (preamble.cc), headings to sections and agenda items (sections.cc).
// Internal to common/layout/; the stage's contract is note_parser.h.
#pragma once

#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "common/base/note.h"
#include "common/text/note_lines.h"

namespace quorum::layout {

// The layout stage's thresholds, named as ranking.h names its constants.
constexpr size_t kMaxHeadingWords = 25;  // a heading is shorter: more is a paragraph
constexpr size_t kMaxHeadingBytes = 250;
constexpr size_t kTitleBlockUnits = 8;        // without a numbered paragraph, the title block is at most this long
constexpr size_t kPreambleProseWords = 40;    // a unit this long before the first paragraph is prose, not title
constexpr size_t kPreambleSentenceWords = 8;  // ... and so is a sentence longer than this
constexpr size_t kSampleBytes = 20000;        // the start of a note read for its language and its casing
constexpr size_t kTitleRunLines = 4;          // a running header joins at most this many title lines
constexpr size_t kMaxPreambleProse = 3;       // this much prose before a first number: the body began earlier

/// A heading line by its shape: short, not ending like a sentence, not a
/// quotation; or marked as one ("## Present"). (unit_shapes.cc, with the rest.)
bool LooksLikeHeading(const Unit& unit);

/// A numbered unit shaped like a heading ("4. Financial matters").
bool IsNumberedHeading(const Unit& unit);

/// "Ralph: though I'm not entitled …": a one-word name, a colon, a sentence.
bool IsSpeakerTurn(std::string_view text);

/// "[Applause.]", "(Aplausos.)": a sentence in brackets, the whole line.
bool IsBracketedNote(std::string_view text);

/// Lines of runs of short units that are lines of a list, not headings.
std::set<int> FindShortLineRuns(const std::vector<Unit>& units);

/// Lines of the units that head an outline (a bullet with deeper bullets
/// under it, a label over a list).
std::set<int> FindOutlineHeads(const std::vector<Unit>& units);

/// True when a note numbers its headings rather than its paragraphs.
bool NumbersHeadings(const std::vector<Unit>& units);

/// Index of the first unit after the title block.
size_t BodyStart(const std::vector<Unit>& units);

/// Why the parser leaves a line out of every paragraph; each kind is said
/// once per note in a Severity::kNote diagnostic with its count.
enum class LeftOut { kRunningLine, kContentsLine, kRepeatedTitle, kPageNumber };

class StructureReader {
 public:
  explicit StructureReader(Note* note) : note_(note) {}

  void Run(const std::vector<Unit>& units, std::string_view text);

 private:
  // preamble.cc
  void ReadPreamble(const std::vector<Unit>& units, size_t end, std::string_view text);
  void AddTitleUnit(const Unit* unit, std::vector<const Unit*>* title_units);
  void KeepUnheldTitleLines(const std::vector<const Unit*>& title_units);
  // note_parser.cc
  void Consume(const Unit& unit);
  void ConsumeNumbered(const Unit& unit);
  void OpenParagraph(const Unit& unit, std::optional<std::string> number);
  void AddItem(const Unit& unit, std::string label);
  void AddFootnote(const Unit& unit);
  void AddText(const Unit& unit);
  // sections.cc
  // `label` and `title`: the agenda item a numbered heading ("4. Financial matters") prints.
  void AddHeading(const Unit& unit, const std::string& label = "", const std::string& title = "");
  void AddOutlineHeading(const Unit& unit);
  void KeepTrailingHeadings();
  void AssignAgenda();
  void LeaveOut(const Unit& unit, LeftOut why);
  void ReportLeftOut();

  void Warn(int line, std::string message) {
    note_->diagnostics.push_back({Severity::kWarning, line, std::move(message)});
  }
  // The latest paragraph that carries a printed number, if any.
  Paragraph* LastNumbered() {
    for (auto it = note_->paragraphs.rbegin(); it != note_->paragraphs.rend(); ++it)
      if (it->number) return &*it;
    return nullptr;
  }
  Paragraph* Current() { return open_ && !note_->paragraphs.empty() ? &note_->paragraphs.back() : nullptr; }

  Note* note_;
  bool open_ = false;                  // may the next text continue the last paragraph?
  int last_number_ = 0;                // last paragraph number in the main sequence
  int list_last_ = 0;                  // last number of a numbered list inside a paragraph
  std::set<std::string> debris_keys_;  // title lines, repeated as running headers
  std::set<int> running_lines_;        // lines of running headers and footers (furniture.h)
  // What was left out, by kind: how many lines, and the first one.
  std::map<LeftOut, std::pair<int, std::string>> left_out_;
  // Headings in order, with the index of the first paragraph after each.
  struct Heading {
    std::string text;
    size_t first_paragraph;
    std::string label;  // explicit, from "Item 4: ..."
  };
  std::vector<Heading> headings_;
  std::deque<Unit> split_units_;  // title-block units cut from a footnote (stable addresses)
  std::optional<AgendaItem> document_item_;
  size_t agenda_block_items_ = 0;
  bool bracket_numbering_ = false;  // paragraphs are "(1)"/"1)": "4. Title" is a heading
  bool numbered_headings_ = false;  // numbers head sections of unnumbered prose (NumbersHeadings)
  bool marked_headings_ = false;    // headings are marked ("## …"): plain lines are none
  std::set<int> list_heads_;        // lines of plain text with a list right under them
  std::set<int> outline_heads_;     // lines of bullets with deeper bullets under them, and of labels
                                    // ("Release Management:") over a list: headings (FindOutlineHeads)
  std::vector<std::pair<int, std::string>> outline_;  // open outline headings: indent, text
  std::set<int> list_lines_;                          // short lines of a list, each a paragraph (FindShortLineRuns)
  int bullet_indent_ = -1;  // indent of the bullet that opened the current paragraph; -1: none
  bool in_agenda_block_ = false;
};

}  // namespace quorum::layout
