// SPDX-License-Identifier: MIT
// The parser's second stage: units (note_lines.h) in reading order become
// paragraphs. Printed numbering is the backbone: a number that continues
// the sequence opens a paragraph, one that restarts it opens a listed item
// of the current paragraph (UN recommendation lists "1. … 85." inside ¶67).
#include "common/layout/note_parser.h"

#include <algorithm>
#include <cctype>

#include "common/layout/agenda.h"
#include "common/layout/body_name.h"
#include "common/layout/furniture.h"
#include "common/layout/note_footnotes.h"
#include "common/layout/note_header.h"
#include "common/layout/speaker.h"
#include "common/layout/structure_reader.h"
#include "common/text/date.h"
#include "common/text/language.h"

namespace quorum {
namespace layout {
namespace {

// A paragraph that a bullet continues: it ends with a colon, or already lists.
bool IntroducesList(const Paragraph& paragraph) {
  if (!paragraph.items.empty()) return true;
  std::string_view text = Trim(paragraph.text);
  while (!text.empty() && (text.back() == '*' || text.back() == '_')) text.remove_suffix(1);  // "**Present:**"
  return !text.empty() && text.back() == ':';
}

// "Ralph: though I'm not entitled …": one word naming the speaker, a colon
// and at least three words; not "Item 4: Harbour works" (two words before).
bool IsSpeakerTurn(std::string_view text) {
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
  if (text.size() < 4 || !((text.front() == '[' && text.back() == ']') || (text.front() == '(' && text.back() == ')')))
    return false;
  const char last = text[text.size() - 2];
  return (last == '.' || last == '!' || last == '?') &&
         std::any_of(text.begin(), text.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
}

}  // namespace

// A heading line is short and does not end like a sentence; a quotation
// ("> Maintain the quality…") is not one, nor a note of what happened in
// the room ("[Applause.]", "(Aplausos.)"), nor a line that leads on with a
// dash to what follows it ("That the House -", then the motion's "(1) …").
bool LooksLikeHeading(const Unit& unit) {
  if (unit.kind == UnitKind::kHeading) return true;
  if (unit.kind != UnitKind::kText || unit.line_count > 2) return false;
  const std::string_view text = unit.text;
  if (text.front() == '>') return false;
  if (IsBracketedNote(text)) return false;
  if (text.ends_with(" -") || text.ends_with(" \u2013") || text.ends_with(" \u2014")) return false;
  if (IsSpeakerTurn(text) || IsFieldLine(text)) return false;
  if (IsInstrumentDesignation(text)) return true;  // "Ord. No. 352-98.": its full stop ends no sentence
  if (WordCount(text) > kMaxHeadingWords || text.size() > kMaxHeadingBytes || StartsLowercase(text)) return false;
  // Emphasis marks aside: "**Mr President,**" is an address, not a heading.
  const size_t end = text.find_last_not_of("*_");
  const char last = end == std::string_view::npos ? text.back() : text[end];
  return last != '.' && last != ';' && last != ',' && last != ':';
}

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

// A numbered unit shaped like a heading ("4. Financial matters").
bool IsNumberedHeading(const Unit& unit) {
  return unit.kind == UnitKind::kNumbered && unit.line_count <= 2 && LooksLikeHeading(TextOnly(unit));
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

}  // namespace

void StructureReader::Run(const std::vector<Unit>& units, std::string_view text) {
  running_lines_ = FindRunningLines(units);
  size_t bracketed = 0;  // paragraphs numbered "(1)" or "1)"
  for (const Unit& unit : units)
    bracketed += unit.kind == UnitKind::kNumbered && !unit.marker.empty() &&
                 (unit.marker.front() == '(' || unit.marker.back() == ')');
  bracket_numbering_ = bracketed >= 2;
  numbered_headings_ = NumbersHeadings(units);
  outline_heads_ = FindOutlineHeads(units);
  list_lines_ = FindShortLineRuns(units);
  const size_t body_start = BodyStart(units);
  ReadPreamble(units, body_start, text);
  for (size_t i = body_start; i < units.size(); ++i) Consume(units[i]);
  if (note_->agenda.empty() && !note_->paragraphs.empty()) {
    for (size_t i = 0; i < note_->paragraphs.size() && i < 3 && note_->agenda.empty(); ++i)
      note_->agenda = FindInlineAgenda(note_->paragraphs[i].text);
  }
  KeepTrailingHeadings();
  AssignAgenda();
  ReportLeftOut();
}

void StructureReader::Consume(const Unit& unit) {
  if (in_agenda_block_) {
    // "Agenda" then "(a) Adoption of the agenda" / "1. Budget" lines.
    const bool item_like = (unit.kind == UnitKind::kItem || unit.kind == UnitKind::kNumbered) &&
                           WordCount(unit.text) <= 20 && !unit.label.empty();
    if (item_like && !(unit.kind == UnitKind::kNumbered && unit.number == 1 && agenda_block_items_ > 0)) {
      std::string title = unit.text;
      while (!title.empty() && (title.back() == '.' || title.back() == ';')) title.pop_back();
      note_->agenda.push_back({unit.label, title});
      ++agenda_block_items_;
      return;
    }
    in_agenda_block_ = false;
  }
  switch (unit.kind) {
    case UnitKind::kNumbered:
      ConsumeNumbered(unit);
      return;
    case UnitKind::kHeading:
      if (IsAgendaBlockHeading(unit.text)) in_agenda_block_ = true;
      outline_.clear();  // a marked heading closes every outline under the one before
      AddHeading(unit);
      return;
    case UnitKind::kItem: {
      if (outline_heads_.count(unit.line)) {
        AddOutlineHeading(unit);
        return;
      }
      // A labelled item, or a bullet after a lead-in ("The council shall
      // work to:") or mid-sentence, lists within the paragraph; a bullet
      // after a finished paragraph, or beside the bullet that opened the
      // current one, is a paragraph of its own.
      const Paragraph* current = Current();
      const bool sibling = unit.label.empty() && bullet_indent_ == unit.indent;
      if (current && (!unit.label.empty() || IntroducesList(*current) || (!sibling && !EndsSentence(current->text)))) {
        AddItem(unit, unit.label);
      } else {
        OpenParagraph(unit, std::nullopt);
        note_->paragraphs.back().text = (unit.label.empty() ? "" : "(" + unit.label + ") ") + unit.text;
        if (unit.label.empty()) bullet_indent_ = unit.indent;
      }
      return;
    }
    case UnitKind::kFootnote:
      AddFootnote(unit);
      return;
    case UnitKind::kPageNumber:
      LeaveOut(unit, LeftOut::kPageNumber);  // the paragraph it interrupts goes on after it
      return;
    case UnitKind::kText:
      if (const std::string key = LooseKey(unit.text); key.empty()) {
        return;  // "---", "* * *": rules and ornaments, no word to lose
      } else if (running_lines_.count(unit.line) && ShapeOfLine(unit.text).key == "#") {
        LeaveOut(unit, LeftOut::kPageNumber);  // "19", "20", … over or under each page
        return;
      } else if ((debris_keys_.count(key) && !ReadsAsProse(unit.text)) || running_lines_.count(unit.line)) {
        LeaveOut(unit, LeftOut::kRunningLine);  // a title line repeated, or a running line
        return;
      }
      if (IsAgendaBlockHeading(unit.text)) {
        in_agenda_block_ = true;
        open_ = false;
        return;
      }
      if (list_lines_.count(unit.line)) {
        OpenParagraph(unit, std::nullopt);  // one line of a list ("Jerome H. Powell, Chair")
        open_ = false;
        return;
      }
      if (outline_heads_.count(unit.line)) {
        AddOutlineHeading(unit);
        return;
      }
      AddText(unit);
      return;
  }
}

void StructureReader::ConsumeNumbered(const Unit& unit) {
  // Minutes that number paragraphs "(1)" may number their item headings
  // "4. Financial matters": a short line that ends no sentence.
  // So may minutes whose paragraphs carry no number at all ("1. ÉLUS –
  // Décision du maire", "1.1 RÉSEAUX – EAU", then prose).
  const bool bracketed_heading = bracket_numbering_ && unit.marker.back() == '.' && unit.sub_number == 0 &&
                                 unit.line_count == 1 && WordCount(unit.text) <= 10;
  if ((bracketed_heading || numbered_headings_) && IsNumberedHeading(unit)) {
    Unit heading = unit;
    heading.text = unit.marker + " " + unit.text;
    AddHeading(heading, unit.label, unit.text);
    return;
  }
  Paragraph* last = note_->paragraphs.empty() ? nullptr : &note_->paragraphs.back();
  const bool main_number = unit.sub_number == 0;
  const bool next = main_number && unit.number == last_number_ + 1;
  const bool jump = main_number && unit.number > last_number_ + 1 && unit.number <= last_number_ + 5;
  // A list survives a heading inside it (UN reports group recommendations).
  // Extraction sometimes glues two list items into one ("…(Mexico); 73 Take…"),
  // so a list may skip a number or two.
  const bool list_next =
      last && main_number && list_last_ > 0 && unit.number > list_last_ && unit.number <= list_last_ + 3;
  const bool bis = main_number && unit.label != std::to_string(unit.number);  // "12 bis"
  const bool list_style =
      last && !last->items.empty() && !last->items.back().text.empty() && last->items.back().text.back() == ';';
  const Paragraph* current = Current();
  const bool mid_sentence =
      current && !EndsSentence(current->items.empty() ? current->text : current->items.back().text);
  Paragraph* numbered = LastNumbered();
  if (unit.sub_number > 0 && numbered && numbered->number == std::to_string(unit.number)) {
    numbered->items.push_back({unit.label, unit.text});  // "110.2." inside ¶110
    open_ = numbered == last;
  } else if (bis || (next && !(list_next && list_style))) {
    OpenParagraph(unit, unit.label);
    last_number_ = std::max(last_number_, unit.number);
  } else if (list_next || (last && main_number && unit.number == 1)) {
    AddItem(unit, unit.label);
    list_last_ = unit.number;
  } else if (mid_sentence) {
    // "3.6 per cent of households…" after a page break: text, not a number.
    Unit text = unit;
    text.kind = UnitKind::kText;
    text.text = unit.marker + " " + unit.text;  // as printed: "2012. The delegation…"
    AddText(text);
  } else {
    Warn(unit.line, jump ? "paragraph numbering jumps from " + std::to_string(last_number_) + " to " + unit.label
                         : "paragraph number " + unit.label + " out of sequence after " + std::to_string(last_number_) +
                               "; kept as printed");
    OpenParagraph(unit, unit.label);
    if (unit.number > last_number_) last_number_ = unit.number;
  }
}

void StructureReader::OpenParagraph(const Unit& unit, std::optional<std::string> number) {
  bullet_indent_ = -1;
  Paragraph paragraph;
  paragraph.number = std::move(number);
  paragraph.reference = unit.reference;
  paragraph.text = unit.text;
  paragraph.line = unit.line;
  paragraph.page = unit.page;
  note_->paragraphs.push_back(std::move(paragraph));
  open_ = true;
  list_last_ = 0;
}

void StructureReader::AddItem(const Unit& unit, std::string label) {
  note_->paragraphs.back().items.push_back({std::move(label), unit.text});
  open_ = true;
}

void StructureReader::AddFootnote(const Unit& unit) {
  if (AttachFootnote(unit.label, unit.text, note_)) return;
  Warn(unit.line, "footnote " + unit.label + " is cited by no paragraph; attached to the one before it");
  note_->paragraphs.back().footnotes.push_back(unit.text);
}

void StructureReader::AddText(const Unit& unit) {
  // An annex opens, perhaps with its first paragraph run into the heading
  // ("Annex Composition of the delegation The delegation of X was …").
  if (const size_t length = AnnexHeadingLength(unit.text)) {
    Unit heading = unit;
    heading.text = std::string(Trim(std::string_view(unit.text).substr(0, length)));
    AddHeading(heading);
    if (length < unit.text.size()) {
      Unit rest = unit;
      rest.text = std::string(Trim(std::string_view(unit.text).substr(length)));
      OpenParagraph(rest, std::nullopt);
    }
    return;
  }
  Paragraph* current = Current();
  // A page break splits a paragraph mid-sentence: the rest continues it.
  // Not a line of a text that puts a paragraph on each line ("Le Conseil
  // municipal," then "Vu le Code …"), nor a speaker's turn, nor a clause
  // ("…; and" then "Whereas, …").
  const bool own_line = unit.whole_line || unit.opens_clause || unit.after_short_line || IsSpeakerTurn(unit.text);
  if (current && (StartsLowercase(unit.text) ||
                  (!own_line && !EndsSentence(current->items.empty() ? current->text : current->items.back().text)))) {
    std::string& target = current->items.empty() ? current->text : current->items.back().text;
    target += " " + unit.text;
    return;
  }
  if (!unit.opens_clause && LooksLikeHeading(unit)) {
    AddHeading(unit);
    return;
  }
  if (AttachUnmarkedFootnote(unit.text, &note_->paragraphs)) return;
  // Between numbered paragraphs, prose without a number is the rest of the
  // one before it, run on after a page break or a quoted statement
  // ("Armenia offered the following comment:").
  // A speaker's turn ("Mr D H M GIBSON: Chairperson, …") or a note of the
  // room ("[Applause.]") is no run-on: it opens a paragraph of its own.
  if (current && current->number && last_number_ >= 2 && !unit.opens_clause && !unit.after_short_line &&
      !IsSpeakerTurn(unit.text) && !IsBracketedNote(unit.text)) {
    std::string& target = current->items.empty() ? current->text : current->items.back().text;
    target += " " + unit.text;
    return;
  }
  OpenParagraph(unit, std::nullopt);
  // "Secrétaire de séance : X" and "[Applause.]" are whole; what follows is not their rest.
  if (ReadFieldLine(unit.text) == FieldLine::kWhole || IsBracketedNote(unit.text)) open_ = false;
}

}  // namespace layout

Note ReadStructure(std::string_view text, const ParseOptions& options) {
  Note note;
  note.format = "text";
  note.language = options.language.empty() ? DetectLanguage(text.substr(0, layout::kSampleBytes)) : options.language;
  const std::vector<Unit> units = SplitUnits(text, RunningLinesOfPages(text));
  layout::StructureReader parser(&note);
  parser.Run(units, text);
  if (note.date.empty()) {
    for (size_t i = 0; i < note.paragraphs.size() && i < 3 && note.date.empty(); ++i)
      note.date = FindMeetingDate(note.paragraphs[i].text);
  }
  if (note.date.empty()) note.date = FindCallToOrderDate(text);
  if (note.date.empty() && !units.empty()) {
    for (size_t i = 0; i < units.size() && i < 6 && note.date.empty(); ++i)
      if (auto date = FindDate(units[i].text)) note.date = date->iso;
  }
  if (note.date.empty()) note.diagnostics.push_back({Severity::kWarning, 0, "no meeting date found"});
  for (Paragraph& paragraph : note.paragraphs) paragraph.speaker = FindSpeaker(paragraph.text);
  if (std::string enacting = FindEnactingBody(text, note.body); !enacting.empty()) {
    // The title-block line it replaces stays searchable, as front matter.
    if (!note.body.empty()) note.front_matter.push_back(note.body);
    note.body = std::move(enacting);
  }
  if (note.body.empty() && !note.paragraphs.empty()) note.body = FindBodyInText(note.paragraphs.front().text);
  if (note.paragraphs.empty()) {
    note.diagnostics.push_back({Severity::kWarning, 0, "no paragraphs found"});
  } else if (std::none_of(note.paragraphs.begin(), note.paragraphs.end(),
                          [](const Paragraph& p) { return p.number.has_value(); })) {
    note.diagnostics.push_back({Severity::kWarning, 0, "no numbered paragraphs; indexed as unnumbered text"});
  }
  return note;
}

}  // namespace quorum
