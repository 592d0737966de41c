// SPDX-License-Identifier: MIT
// libFuzzer target: arbitrary file bytes through what quorum-index does with
// a note (decode, parse, JSON for --parse-only, one document per paragraph).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/base/note_json.h"
#include "common/pipeline/pipeline.h"
#include "common/read/text_source.h"
#include "indexer/document_builder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const quorum::DecodedText decoded = quorum::DecodeBytes(bytes);
  if (!decoded.ok) return 0;
  quorum::Note note = quorum::ParseNoteText(decoded.text);
  note.path = "fuzz.txt";
  note.content_hash = decoded.content_hash;
  // The --parse-only contract: one line of JSON, whatever the input.
  const std::string line = quorum::DumpJsonLine(quorum::NoteToJson(note));
  if (line.find('\n') != std::string::npos) __builtin_trap();
  // The indexer's view of every paragraph (citations, facet values, terms).
  static quorum::DocumentBuilder builder;
  for (size_t i = 0; i < note.paragraphs.size(); ++i) builder.Build(note, i, "0123456789abcdef");
  return 0;
}
