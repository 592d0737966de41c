// SPDX-License-Identifier: MIT
// Term and value builders of the schema; see common/schema.h.
#include "common/schema.h"

#include <cctype>

#include "common/hash.h"
#include "common/tokeniser.h"

namespace quorum::schema {
namespace {

// Collapses runs of white space to one space and trims, so that
// "Working  Group\non X" and "Working Group on X" give the same term.
std::string CollapseSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string BoundedTerm(std::string_view prefix, std::string_view text) {
  std::string term(prefix);
  if (prefix.size() + text.size() <= kMaxTermBytes) return term.append(text);
  // Keep a readable head and replace the rest by its digest, as Omega's
  // hash_long_term does; cut on a UTF-8 character boundary.
  size_t keep = kMaxTermBytes - prefix.size() - 17;
  while (keep > 0 && (static_cast<unsigned char>(text[keep]) & 0xC0) == 0x80) --keep;
  term.append(text.substr(0, keep));
  term += '#';
  return term.append(ShortHash(text.substr(keep)));
}

std::string FilterTerm(const Field& field, std::string_view value) {
  return BoundedTerm(field.prefix, CollapseSpaces(NormaliseWord(value)));
}

std::string NoteKey(std::string_view canonical_path) { return ShortHash(canonical_path); }

std::string IdTerm(std::string_view note_key, size_t ordinal) {
  std::string term(kIdPrefix);
  term.append(note_key);
  term += '#';
  return term.append(std::to_string(ordinal));
}

std::string AgendaFacetValue(std::string_view label, std::string_view title) {
  if (label.empty()) return std::string(title);
  std::string value = "(" + std::string(label) + ")";
  if (!title.empty()) value.append(" ").append(title);
  return value;
}

std::string DateSlotValue(std::string_view iso_date) {
  if (iso_date.size() != 10 || iso_date[4] != '-' || iso_date[7] != '-') return {};
  std::string value;
  value.append(iso_date.substr(0, 4)).append(iso_date.substr(5, 2)).append(iso_date.substr(8, 2));
  return value;
}

}  // namespace quorum::schema
