// SPDX-License-Identifier: MIT
// The parser's second stage: units (note_lines.h) in reading order become
// paragraphs. Printed numbering is the backbone: a number that continues
// the sequence opens a paragraph, one that restarts it opens a listed item
// of the current paragraph (UN recommendation lists "1. … 85." inside ¶67).
#include "common/layout/note_parser.h"

#include <algorithm>
#include <deque>
#include <map>
#include <optional>
#include <set>

#include "common/layout/agenda.h"
#include "common/text/date.h"
#include "common/text/language.h"
#include "common/layout/note_footnotes.h"
#include "common/layout/note_header.h"
#include "common/text/note_lines.h"
#include "common/layout/speaker.h"

namespace quorum {
namespace {

// A heading line is short and does not end like a sentence.
bool LooksLikeHeading(const Unit& unit) {
  if (unit.kind != UnitKind::kText || unit.line_count > 2) return false;
  const std::string_view text = unit.text;
  if (WordCount(text) > 25 || text.size() > 250 || StartsLowercase(text)) return false;
  const char last = text.back();
  return last != '.' && last != ';' && last != ',' && last != ':';
}

// Index of the first unit of the body: the first numbered paragraph, or,
// in a note that numbers none, the first sentence or long unit (at most 8 units in).
size_t BodyStart(const std::vector<Unit>& units) {
  for (size_t i = 0; i < units.size(); ++i)
    if (units[i].kind == UnitKind::kNumbered && units[i].sub_number == 0) return i;
  for (size_t i = 0; i < units.size() && i < 8; ++i)
    if (WordCount(units[i].text) > 25 || EndsSentence(units[i].text)) return i;
  return std::min<size_t>(units.size(), 8);
}

class Parser {
 public:
  explicit Parser(Note* note) : note_(note) {}

  void Run(const std::vector<Unit>& units, std::string_view text);

 private:
  void ReadPreamble(const std::vector<Unit>& units, size_t end, std::string_view text);
  void Consume(const Unit& unit);
  void OpenParagraph(const Unit& unit, std::optional<std::string> number);
  void AddItem(const Unit& unit, std::string label);
  void AddFootnote(const Unit& unit);
  // `label` and `title`: the agenda item a numbered heading ("4. Financial matters") prints.
  void AddHeading(const Unit& unit, const std::string& label = "", const std::string& title = "");
  void AddText(const Unit& unit);
  void AssignAgenda();
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
  std::set<std::string> debris_keys_;  // running headers, title lines
  std::map<std::string, int> key_counts_;
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
  bool in_agenda_block_ = false;
};

void Parser::ReadPreamble(const std::vector<Unit>& units, size_t end, std::string_view text) {
  std::vector<const Unit*> title_units;
  for (size_t i = 0; i < end; ++i) {
    const Unit& unit = units[i];
    if (unit.kind == UnitKind::kFootnote) {
      note_->footnotes.push_back(unit.text);
      continue;
    }
    if (IsContentsLine(unit.text)) continue;
    if (!document_item_) document_item_ = FindDocumentAgendaItem(unit.text);
    // "Armenia * Previously issued under …": a title line and its footnote run together.
    std::string head;
    if (std::optional<std::string> footnote = SplitStarFootnote(unit.text, &head)) {
      note_->footnotes.push_back(*footnote);
      if (head.empty()) continue;
      split_units_.push_back(unit);
      split_units_.back().text = head;
      title_units.push_back(&split_units_.back());
      debris_keys_.insert(LooseKey(head));
      continue;
    }
    // A mixed-case heading right before the first paragraph ("Introduction")
    // opens the body; it is not part of the title.
    if (i + 1 == end && LooksLikeHeading(unit) && !IsAgendaBlockHeading(unit.text) &&
        !title_units.empty() && LooseKey(unit.text) != LooseKey(title_units.back()->text) &&
        !FindDate(unit.text) && WordCount(unit.text) <= 6 && FindSymbol(unit.text) != unit.text) {
      Consume(unit);
      continue;
    }
    if (IsAgendaBlockHeading(unit.text) || in_agenda_block_) {
      Consume(unit);
      continue;
    }
    if (WordCount(unit.text) > 40 || (EndsSentence(unit.text) && WordCount(unit.text) > 8)) {
      Consume(unit);  // prose before paragraph 1 ("Present: …") is kept, unnumbered
      continue;
    }
    title_units.push_back(&unit);
    debris_keys_.insert(LooseKey(unit.text));
  }
  // A running header repeats the title block on one line: remember every
  // run of consecutive title lines joined, so it is recognised later.
  for (size_t i = 0; i < title_units.size(); ++i) {
    std::string joined = title_units[i]->text;
    for (size_t j = i + 1; j < title_units.size() && j < i + 4; ++j) {
      joined += " " + title_units[j]->text;
      debris_keys_.insert(LooseKey(joined));
    }
  }
  ReadTitleBlock(title_units, text.substr(0, 20000), note_);
}

void Parser::Run(const std::vector<Unit>& units, std::string_view text) {
  for (const Unit& unit : units)
    if (unit.kind == UnitKind::kText && unit.text.size() < 200) ++key_counts_[LooseKey(unit.text)];
  size_t bracketed = 0;  // paragraphs numbered "(1)" or "1)"
  for (const Unit& unit : units)
    bracketed += unit.kind == UnitKind::kNumbered && !unit.marker.empty() &&
                 (unit.marker.front() == '(' || unit.marker.back() == ')');
  bracket_numbering_ = bracketed >= 2;
  const size_t body_start = BodyStart(units);
  ReadPreamble(units, body_start, text);
  for (size_t i = body_start; i < units.size(); ++i) Consume(units[i]);
  if (note_->agenda.empty() && !note_->paragraphs.empty()) {
    for (size_t i = 0; i < note_->paragraphs.size() && i < 3 && note_->agenda.empty(); ++i)
      note_->agenda = FindInlineAgenda(note_->paragraphs[i].text);
  }
  AssignAgenda();
}

void Parser::Consume(const Unit& unit) {
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
    case UnitKind::kNumbered: {
      // Minutes that number paragraphs "(1)" may number their item headings
      // "4. Financial matters": a short line that ends no sentence.
      if (bracket_numbering_ && unit.marker.back() == '.' && unit.sub_number == 0 && unit.line_count == 1 &&
          LooksLikeHeading(Unit{UnitKind::kText, unit.text, "", 0, 0, unit.line, unit.page, 1, ""}) &&
          WordCount(unit.text) <= 10) {
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
      const bool list_next = last && main_number && list_last_ > 0 && unit.number > list_last_ &&
                             unit.number <= list_last_ + 3;
      const bool bis = main_number && unit.label != std::to_string(unit.number);  // "12 bis"
      const bool list_style = last && !last->items.empty() && !last->items.back().text.empty() &&
                              last->items.back().text.back() == ';';
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
        Warn(unit.line, jump ? "paragraph numbering jumps from " + std::to_string(last_number_) + " to " +
                                   unit.label
                             : "paragraph number " + unit.label + " out of sequence after " +
                                   std::to_string(last_number_) + "; kept as printed");
        OpenParagraph(unit, unit.label);
        if (unit.number > last_number_) last_number_ = unit.number;
      }
      return;
    }
    case UnitKind::kItem:
      if (Current()) {
        AddItem(unit, unit.label);
      } else {
        OpenParagraph(unit, std::nullopt);
        note_->paragraphs.back().text = (unit.label.empty() ? "" : "(" + unit.label + ") ") + unit.text;
      }
      return;
    case UnitKind::kFootnote:
      AddFootnote(unit);
      return;
    case UnitKind::kText:
      if (debris_keys_.count(LooseKey(unit.text)) || key_counts_[LooseKey(unit.text)] >= 3) return;
      if (IsAgendaBlockHeading(unit.text)) {
        in_agenda_block_ = true;
        open_ = false;
        return;
      }
      AddText(unit);
      return;
  }
}

void Parser::OpenParagraph(const Unit& unit, std::optional<std::string> number) {
  Paragraph paragraph;
  paragraph.number = std::move(number);
  paragraph.text = unit.text;
  paragraph.line = unit.line;
  paragraph.page = unit.page;
  note_->paragraphs.push_back(std::move(paragraph));
  open_ = true;
  list_last_ = 0;
}

void Parser::AddItem(const Unit& unit, std::string label) {
  note_->paragraphs.back().items.push_back({std::move(label), unit.text});
  open_ = true;
}

void Parser::AddFootnote(const Unit& unit) {
  if (AttachFootnote(unit.label, unit.text, note_)) return;
  Warn(unit.line, "footnote " + unit.label + " is cited by no paragraph; attached to the one before it");
  note_->paragraphs.back().footnotes.push_back(unit.text);
}

void Parser::AddHeading(const Unit& unit, const std::string& label, const std::string& title) {
  std::string text = unit.text;
  StripTrailingStars(&text);  // "Conclusions and/or recommendations**": the stars cite a footnote
  // "Annex" then "Composition of the delegation": one section, so that
  // every paragraph of an annex says it is in one.
  if (!headings_.empty() && headings_.back().first_paragraph == note_->paragraphs.size() &&
      AnnexHeadingLength(headings_.back().text) == headings_.back().text.size()) {
    headings_.back().text += " " + text;
    open_ = false;
    return;
  }
  Heading heading{text, note_->paragraphs.size(), ""};
  std::optional<AgendaItem> item = ParseItemHeading(unit.text);
  if (!label.empty()) item = AgendaItem{label, title};
  if (item) {
    heading.label = item->label;
    bool known = false;
    for (const AgendaItem& existing : note_->agenda) known = known || existing.label == item->label;
    if (!known) note_->agenda.push_back(*item);
  }
  headings_.push_back(std::move(heading));
  open_ = false;
}

void Parser::AddText(const Unit& unit) {
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
  if (current && (StartsLowercase(unit.text) || !EndsSentence(current->items.empty() ? current->text
                                                                                      : current->items.back().text))) {
    std::string& target = current->items.empty() ? current->text : current->items.back().text;
    target += " " + unit.text;
    return;
  }
  if (LooksLikeHeading(unit)) {
    AddHeading(unit);
    return;
  }
  if (AttachUnmarkedFootnote(unit.text, &note_->paragraphs)) return;
  // Between numbered paragraphs, prose without a number is the rest of the
  // one before it, run on after a page break or a quoted statement
  // ("Armenia offered the following comment:").
  if (current && current->number && last_number_ >= 2) {
    std::string& target = current->items.empty() ? current->text : current->items.back().text;
    target += " " + unit.text;
    return;
  }
  OpenParagraph(unit, std::nullopt);
}


void Parser::AssignAgenda() {
  std::optional<std::string> label;
  if (document_item_) {
    if (note_->agenda.empty()) note_->agenda.push_back(*document_item_);
    label = document_item_->label;
  }
  std::vector<std::string> heading_labels;
  for (const Heading& heading : headings_)
    heading_labels.push_back(heading.label.empty() ? MatchHeadingToAgenda(heading.text, note_->agenda)
                                                   : heading.label);
  // Items no heading names ("other business") are found by how a paragraph opens.
  std::vector<AgendaItem> unheaded;
  for (const AgendaItem& item : note_->agenda)
    if (std::find(heading_labels.begin(), heading_labels.end(), item.label) == heading_labels.end())
      unheaded.push_back(item);
  size_t next_heading = 0;
  for (size_t i = 0; i < note_->paragraphs.size(); ++i) {
    Paragraph& paragraph = note_->paragraphs[i];
    while (next_heading < headings_.size() && headings_[next_heading].first_paragraph <= i) {
      paragraph.section = headings_[next_heading].text;
      if (!heading_labels[next_heading].empty()) label = heading_labels[next_heading];
      ++next_heading;
    }
    if (paragraph.section.empty() && i > 0) paragraph.section = note_->paragraphs[i - 1].section;
    if (std::string opened = MatchOpeningToAgenda(paragraph.text, unheaded); !opened.empty()) label = opened;
    paragraph.agenda = label;
  }
}

}  // namespace

Note ReadStructure(std::string_view text, const ParseOptions& options) {
  Note note;
  note.format = "text";
  note.language = options.language.empty() ? DetectLanguage(text.substr(0, 20000)) : options.language;
  const std::vector<Unit> units = SplitUnits(text);
  Parser parser(&note);
  parser.Run(units, text);
  if (note.date.empty()) {
    for (size_t i = 0; i < note.paragraphs.size() && i < 3 && note.date.empty(); ++i)
      note.date = FindMeetingDate(note.paragraphs[i].text);
  }
  if (note.date.empty() && !units.empty()) {
    for (size_t i = 0; i < units.size() && i < 6 && note.date.empty(); ++i)
      if (auto date = FindDate(units[i].text)) note.date = date->iso;
  }
  if (note.date.empty()) note.diagnostics.push_back({Severity::kWarning, 0, "no meeting date found"});
  for (Paragraph& paragraph : note.paragraphs) paragraph.speaker = FindSpeaker(paragraph.text);
  if (note.body.empty() && !note.paragraphs.empty())
    note.body = FindBodyInText(note.paragraphs.front().text);
  if (note.paragraphs.empty()) {
    note.diagnostics.push_back({Severity::kWarning, 0, "no paragraphs found"});
  } else if (std::none_of(note.paragraphs.begin(), note.paragraphs.end(),
                          [](const Paragraph& p) { return p.number.has_value(); })) {
    note.diagnostics.push_back({Severity::kWarning, 0, "no numbered paragraphs; indexed as unnumbered text"});
  }
  return note;
}

}  // namespace quorum
