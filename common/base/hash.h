// SPDX-License-Identifier: MIT
// Content digests (xxHash's XXH3) for note identity and over-long terms.
#pragma once

#include <string>
#include <string_view>

namespace quorum {

/// 32 hex digits: XXH3-128 of `bytes`. Used as a note's content hash.
std::string ContentHash(std::string_view bytes);

/// 16 hex digits: XXH3-64 of `bytes`. Stable across runs and machines.
std::string ShortHash(std::string_view bytes);

/// The same digest in 11 characters (base64url, no padding), for keys that
/// every paragraph of an index repeats: a note's, a meeting's.
std::string CompactHash(std::string_view bytes);

}  // namespace quorum
