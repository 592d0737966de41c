// SPDX-License-Identifier: MIT
// Entities stored without their spans' text; see stored_entities.h.
#include "common/index/stored_entities.h"

#include <string>
#include <string_view>

#include "common/index/schema.h"
#include "common/text/unicode_text.h"

namespace quorum::schema::data {
namespace {

// The text an entity's offsets count in: its footnote, its item, or the
// paragraph's text. Empty when the data has no such part.
std::string Source(const nlohmann::json& data, const nlohmann::json& entity) {
  if (const int footnote = entity.value("footnote", 0); footnote > 0) {
    const auto footnotes = data.find(kFootnotes);
    if (footnotes == data.end() || !footnotes->is_array() || footnote > static_cast<int>(footnotes->size())) return {};
    const nlohmann::json& text = (*footnotes)[static_cast<size_t>(footnote - 1)];
    return text.is_string() ? text.get<std::string>() : std::string();
  }
  if (const std::string label = entity.value("item", ""); !label.empty()) {
    for (const auto& item : data.value(kItems, nlohmann::json::array()))
      if (item.value("label", "") == label) return item.value("text", "");
    return {};
  }
  return data.value(kText, "");
}

// The code points [start, end) of `text`; empty when out of range.
std::string Span(std::string_view text, int start, int end) {
  if (start < 0 || end < start) return {};
  size_t i = 0, from = std::string_view::npos;
  for (int at = 0; at <= end; ++at) {
    if (at == start) from = i;
    if (at == end) return std::string(text.substr(from, i - from));
    if (i >= text.size()) return {};
    unicode_text::NextCodePoint(text, i);
  }
  return {};
}

std::string SpanOf(const nlohmann::json& data, const nlohmann::json& entity) {
  return Span(Source(data, entity), entity.value("start", -1), entity.value("end", -1));
}

}  // namespace

void CompactEntities(nlohmann::json* data) {
  const auto entities = data->find(kEntities);
  if (entities == data->end() || !entities->is_array()) return;
  for (nlohmann::json& entity : *entities) {
    const std::string text = entity.value("text", "");
    if (entity.value("value", "") == text) entity.erase("value");
    if (!text.empty() && SpanOf(*data, entity) == text) entity.erase("text");
  }
}

void RestoreEntities(nlohmann::json* data) {
  const auto entities = data->find(kEntities);
  if (entities == data->end() || !entities->is_array()) return;
  for (nlohmann::json& entity : *entities) {
    if (!entity.contains("text")) entity["text"] = SpanOf(*data, entity);
    if (!entity.contains("value")) entity["value"] = entity["text"];
  }
}

}  // namespace quorum::schema::data
