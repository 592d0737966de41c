// SPDX-License-Identifier: MIT
// Runs the type taggers over a paragraph and settles overlaps. Taggers
// work on UTF-8 bytes; the contract's offsets count characters, so they
// are converted once here.
#include "common/entities/entity_tagger.h"

#include <algorithm>

namespace quorum {
namespace {

// Character (code point) offset of each byte offset in `text`.
std::vector<int> CodePointOffsets(std::string_view text) {
  std::vector<int> offsets(text.size() + 1);
  int count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    offsets[i] = count;
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  }
  // A byte offset inside a character maps to that character's start.
  offsets[text.size()] = count;
  for (size_t i = 1; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) offsets[i] = offsets[i - 1];
  return offsets;
}

// Keeps the longest of overlapping spans of one type (earlier first on
// ties). Spans of different types may nest: the date inside "resolution
// 5/1 of 18 June 2007" is a date the paragraph mentions.
std::vector<EntitySpan> WithoutOverlaps(std::vector<EntitySpan> spans) {
  std::stable_sort(spans.begin(), spans.end(),
                   [](const EntitySpan& a, const EntitySpan& b) { return a.end - a.start > b.end - b.start; });
  std::vector<EntitySpan> kept;
  for (const EntitySpan& span : spans) {
    const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const EntitySpan& k) {
      return span.type == k.type && span.start < k.end && k.start < span.end;
    });
    if (!overlaps && span.end > span.start) kept.push_back(span);
  }
  std::sort(kept.begin(), kept.end(), [](const EntitySpan& a, const EntitySpan& b) { return a.start < b.start; });
  return kept;
}

}  // namespace

std::vector<Entity> TagEntities(std::string_view text, EntityContext* context) {
  std::vector<EntitySpan> spans;
  TagCitations(text, context, &spans);
  TagDates(text, *context, &spans);
  TagNames(text, context, &spans);
  const std::vector<int> offsets = CodePointOffsets(text);
  std::vector<Entity> entities;
  for (const EntitySpan& span : WithoutOverlaps(std::move(spans))) {
    entities.push_back({span.type, std::string(text.substr(span.start, span.end - span.start)), span.value,
                        offsets[span.start], offsets[span.end], "", 0});
  }
  return entities;
}

EntityContext NoteEntityContext(const Note& note) {
  EntityContext context;
  context.meeting_date = note.date;
  context.language = note.language;
  context.body = note.body;
  return context;
}

void TagNote(Note* note) {
  EntityContext context = NoteEntityContext(*note);
  for (Paragraph& paragraph : note->paragraphs) {
    paragraph.entities = TagEntities(paragraph.text, &context);
    // Listed items are tagged too; their entities are kept with the
    // paragraph, offsets counted in the item's (or footnote's) own text.
    for (SubItem& item : paragraph.items) {
      for (Entity& entity : TagEntities(item.text, &context)) {
        entity.item = item.label;
        paragraph.entities.push_back(std::move(entity));
      }
    }
    // Footnotes too: they amend facts (a venue moved, a date confirmed).
    for (size_t f = 0; f < paragraph.footnotes.size(); ++f) {
      for (Entity& entity : TagEntities(paragraph.footnotes[f], &context)) {
        entity.footnote = static_cast<int>(f + 1);
        paragraph.entities.push_back(std::move(entity));
      }
    }
  }
}

std::vector<std::string> AcronymSynonyms(const Note& note) {
  std::vector<std::string> lines;
  for (const Paragraph& paragraph : note.paragraphs) {
    for (const Entity& entity : paragraph.entities) {
      if (entity.type != entity_type::kOrganization || entity.text == entity.value || entity.text.size() < 2 ||
          entity.text.size() > 10)
        continue;
      // An acronym: capitals (and digits), at least two capitals.
      const bool acronym = std::all_of(entity.text.begin(), entity.text.end(),
                                       [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
      if (acronym) lines.push_back(entity.text + " = " + entity.value);
    }
  }
  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  return lines;
}

}  // namespace quorum
