// SPDX-License-Identifier: MIT
// The parser's second stage: units (note_lines.h) in reading order become
// paragraphs. Printed numbering is the backbone: a number that continues
// the sequence opens a paragraph, one that restarts it opens a listed item
// of the current paragraph (UN recommendation lists "1. … 85." inside ¶67).
#include "common/layout/note_parser.h"

#include <algorithm>
#include <cctype>
#include <set>

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
  const std::string_view text = WithoutClosingEmphasis(Trim(paragraph.text));  // "**Present:**"
  return !text.empty() && text.back() == ':';
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
  // A note that marks its headings ("## Registries") marks them: a short
  // plain line in it is a line of the minutes, not a heading, unless a
  // list follows it ("Technical Discussions on JIT", then "- Concerns …").
  constexpr size_t kMinMarkedHeadings = 3;
  marked_headings_ = std::count_if(units.begin(), units.end(), [](const Unit& u) {
                       return u.kind == UnitKind::kHeading;
                     }) >= static_cast<long>(kMinMarkedHeadings);
  for (size_t i = 0; i + 1 < units.size(); ++i)
    if (units[i].kind == UnitKind::kText && units[i + 1].kind == UnitKind::kItem) list_heads_.insert(units[i].line);
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
  if (!unit.opens_clause && LooksLikeHeading(unit) &&
      (unit.kind == UnitKind::kHeading || !marked_headings_ || list_heads_.count(unit.line))) {
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

namespace {

// Who speaks in each paragraph. A summary record names the speaker in each
// ("The CHAIRMAN said …"). A verbatim record labels a turn ("Mr S N SWART:
// Madam Speaker, …") that runs on over the paragraphs after it, up to the
// next label of any kind ("Rufián Romero, Gabriel:") or heading; a note of
// the room inside it ("[Interjections.]") is no one's.
void AssignSpeakers(std::vector<Paragraph>* paragraphs) {
  // Names printed surnames first label turns where the note prints several
  // ("Rufián Romero, Gabriel:", "Vidal Sáez, Aina:", …); once, "Mara, Jack:"
  // names two people speaking.
  constexpr size_t kMinInvertedNames = 3;
  std::vector<std::string> inverted_labels;
  inverted_labels.reserve(paragraphs->size());
  for (const Paragraph& paragraph : *paragraphs) inverted_labels.push_back(InvertedNameLabel(paragraph.text));
  std::set<std::string> distinct(inverted_labels.begin(), inverted_labels.end());
  distinct.erase("");
  const bool names_inverted = distinct.size() >= kMinInvertedNames;
  const Paragraph* turn = nullptr;
  for (size_t p = 0; p < paragraphs->size(); ++p) {
    Paragraph& paragraph = (*paragraphs)[p];
    paragraph.speaker = FindSpeaker(paragraph.text);
    std::string label = TurnLabel(paragraph.text);
    if (label.empty() && names_inverted) label = std::move(inverted_labels[p]);
    if (!paragraph.speaker.empty()) {
      turn = nullptr;
    } else if (!label.empty()) {
      paragraph.speaker = std::move(label);
      turn = &paragraph;
    } else if (turn && turn->section == paragraph.section && !paragraph.number && !OpensWithLabel(paragraph.text)) {
      if (!layout::IsBracketedNote(paragraph.text)) paragraph.speaker = turn->speaker;
    } else {
      turn = nullptr;
    }
  }
}

}  // namespace

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
  AssignSpeakers(&note.paragraphs);
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
