// SPDX-License-Identifier: MIT
// Reading members of a zip package (.docx, .odt) held in memory, with libzip,
// capped so that a zip bomb ends in an error instead of filling memory.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

struct zip;

namespace quorum {

/// Uncompressed bytes one member, and all members read from one package,
/// may have: far above any real minutes (a 500-page Word file's XML is a
/// few tens of megabytes).
inline constexpr uint64_t kMaxZipMemberBytes = 128ull << 20;
inline constexpr uint64_t kMaxZipTotalBytes = 256ull << 20;

/// True if `bytes` open with a zip local-file header.
bool LooksLikeZip(std::string_view bytes);

class ZipArchive {
 public:
  /// Opens the package; on failure ok() is false and error() says why.
  explicit ZipArchive(std::string_view bytes);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool ok() const { return archive_ != nullptr; }
  const std::string& error() const { return error_; }

  bool Has(const char* name) const;

  /// Reads member `name` whole into `out`; false, with error() set, if it
  /// is missing, encrypted, damaged, or over the caps (checked against the
  /// size it declares and again while it inflates, as a bomb may lie).
  bool Read(const char* name, std::string* out);

 private:
  zip* archive_ = nullptr;
  uint64_t total_read_ = 0;
  std::string error_;
};

}  // namespace quorum
