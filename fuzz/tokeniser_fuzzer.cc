// SPDX-License-Identifier: MIT
// libFuzzer target: arbitrary bytes (valid UTF-8 or not) through the
// tokeniser and the query normaliser, checking the Token contract.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/text/tokeniser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  static quorum::Tokeniser tokeniser;
  int last_position = 0;
  for (const quorum::Token& token : tokeniser.Tokenise(text)) {
    // Offsets are bytes into the input and positions grow: anything else
    // would misplace highlights and break phrase search.
    if (token.start < 0 || token.start >= token.end || static_cast<size_t>(token.end) > size) __builtin_trap();
    if (token.position <= last_position) __builtin_trap();
    last_position = token.position;
  }
  quorum::NormaliseWord(text);
  quorum::NormaliseQuery(text);
  return 0;
}
