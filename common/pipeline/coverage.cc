// SPDX-License-Identifier: MIT
// Word counting for coverage.h. A scanner over code points rather than the
// ICU word BreakIterator: it only has to see the same words on both sides,
// not segment them as the index does, and it is several times cheaper.
#include "common/pipeline/coverage.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "common/text/tokeniser.h"

namespace quorum {
namespace {

using Counts = std::unordered_map<std::string, size_t>;

// Adds each word of four letters or more of `text`: a run of letters and
// marks (ICU's u_isalpha, combining marks), folded as the index folds words
// (NormaliseWord: NFKC, case folded) when it is not plain ASCII.
void CountWords(std::string_view text, Counts* counts) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    int32_t start = i, letters = 0;
    bool ascii = true;
    for (;;) {
      const int32_t at = i;
      if (i >= length) break;
      UChar32 c;
      U8_NEXT(bytes, i, length, c);
      const bool mark = c >= 0 && (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
      if (c < 0 || !(u_isalpha(c) || (mark && letters > 0))) {
        if (letters == 0)
          start = i;  // still before the word: skip the character
        else {
          i = at;
          break;
        }  // after it: the word ends here
        continue;
      }
      letters += !mark;
      ascii = ascii && c < 0x80;
    }
    if (letters < 4) continue;
    const std::string_view word = text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start));
    std::string folded = ascii ? std::string(word) : NormaliseWord(word);
    if (ascii)
      for (char& c : folded)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    ++(*counts)[folded];
  }
}

}  // namespace

WordCoverage MeasureCoverage(std::string_view source, const Note& note) {
  Counts wanted, found, said;
  CountWords(source, &wanted);
  ForEachSearchablePart(note, [&found](const std::string& part) { CountWords(part, &found); });
  for (const std::string& line : note.left_out) CountWords(line, &said);
  WordCoverage coverage;
  std::vector<std::pair<size_t, std::string>> lost;
  for (const auto& [word, count] : wanted) {
    const auto it = found.find(word);
    const size_t kept = it == found.end() ? 0 : std::min(count, it->second);
    const auto left = said.find(word);
    const size_t reported = left == said.end() ? 0 : std::min(count - kept, left->second);
    coverage.words += count;
    coverage.kept += kept;
    coverage.said += reported;
    if (kept + reported < count) lost.emplace_back(count - kept - reported, word);
  }
  std::sort(lost.begin(), lost.end(),
            [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
  for (size_t i = 0; i < lost.size() && i < 12; ++i) coverage.lost.push_back(lost[i].second);
  return coverage;
}

}  // namespace quorum
