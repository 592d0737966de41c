// SPDX-License-Identifier: MIT
// Splits UTF-8 text into normalised words with ICU's word BreakIterator; used
// by the indexer for paragraph text and by the query tool to normalise queries.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace quorum {

/// One word of the input.
struct Token {
  std::string term;  // normalised: NFKC, case-folded, ’ → ', no soft hyphens (UTF-8)
  int start = 0;     // byte offset of the word in the input
  int end = 0;       // byte offset one past the word
  int position = 0;  // 1-based word position, for phrase search
};

/**
 * Word tokeniser. Words are what ICU's word break rules call words (letters,
 * numbers, ideographs, kana); spaces and punctuation separate them, so
 * "IOM–UN" and "IOM-UN" both give "iom" "un", and "71/1" gives "71" "1" at
 * consecutive positions (a phrase, which is also how Xapian's QueryParser
 * reads "71/1"). Apostrophes inside a word are kept and unified: "IOM’s" and
 * "IOM's" both give "iom's".
 *
 * Not thread-safe: give each thread its own Tokeniser (construction clones
 * ICU's break iterator, which is cheap next to a paragraph's work).
 * Throws quorum::Error if ICU cannot create its break iterator.
 */
class Tokeniser {
 public:
  Tokeniser();
  ~Tokeniser();
  Tokeniser(const Tokeniser&) = delete;
  Tokeniser& operator=(const Tokeniser&) = delete;

  /// Tokenises `text` (UTF-8; invalid sequences are treated as separators).
  /// Positions start at `first_position`.
  std::vector<Token> Tokenise(std::string_view text, int first_position = 1);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// The index terms of `text`'s words, in order (normalised, unstemmed), read
/// with a Tokeniser of the calling thread's own.
std::vector<std::string> Words(std::string_view text);

/// NFKC, full case folding, apostrophe variants → ', dash variants → '-',
/// soft hyphens and other format characters removed. UTF-8 in and out.
std::string NormaliseWord(std::string_view word);

/// True for an operator of Xapian's QueryParser as a query word: AND OR NOT
/// XOR NEAR ADJ, and NEAR/n, ADJ/n. The one list the query tools share.
bool IsQueryOperator(std::string_view word);

/// Normalises a whole query string the way the index normalised its text
/// (NFKC; apostrophe, dash and quote variants unified; case folded), but
/// keeps upper-case boolean operators (AND OR NOT XOR NEAR ADJ) as they are
/// so Xapian's QueryParser still sees them.
std::string NormaliseQuery(std::string_view query);

}  // namespace quorum
