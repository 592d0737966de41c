// SPDX-License-Identifier: MIT
// Citations and lookups on the document model.
#include "common/base/note.h"

namespace quorum {

std::string Note::MeetingId() const {
  if (!symbol.empty()) return symbol;
  if (date.empty()) return path;
  std::string id = body.empty() ? title : body;
  if (!date.empty()) id += (id.empty() ? "" : " ") + date;
  return id.empty() ? path : id;
}

std::string Citation(const std::string& meeting_id, const std::optional<std::string>& number, size_t ordinal) {
  // Unnumbered text is cited by its place in the note: "¶#3" is the third
  // paragraph, whatever its printed number (it has none).
  const std::string mark = number ? *number : "#" + std::to_string(ordinal + 1);
  return meeting_id + " \u00B6" + mark;
}

std::string Note::Citation(const Paragraph& paragraph, size_t ordinal) const {
  return quorum::Citation(MeetingId(), paragraph.number, ordinal);
}

std::string Note::AgendaTitle(const std::string& label) const {
  for (const AgendaItem& item : agenda)
    if (item.label == label) return item.title;
  return {};
}

bool Note::HasErrors() const {
  for (const Diagnostic& diagnostic : diagnostics)
    if (diagnostic.severity == Severity::kError) return true;
  return false;
}

}  // namespace quorum
