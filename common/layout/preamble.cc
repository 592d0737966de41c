// SPDX-License-Identifier: MIT
// The title block: the lines before the first paragraph that name the body,
// the meeting, the date and the document. What no field holds is kept.
#include <algorithm>
#include <cctype>
#include <set>

#include "common/layout/agenda.h"
#include "common/layout/note_footnotes.h"
#include "common/layout/note_header.h"
#include "common/layout/structure_reader.h"
#include "common/text/date.h"
#include "common/text/tokeniser.h"

namespace quorum::layout {
namespace {

// "Present: A, B, C", "Attendance: Eric Huss, Jack Huey": a label of at
// most three words, a colon, and at least three words after it. Who
// attended is content, not title.
bool IsLabelledList(std::string_view text) {
  const size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  return WordCount(text.substr(0, colon)) <= 3 && WordCount(text.substr(colon + 1)) >= 3;
}

// Prose, not a title line: long, or a sentence of more than a few words.
bool IsPreambleProse(std::string_view text) {
  return WordCount(text) > kPreambleProseWords || (EndsSentence(text) && WordCount(text) > kPreambleSentenceWords);
}

}  // namespace

// Index of the first unit of the body: the first numbered paragraph, or,
// in a note that numbers none, the first sentence or long unit (at most 8 units in).

// A marked heading after the first unit, or a bullet, also ends the title
// block: a title block has neither ("## Present", "* Jane Doe").
size_t BodyStart(const std::vector<Unit>& units) {
  size_t marked = units.size();  // the first marked heading after the first unit, or bullet
  for (size_t i = 0; i < units.size() && marked == units.size(); ++i)
    if ((i > 0 && units[i].kind == UnitKind::kHeading) || (units[i].kind == UnitKind::kItem && units[i].label.empty()))
      marked = i;
  // A numbered unit far into a note (a motion's "(1)" in a debate) does not
  // make all before it the title block: after three units of prose, the
  // body has begun at the first of them.
  size_t prose = 0, first_prose = units.size();
  for (size_t i = 0; i < units.size(); ++i) {
    if (units[i].kind == UnitKind::kNumbered && units[i].sub_number == 0)
      return std::min(prose >= kMaxPreambleProse ? first_prose : i, marked);
    if (units[i].kind == UnitKind::kText && IsPreambleProse(units[i].text) && ++prose == 1) first_prose = i;
  }
  for (size_t i = 0; i < units.size() && i < kTitleBlockUnits; ++i)
    if (WordCount(units[i].text) > kMaxHeadingWords || EndsSentence(units[i].text) ||
        (i > 0 && units[i].kind == UnitKind::kHeading) || (units[i].kind == UnitKind::kItem && units[i].label.empty()))
      return i;
  return std::min<size_t>(units.size(), kTitleBlockUnits);
}

void StructureReader::ReadPreamble(const std::vector<Unit>& units, size_t end, std::string_view text) {
  std::vector<const Unit*> title_units;
  bool after_label = false;  // the unit before was a labelled line kept as content
  for (size_t i = 0; i < end; ++i) {
    const Unit& unit = units[i];
    if (unit.kind == UnitKind::kFootnote) {
      note_->footnotes.push_back(unit.text);
      continue;
    }
    if (unit.kind == UnitKind::kPageNumber) {
      LeaveOut(unit, LeftOut::kPageNumber);
      continue;
    }
    if (IsContentsLine(unit.text)) {
      LeaveOut(unit, LeftOut::kContentsLine);  // its entries are the headings below
      continue;
    }
    if (!document_item_) document_item_ = FindDocumentAgendaItem(unit.text);
    // "Armenia * Previously issued under …": a title line and its footnote run together.
    std::string head;
    if (std::optional<std::string> footnote = SplitStarFootnote(unit.text, &head)) {
      note_->footnotes.push_back(*footnote);
      if (head.empty()) continue;
      split_units_.push_back(unit);
      split_units_.back().text = head;
      AddTitleUnit(&split_units_.back(), &title_units);
      continue;
    }
    // A mixed-case heading right before the first paragraph ("Introduction")
    // opens the body; it is not part of the title.
    if (i + 1 == end && LooksLikeHeading(unit) && !IsAgendaBlockHeading(unit.text) && !title_units.empty() &&
        LooseKey(unit.text) != LooseKey(title_units.back()->text) && !FindDate(unit.text) &&
        WordCount(unit.text) <= 6 && FindSymbol(unit.text) != unit.text) {
      Consume(unit);
      continue;
    }
    if (IsAgendaBlockHeading(unit.text) || in_agenda_block_) {
      Consume(unit);
      continue;
    }
    // A labelled line after another ("Public : 7 personnes.") is content too.
    const bool labelled = IsLabelledList(unit.text) || (after_label && OpensWithLabel(unit.text));
    if (IsPreambleProse(unit.text) || labelled) {
      after_label = labelled || OpensWithLabel(unit.text);
      Consume(unit);  // prose before paragraph 1 ("Present: …") is kept, unnumbered
      continue;
    }
    after_label = false;
    // "HELD ON 28 AUGUST 2017" then the title again on one line.
    if (debris_keys_.count(LooseKey(unit.text))) {
      LeaveOut(unit, LeftOut::kRepeatedTitle);
      continue;
    }
    AddTitleUnit(&unit, &title_units);
  }
  ReadTitleBlock(title_units, text.substr(0, kSampleBytes), note_);
  KeepUnheldTitleLines(title_units);
}

// A running header repeats the title block on one line, and so may the
// title block itself: the keys of the new line and of each run of up to four
// consecutive title lines ending with it are kept, so that either is known.
void StructureReader::AddTitleUnit(const Unit* unit, std::vector<const Unit*>* title_units) {
  title_units->push_back(unit);
  // A line that opens a clause ("Mr. President,", "Excellencies,") is said
  // again through a speech; it is no title a running header repeats.
  if (const std::string_view text = WithoutClosingEmphasis(Trim(unit->text)); !text.empty() && text.back() == ',')
    return;
  std::string joined;
  for (size_t k = title_units->size(); k-- > 0 && title_units->size() - k <= kTitleRunLines;) {
    joined = joined.empty() ? (*title_units)[k]->text : (*title_units)[k]->text + " " + joined;
    debris_keys_.insert(LooseKey(joined));
  }
}

// Title lines whose words the fields read from them do not all hold
// ("Observers: TC", "Geneva, 6 November 2018", "34° Sesión Ordinaria") are
// kept as the note's front matter, searchable with the note. A date is held
// by note.date, so its own words do not count.
void StructureReader::KeepUnheldTitleLines(const std::vector<const Unit*>& title_units) {
  std::set<std::string> held;
  for (const std::string* field : {&note_->title, &note_->body, &note_->type, &note_->symbol})
    for (std::string& word : Words(*field)) held.insert(std::move(word));
  for (const Unit* unit : title_units) {
    std::string text = unit->text;
    if (const std::optional<DateMatch> date = FindDate(text)) text.erase(date->start, date->end - date->start);
    const std::vector<std::string> words = Words(text);
    const bool unheld = std::any_of(words.begin(), words.end(), [&held](const std::string& word) {
      return word.size() >= 4 && !held.count(word) &&
             std::any_of(word.begin(), word.end(), [](char c) { return !std::isdigit(static_cast<unsigned char>(c)); });
    });
    if (unheld) note_->front_matter.push_back(unit->text);
  }
}

}  // namespace quorum::layout
