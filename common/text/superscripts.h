// SPDX-License-Identifier: MIT
// Superscript digits, which mark footnotes in text: shared by the line
// classifier and the line-shape helpers of common/text/. Internal.
#pragma once

#include <array>
#include <string_view>

namespace quorum::superscripts {

// UTF-8 superscript digits: ¹ ² ³ are U+00B9 U+00B2 U+00B3, ⁰ ⁴-⁹ are U+2070, U+2074-2079.
inline constexpr std::array<std::string_view, 10> kSuperscripts = {"\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
                                                                   "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};

// Length of the superscript digit at `text[i]`, and its value in *digit; 0 if none.
inline size_t SuperscriptAt(std::string_view text, size_t i, int* digit) {
  for (int d = 0; d < 10; ++d) {
    const std::string_view s = kSuperscripts[static_cast<size_t>(d)];
    if (text.substr(i, s.size()) == s) {
      *digit = d;
      return s.size();
    }
  }
  return 0;
}

}  // namespace quorum::superscripts
