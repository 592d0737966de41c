// SPDX-License-Identifier: MIT
// The real UN reports in ../shared, parsed, for the opt-in speed tests of
// the taggers (tests/entities, tests/requests).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "common/base/note.h"
#include "common/pipeline/pipeline.h"

namespace quorum::testing_support {

/// Every note of `folder`, parsed (not tagged); `*paragraphs` counts their paragraphs.
inline std::vector<Note> ParseReports(const std::filesystem::path& folder, size_t* paragraphs) {
  std::vector<Note> notes;
  *paragraphs = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    notes.push_back(ParseNoteFile(entry.path().string()));
    *paragraphs += notes.back().paragraphs.size();
  }
  return notes;
}

}  // namespace quorum::testing_support
