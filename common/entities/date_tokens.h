// SPDX-License-Identifier: MIT
// The first step of the date grammar (entity_dates.cc): text to tokens that
// each carry the date pieces they can be (day or year figures, month,
// weekday, ordinal word, range dash, ISO date). Cheap: one pass over the
// bytes, and the word tables are consulted only for words of letters.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace quorum::date_tokens {

struct Token {
  std::string lower;  // lower-cased (ASCII and Latin-1 capitals); "-" for any dash
  size_t start = 0, end = 0;
  int number = -1;         // value of 1-4 figures
  int digits = 0;          // how many figures
  int month = 0;           // 1-12 when a month name or abbreviation
  bool ambiguous = false;  // month word that is also a common word ("may")
  bool full = false;       // full month name
  bool capital = false;    // starts with a capital letter
  int weekday = 0;         // 1-7
  int ordinal = 0;         // day of an ordinal word ("eighth" 8)
  bool tens = false;       // "twenty", "vigésimo": takes a unit after it
  bool ordinal_alone = false;
  bool glued = false;         // letters right after figures ("1st", "15Sep")
  bool after_letter = false;  // figures right after letters ("Q1", "dec9e"): no day
  bool in_symbol = false;     // touches a '/' ("A/HRC/WG.6/1/MAR/1", "Law 6/2010"): never a date
  bool decade = false;        // "1990s"
  bool time = false;          // figures glued to ':' ("19:00"): a time, never a day or year
  std::string iso;            // "2015-03-03" or "2014-10" for an ISO token
};

/// Splits `text` into tokens; punctuation other than dashes is dropped.
std::vector<Token> Scan(std::string_view text);

}  // namespace quorum::date_tokens
