// SPDX-License-Identifier: MIT
// How much of a note's text lands in something searchable: the check behind
// "nothing a note says is silently dropped". Words of four letters or more
// are counted in the source text and in the parts of the note the index
// makes searchable; a word the source prints n times is kept as often as the
// searchable parts print it, up to n.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/base/note.h"

namespace quorum {

struct WordCoverage {
  size_t words = 0;               // words of four letters or more in the source
  size_t kept = 0;                // of those, found in the searchable parts
  size_t said = 0;                // not kept, but in a line left out and said so (Note::left_out)
  std::vector<std::string> lost;  // words neither kept nor said, most often lost first (at most 12)
  double Share() const { return words == 0 ? 1.0 : static_cast<double>(kept) / static_cast<double>(words); }
  /// Share of words kept or said to be left out: what is not silently dropped.
  double Accounted() const { return words == 0 ? 1.0 : static_cast<double>(kept + said) / static_cast<double>(words); }
};

/// Calls `part` with each text of `note` that quorum-index makes searchable
/// (indexer/document_builder.cc): the title, body and symbol; the front
/// matter, agenda item titles and title-block footnotes; each paragraph's
/// section, text, items and footnotes.
template <typename Fn>
void ForEachSearchablePart(const Note& note, Fn&& part) {
  part(note.title);
  part(note.body);
  part(note.symbol);
  for (const AgendaItem& item : note.agenda) part(item.title);
  for (const std::string& footnote : note.footnotes) part(footnote);
  for (const std::string& line : note.front_matter) part(line);
  for (const Paragraph& paragraph : note.paragraphs) {
    part(paragraph.section);
    part(paragraph.reference);
    part(paragraph.text);
    for (const SubItem& item : paragraph.items) part(item.text);
    for (const std::string& footnote : paragraph.footnotes) part(footnote);
  }
}

/// Words of `source` (the note's decoded text) that `note` keeps searchable.
WordCoverage MeasureCoverage(std::string_view source, const Note& note);

}  // namespace quorum
