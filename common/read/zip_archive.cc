// SPDX-License-Identifier: MIT
#include "common/read/zip_archive.h"

#include <zip.h>

#include <memory>

namespace quorum {
namespace {

struct FileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

std::string Mebibytes(uint64_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

}  // namespace

bool LooksLikeZip(std::string_view bytes) {
  return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) ||
         bytes.substr(0, 4) == std::string_view("PK\x05\x06", 4);
}

ZipArchive::ZipArchive(std::string_view bytes) {
  zip_error_t zip_error;
  zip_error_init(&zip_error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zip_error);
  if (source != nullptr) {
    archive_ = zip_open_from_source(source, ZIP_RDONLY, &zip_error);
    if (archive_ == nullptr) zip_source_free(source);
  }
  if (archive_ == nullptr) error_ = std::string("not a readable zip package: ") + zip_error_strerror(&zip_error);
  zip_error_fini(&zip_error);
}

ZipArchive::~ZipArchive() {
  if (archive_ != nullptr) zip_discard(archive_);
}

bool ZipArchive::Has(const char* name) const { return archive_ != nullptr && zip_name_locate(archive_, name, 0) >= 0; }

bool ZipArchive::Read(const char* name, std::string* out) {
  out->clear();
  if (archive_ == nullptr) return false;
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive_, name, 0, &stat) != 0) {
    error_ = std::string("the package has no ") + name;
    return false;
  }
  const auto too_big = [&](uint64_t size) {
    if (size > kMaxZipMemberBytes || total_read_ + size > kMaxZipTotalBytes) {
      error_ = std::string(name) + " inflates to more than " +
               Mebibytes(size > kMaxZipMemberBytes ? kMaxZipMemberBytes : kMaxZipTotalBytes) +
               " (a zip bomb or a damaged file); not read";
      return true;
    }
    return false;
  };
  if ((stat.valid & ZIP_STAT_SIZE) && too_big(stat.size)) return false;
  std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen(archive_, name, 0));
  if (!file) {
    const int code = zip_error_code_zip(zip_get_error(archive_));
    error_ = std::string(name) + (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD
                                      ? " is encrypted; save the file without a password"
                                      : std::string(" cannot be read: ") + zip_strerror(archive_));
    return false;
  }
  char buffer[64 * 1024];
  while (true) {
    const zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
    if (n < 0) {
      error_ = std::string(name) + " is damaged: " + zip_file_strerror(file.get());
      return false;
    }
    if (n == 0) break;
    if (too_big(out->size() + static_cast<uint64_t>(n))) return false;
    out->append(buffer, static_cast<size_t>(n));
  }
  total_read_ += out->size();
  return true;
}

}  // namespace quorum
