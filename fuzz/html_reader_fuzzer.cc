// SPDX-License-Identifier: MIT
// libFuzzer target: arbitrary bytes as an HTML page, then as Markdown,
// through the readers and the parser (what quorum-index does with a .html
// or .md file).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/pipeline/pipeline.h"
#include "common/read/html_source.h"
#include "common/read/markdown_source.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const quorum::ConvertedText& read : {quorum::ReadHtml(bytes), quorum::ReadMarkdown(bytes)}) {
    // The readers' contract: text when ok, and an error when not.
    if (!read.ok && read.diagnostics.empty()) __builtin_trap();
    if (read.ok) quorum::ParseNoteText(read.text);
  }
  return 0;
}
