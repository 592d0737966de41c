// SPDX-License-Identifier: MIT
// libFuzzer target: arbitrary UTF-8 paragraphs through the entity tagger,
// twice with one context (so what the first teaches, the second uses),
// checking that every entity lies within its paragraph.
#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/entities/entity_tagger.h"

namespace {

// Code points in `text`, or -1 if it is not valid UTF-8 (paragraphs always
// are: the decoder makes them so).
int32_t CodePoints(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t count = 0;
  for (int32_t i = 0; i < length; ++count) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return -1;
  }
  return count;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  const int32_t length = CodePoints(text);
  if (length < 0) return 0;
  quorum::EntityContext context;
  // The first byte picks what the note around the paragraph would have set.
  if (data[0] & 1) context.meeting_date = "2017-08-28";
  if (data[0] & 2) context.language = (data[0] & 4) ? "fr" : "es";
  for (int pass = 0; pass < 2; ++pass) {
    for (const quorum::Entity& entity : quorum::TagEntities(text, &context)) {
      if (entity.start < 0 || entity.start > entity.end || entity.end > length) __builtin_trap();
    }
  }
  return 0;
}
