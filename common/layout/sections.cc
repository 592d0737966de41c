// SPDX-License-Identifier: MIT
// Headings to sections and agenda items, and what the parser left out.
#include <algorithm>

#include "common/layout/agenda.h"
#include "common/layout/note_footnotes.h"
#include "common/layout/note_header.h"
#include "common/layout/structure_reader.h"

namespace quorum::layout {

void StructureReader::AddHeading(const Unit& unit, const std::string& label, const std::string& title) {
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

void StructureReader::AssignAgenda() {
  std::optional<std::string> label;
  if (document_item_) {
    if (note_->agenda.empty()) note_->agenda.push_back(*document_item_);
    label = document_item_->label;
  }
  std::vector<std::string> heading_labels;
  for (const Heading& heading : headings_)
    heading_labels.push_back(heading.label.empty() ? MatchHeadingToAgenda(heading.text, note_->agenda) : heading.label);
  // Items no heading names ("other business") are found by how a paragraph opens.
  std::vector<AgendaItem> unheaded;
  for (const AgendaItem& item : note_->agenda)
    if (std::find(heading_labels.begin(), heading_labels.end(), item.label) == heading_labels.end())
      unheaded.push_back(item);
  size_t next_heading = 0;
  for (size_t i = 0; i < note_->paragraphs.size(); ++i) {
    Paragraph& paragraph = note_->paragraphs[i];
    // Headings with no paragraph between them stack ("Minutes" then
    // "Present"): the section names them all, so that none is lost.
    bool stacked = false;
    while (next_heading < headings_.size() && headings_[next_heading].first_paragraph <= i) {
      paragraph.section =
          stacked ? paragraph.section + " — " + headings_[next_heading].text : headings_[next_heading].text;
      stacked = true;
      if (!heading_labels[next_heading].empty()) label = heading_labels[next_heading];
      ++next_heading;
    }
    if (paragraph.section.empty() && i > 0) paragraph.section = note_->paragraphs[i - 1].section;
    if (std::string opened = MatchOpeningToAgenda(paragraph.text, unheaded); !opened.empty()) label = opened;
    paragraph.agenda = label;
  }
}

// An outline heading's section names its parents too ("Announcements — PRs
// open on leadership council"): a bullet under a bullet says little alone.
void StructureReader::AddOutlineHeading(const Unit& unit) {
  while (!outline_.empty() && outline_.back().first >= unit.indent) outline_.pop_back();
  std::string path;
  for (const auto& [indent, text] : outline_) path += text + " \u2014 ";
  std::string own = unit.text;
  while (!own.empty() && own.back() == ':') own.pop_back();
  outline_.emplace_back(unit.indent, own);
  Unit heading = unit;
  heading.text = path + own;
  AddHeading(heading);
}

// Headings after the last paragraph head nothing; what they say is kept as
// paragraphs of their own.
void StructureReader::KeepTrailingHeadings() {
  size_t first = headings_.size();
  while (first > 0 && headings_[first - 1].first_paragraph == note_->paragraphs.size()) --first;
  for (size_t k = first; k < headings_.size(); ++k) {
    Paragraph paragraph;
    paragraph.text = headings_[k].text;
    note_->paragraphs.push_back(std::move(paragraph));
  }
  headings_.resize(first);
}

void StructureReader::LeaveOut(const Unit& unit, LeftOut why) {
  note_->left_out.push_back(unit.text);
  auto& [count, example] = left_out_[why];
  if (count++ == 0) example = unit.text;
}

void StructureReader::ReportLeftOut() {
  for (const auto& [why, seen] : left_out_) {
    const auto& [count, example] = seen;
    const char* what = why == LeftOut::kRunningLine    ? " repeated as running headers or footers"
                       : why == LeftOut::kContentsLine ? " of a table of contents"
                       : why == LeftOut::kPageNumber   ? " giving a page number"
                                                       : " printing the title block again";
    note_->diagnostics.push_back({Severity::kNote, 0,
                                  "left out " + std::to_string(count) + (count == 1 ? " line" : " lines") + what +
                                      ", such as \"" + example + "\""});
  }
}

}  // namespace quorum::layout
