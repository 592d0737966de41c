// SPDX-License-Identifier: MIT
// Content digests with xxHash: fast enough to hash every note on each run,
// which is what lets a re-run decide cheaply what changed.
#include "common/base/hash.h"

#include <xxhash.h>

#include <cstdio>

namespace quorum {
namespace {

std::string Hex(unsigned long long value) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", value);
  return buffer;
}

}  // namespace

std::string ContentHash(std::string_view bytes) {
  const XXH128_hash_t digest = XXH3_128bits(bytes.data(), bytes.size());
  return Hex(digest.high64) + Hex(digest.low64);
}

std::string ShortHash(std::string_view bytes) { return Hex(XXH3_64bits(bytes.data(), bytes.size())); }

std::string CompactHash(std::string_view bytes) {
  static constexpr char kDigits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  unsigned long long value = XXH3_64bits(bytes.data(), bytes.size());
  std::string digest(11, 'A');
  for (char& digit : digest) {  // 6 bits a character; the last holds 4
    digit = kDigits[value & 63];
    value >>= 6;
  }
  return digest;
}

}  // namespace quorum
