// SPDX-License-Identifier: MIT
// File content hashing with xxHash's streaming interface; see indexer/file_hash.h.
#include "indexer/file_hash.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string_view>

namespace quorum {
namespace {

struct StateFree {
  void operator()(XXH3_state_t* state) const { XXH3_freeState(state); }
};

struct FdCloser {
  int fd;
  ~FdCloser() { close(fd); }
};

// The same text as common/base/hash.cc's ContentHash (tests check they agree).
std::string Hex128(XXH128_hash_t digest) {
  char buffer[33];
  std::snprintf(buffer, sizeof buffer, "%016llx%016llx", static_cast<unsigned long long>(digest.high64),
                static_cast<unsigned long long>(digest.low64));
  return buffer;
}

FileHash Failure(FileHash::Status status, std::string reason) {
  FileHash result;
  result.status = status;
  result.reason = std::move(reason);
  return result;
}

}  // namespace

FileHash HashFile(const std::string& path) {
  // O_NONBLOCK: a FIFO put in place of a note must not block the run.
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    if (errno == ENOENT) return Failure(FileHash::kVanished, "");
    return Failure(FileHash::kUnreadable, std::string("cannot open file: ") + std::strerror(errno));
  }
  const FdCloser closer{fd};
  struct stat info;
  if (fstat(fd, &info) != 0) return Failure(FileHash::kUnreadable, std::strerror(errno));
  if (!S_ISREG(info.st_mode)) return Failure(FileHash::kUnreadable, "not a regular file");
  const std::unique_ptr<XXH3_state_t, StateFree> state(XXH3_createState());
  if (!state || XXH3_128bits_reset(state.get()) != XXH_OK) return Failure(FileHash::kUnreadable, "out of memory");
  char buffer[1 << 16];
  std::uintmax_t total = 0;
  std::uintmax_t limit = 0;  // known once the first bytes say what the file is
  for (;;) {
    const ssize_t n = read(fd, buffer, sizeof buffer);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      return Failure(FileHash::kUnreadable, std::string("read error: ") + std::strerror(errno));
    }
    if (limit == 0) {
      const bool pdf = std::string_view(buffer, static_cast<size_t>(n)).substr(0, 5) == "%PDF-";
      limit = pdf ? kMaxPdfNoteBytes : kMaxTextNoteBytes;
      if (static_cast<std::uintmax_t>(info.st_size) > limit)
        return Failure(FileHash::kTooLarge, "file too large (" + std::to_string(info.st_size >> 20) + " MiB; " +
                                                (pdf ? "PDFs" : "text notes") + " over " + std::to_string(limit >> 20) +
                                                " MiB are skipped)");
    }
    // A file that grows while it is read is bounded all the same.
    total += static_cast<std::uintmax_t>(n);
    if (total > limit) return Failure(FileHash::kTooLarge, "file grew past the size limit while it was read");
    XXH3_128bits_update(state.get(), buffer, static_cast<size_t>(n));
  }
  FileHash result;
  result.status = FileHash::kOk;
  result.content_hash = Hex128(XXH3_128bits_digest(state.get()));
  return result;
}

}  // namespace quorum
