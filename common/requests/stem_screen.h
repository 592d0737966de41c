// SPDX-License-Identifier: MIT
// A cheap screen for a fixed list of stems (at least two bytes each): does
// a text contain any of them? One pass over the text; at each byte, its two
// bytes are looked up in a 64K-bit table of the stems' first two bytes, and
// only there are the stems that start so compared. Most paragraphs hold no
// stem, and the tagger screens every one. ASCII letters are lowered on the
// fly, so a text may be screened as printed.
#pragma once

#include <bitset>
#include <cstdint>
#include <string_view>
#include <vector>

namespace quorum::requests {

class StemScreen {
 public:
  explicit StemScreen(std::initializer_list<std::string_view> stems) : stems_(stems) {
    for (std::string_view stem : stems_) {
      heads_.push_back(Key(stem[0], stem[1]));
      first_.set(heads_.back());
    }
  }

  bool Any(std::string_view text) const {
    for (size_t i = 0; i + 1 < text.size(); ++i) {
      const uint16_t key = Key(text[i], text[i + 1]);
      if (!first_.test(key)) continue;
      for (size_t s = 0; s < stems_.size(); ++s)
        if (heads_[s] == key && Starts(text.substr(i), stems_[s])) return true;
    }
    return false;
  }

 private:
  static char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
  static uint16_t Key(char a, char b) {
    return static_cast<uint16_t>(static_cast<unsigned char>(Lower(a)) << 8 | static_cast<unsigned char>(Lower(b)));
  }
  static bool Starts(std::string_view text, std::string_view stem) {
    if (text.size() < stem.size()) return false;
    for (size_t k = 2; k < stem.size(); ++k)
      if (Lower(text[k]) != stem[k]) return false;
    return true;
  }

  std::vector<std::string_view> stems_;
  std::vector<uint16_t> heads_;
  std::bitset<65536> first_;
};

}  // namespace quorum::requests
