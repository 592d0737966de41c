// SPDX-License-Identifier: MIT
// Reads a note file and returns its text as valid UTF-8, detecting the
// charset with ICU when the bytes are not UTF-8.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/base/note.h"

namespace quorum {

struct DecodedText {
  bool ok = false;           // false: the file cannot be used; see diagnostics
  std::string text;          // UTF-8, no BOM, no NUL bytes
  std::string encoding;      // what the bytes were read as: "UTF-8", "UTF-16LE", ...
  std::string content_hash;  // of the raw bytes
  std::vector<Diagnostic> diagnostics;
};

/// Reads the bytes of `path` whole; false, with an error diagnostic added
/// to `diagnostics`, if it cannot be opened or read.
bool ReadFileBytes(const std::string& path, std::string* bytes, std::vector<Diagnostic>* diagnostics);

/// Reads `path` whole. Never throws for bad content: unreadable, empty and
/// binary files come back with ok == false and an error diagnostic.
DecodedText ReadNoteFile(const std::string& path);

/// Decodes raw bytes (exposed for tests).
DecodedText DecodeBytes(std::string_view bytes);

/// Decodes bytes whose document declares their charset (an HTML page's
/// <meta charset>): converted from `declared` without guessing; an empty,
/// UTF-8 or unknown declaration falls back to DecodeBytes(bytes).
DecodedText DecodeBytes(std::string_view bytes, std::string_view declared);

}  // namespace quorum
