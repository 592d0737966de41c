// SPDX-License-Identifier: MIT
// What a unit is by its shape, before the parser walks the units: a
// heading, a speaker's turn, a note of the room, a line of a list, the head
// of an outline (structure_reader.h).
#include <algorithm>
#include <cctype>
#include <set>
#include <vector>

#include "common/layout/agenda.h"
#include "common/layout/note_header.h"
#include "common/layout/speaker.h"
#include "common/layout/structure_reader.h"

namespace quorum::layout {
namespace {

// "Release Management:", "LICENSES AND PERMITS:": two to six words, those
// of four letters or more capitalised, and a colon.
bool IsLabelHeading(std::string_view text) {
  if (text.size() < 2 || text.back() != ':') return false;
  const size_t words = WordCount(text);
  if (words < 2 || words > 6) return false;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    size_t letters = 0;
    for (char c : word) letters += std::isalpha(static_cast<unsigned char>(c)) != 0 || (c & 0x80) != 0;
    if (letters >= 4 && !std::isupper(static_cast<unsigned char>(word.front())) &&
        (static_cast<unsigned char>(word.front()) & 0x80) == 0)
      return false;
    start = end + 1;
  }
  return true;
}

// The unit's text as a one-line text unit, to test its shape without its number.
Unit TextOnly(const Unit& unit) {
  Unit text;
  text.text = unit.text;
  text.line = unit.line;
  text.page = unit.page;
  return text;
}

}  // namespace

// A numbered unit shaped like a heading ("4. Financial matters").
bool IsNumberedHeading(const Unit& unit) {
  return unit.kind == UnitKind::kNumbered && unit.line_count <= 2 && LooksLikeHeading(TextOnly(unit));
}

// "Ralph: though I'm not entitled …": one word naming the speaker, a colon
// and at least three words; not "Item 4: Harbour works" (two words before).
// Or a verbatim record's turn, its speaker named by title or office ("Mrs
// S M CAMERER: Madam Speaker.", "The SPEAKER: Order!", speaker.h).
bool IsSpeakerTurn(std::string_view text) {
  if (!TurnLabel(text).empty()) return true;
  const size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || !OpensWithLabel(text)) return false;
  const std::string_view name = text.substr(0, colon);
  return WordCount(name) == 1 &&
         std::none_of(name.begin(), name.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
         WordCount(text.substr(colon + 1)) >= 3;
}

// A sentence in brackets, the whole line: a note of what happened in the
// room ("[Applause.]", "(Aplausos.)", "[Time expired.]"). Not a bracketed
// heading note ("(As reaffirmed effective January 26, 2021)", "[English/
// French only]") nor a table's figures ("(22,262) (22,262)").
bool IsBracketedNote(std::string_view text) {
  // A scribe's note in angle brackets ("<Tabled>", "<Action for Peter to
  // mail David>"): a capital after the bracket, so no markup tag.
  if (text.size() >= 4 && text.front() == '<' && text.back() == '>' &&
      std::isupper(static_cast<unsigned char>(text[1])))
    return true;
  if (text.size() < 4 || !((text.front() == '[' && text.back() == ']') || (text.front() == '(' && text.back() == ')')))
    return false;
  const char last = text[text.size() - 2];
  return (last == '.' || last == '!' || last == '?') &&
         std::any_of(text.begin(), text.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
}

// A heading line is short and does not end like a sentence; a quotation
// ("> Maintain the quality…") is not one, nor a note of what happened in
// the room ("[Applause.]", "(Aplausos.)"), nor a line that leads on with a
// dash to what follows it ("That the House -", then the motion's "(1) …").
bool LooksLikeHeading(const Unit& unit) {
  if (unit.kind == UnitKind::kHeading) return true;
  if (unit.kind != UnitKind::kText || unit.line_count > 2) return false;
  const std::string_view text = unit.text;
  if (text.front() == '>') return false;
  // "... I see a lot of structure in JSON": a scribe's line that carries on
  // the turn above it.
  if (text.starts_with("...") || text.starts_with("\u2026")) return false;
  if (IsBracketedNote(text)) return false;
  if (text.ends_with(" -") || text.ends_with(" \u2013") || text.ends_with(" \u2014")) return false;
  if (IsSpeakerTurn(text) || IsFieldLine(text)) return false;
  if (IsInstrumentDesignation(text)) return true;  // "Ord. No. 352-98.": its full stop ends no sentence
  if (WordCount(text) > kMaxHeadingWords || text.size() > kMaxHeadingBytes || StartsLowercase(text)) return false;
  // Emphasis marks aside: "**Mr President,**" is an address, not a heading;
  // and closing brackets: "Carpe diem! [Time expired.]" ends a sentence.
  std::string_view bare = WithoutClosingEmphasis(text);
  while (!bare.empty() && (bare.back() == ')' || bare.back() == ']')) bare.remove_suffix(1);
  const char last = bare.empty() ? text.back() : bare.back();
  return last != '.' && last != ';' && last != ',' && last != ':';
}

// Lines of short units that are lines of a list, not headings: in a run of
// at least three units shaped like headings ("Attendance", "Jerome H.
// Powell, Chair", "John C. Williams, Vice Chair"), all but the first, and
// the first too after a lead-in ending with a colon. Headings do not come
// three in a row with nothing under them.
constexpr size_t kMinShortLineRun = 3;
std::set<int> FindShortLineRuns(const std::vector<Unit>& units) {
  std::set<int> lines;
  const auto shaped = [](const Unit& u) {
    // A field ("Remote: Yves, Ralph") stands in such a run as a line of it.
    return u.kind == UnitKind::kText && (LooksLikeHeading(u) || IsFieldLine(u.text)) && !IsContentsLine(u.text);
  };
  for (size_t i = 0; i < units.size();) {
    size_t end = i;
    while (end < units.size() && shaped(units[end])) ++end;
    // After a lead-in ("… composed of 5 members:") the first line is one of the list too.
    const bool lead_in = i > 0 && !units[i - 1].text.empty() && units[i - 1].text.back() == ':';
    // The last line, over prose and with no comma ("Name, Role" has one)
    // and no label ("Scribe: Andrew"), is the heading that follows the list.
    const bool heading_after = end > i && end < units.size() && units[end].kind == UnitKind::kText &&
                               EndsSentence(units[end].text) && units[end - 1].text.find(',') == std::string::npos &&
                               !OpensWithLabel(units[end - 1].text);
    if (end - i >= kMinShortLineRun)
      for (size_t k = lead_in ? i : i + 1; k < end - (heading_after ? 1 : 0); ++k) lines.insert(units[k].line);
    i = std::max(end, i + 1);
  }
  return lines;
}

// Lines of the units that head an outline: a bullet with deeper bullets
// under it (minutes written as nested lists), and a short label in title
// case ending with a colon with a list under it ("Release Management:").
std::set<int> FindOutlineHeads(const std::vector<Unit>& units) {
  std::set<int> heads;
  const auto bullet = [](const Unit& u) { return u.kind == UnitKind::kItem && u.label.empty(); };
  for (size_t i = 0; i + 1 < units.size(); ++i) {
    const Unit& unit = units[i];
    const Unit& next = units[i + 1];
    if (bullet(unit) && bullet(next) && next.indent > unit.indent) heads.insert(unit.line);
    // "• ENFANCE - Centre de loisirs été 2015" over a paragraph of prose.
    if (bullet(unit) && LooksLikeHeading(TextOnly(unit)) && next.kind == UnitKind::kText &&
        !StartsLowercase(next.text) && !LooksLikeHeading(next) && EndsSentence(next.text) && next.text.back() != ':')
      heads.insert(unit.line);
    if (unit.kind == UnitKind::kText && unit.line_count == 1 && bullet(next) && IsLabelHeading(unit.text))
      heads.insert(unit.line);
  }
  return heads;
}

// True when a note numbers its headings, not its paragraphs: at least two
// numbered units, and half of them, are headings by shape with prose under
// them. Decided once per note, from all its units.
bool NumbersHeadings(const std::vector<Unit>& units) {
  size_t numbered = 0, headings = 0;
  for (size_t i = 0; i < units.size(); ++i) {
    if (units[i].kind != UnitKind::kNumbered) continue;
    ++numbered;
    // A heading by its shape, with prose (not another number) under it.
    headings += IsNumberedHeading(units[i]) && i + 1 < units.size() && units[i + 1].kind == UnitKind::kText &&
                !LooksLikeHeading(units[i + 1]);
  }
  return headings >= 2 && headings * 2 >= numbered;
}

}  // namespace quorum::layout
