// SPDX-License-Identifier: MIT
// libFuzzer target: the Word and OpenDocument readers. The first byte picks
// what the rest is: a whole package (.docx, then .odt), or the XML of
// word/document.xml or content.xml put in a package here, so that the XML
// readers are fuzzed past the zip layer (a mutated zip seldom passes its CRC).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/pipeline/pipeline.h"
#include "common/read/office_source.h"
#include "tests/read/zip_builder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  quorum::ConvertedText read;
  switch (data[0] % 4) {
    case 0:
      read = quorum::ReadDocx(rest);
      break;
    case 1:
      read = quorum::ReadOdt(rest);
      break;
    case 2:
      read = quorum::ReadDocx(quorum::testing_support::ZipBuilder().Add("word/document.xml", rest, false).Build());
      break;
    default:
      read = quorum::ReadOdt(quorum::testing_support::ZipBuilder().Add("content.xml", rest, false).Build());
      break;
  }
  if (!read.ok && read.diagnostics.empty()) __builtin_trap();
  if (read.ok) quorum::ParseNoteText(read.text);
  return 0;
}
