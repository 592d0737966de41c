// SPDX-License-Identifier: MIT
// Word lists of the title block and of body names read in running text,
// English, French and Spanish, compared case-folded (note_header.h Folded()).
#pragma once

#include <array>
#include <string_view>

namespace quorum::body_words {

/// Words that begin the name of a body.
inline constexpr std::array<std::string_view, 16> kBodyWords = {
    "working group", "standing committee", "committee",         "council", "commission", "general assembly", "assembly",
    "board",         "conference",         "groupe de travail", "comité",  "conseil",    "grupo de trabajo", "consejo",
    "comisión",      "subcommittee"};

/// Function words a title or a body's name holds between its capitalised words.
inline constexpr std::string_view kLowerWords[] = {"on",  "and",  "of",   "the", "for", "in",  "to",  "a",  "an",
                                                   "at",  "by",   "with", "de",  "du",  "des", "la",  "le", "les",
                                                   "et",  "sur",  "pour", "en",  "aux", "à",   "del", "y",  "sobre",
                                                   "por", "para", "con",  "el",  "los", "las"};

inline bool IsLowerWord(std::string_view folded) {
  for (std::string_view w : kLowerWords)
    if (folded == w) return true;
  return false;
}

}  // namespace quorum::body_words
