// SPDX-License-Identifier: MIT
// Hashes a note file before it is parsed, so that an unchanged note costs a
// read and a hash, never a parse.
#pragma once

#include <cstdint>
#include <string>

namespace quorum {

/// Text notes larger than this are skipped with an error: the parser holds
/// a note's text many times over (a 50 MB line peaks at about 1.2 GB), and
/// a run must not exhaust memory. 64 MiB of text is some 20,000 pages.
inline constexpr std::uintmax_t kMaxTextNoteBytes = 64u << 20;
/// PDFs carry fonts and images besides their text, so they may be larger.
inline constexpr std::uintmax_t kMaxPdfNoteBytes = 512u << 20;

struct FileHash {
  enum Status { kOk, kVanished, kTooLarge, kUnreadable };
  Status status = kUnreadable;
  std::string content_hash;  // ContentHash() of the bytes (common/base/hash.h), when kOk
  std::string reason;        // for kTooLarge and kUnreadable, one line
};

/// Streams the file at `path` through the content hash, in constant memory.
/// kVanished: the file no longer exists (deleted since the folder was read).
FileHash HashFile(const std::string& path);

}  // namespace quorum
