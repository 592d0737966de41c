// SPDX-License-Identifier: MIT
// Words of a field's stored values, matched at query time: org:"migration
// organization" finds the organisations whose names hold those words,
// role:"director general" the "Deputy Director General". The index keeps
// one filter term per value a paragraph mentions; the words of the values
// are read from those terms here, once per query, rather than indexed again,
// with positions, on every paragraph that mentions them (the words of names
// were 5 % of an index of speeches).
#pragma once

#include <xapian.h>

#include <string>

#include "common/index/schema.h"

namespace quorum {

/// OR of the `field`'s filter terms whose value holds every word of `words`
/// (as written, by the stem of `language`, or by a prefix for a word ending
/// in '*'; stop words left out unless there are only stop words);
/// MatchNothing when none does.
Xapian::Query ValuesWithWords(const Xapian::Database& database, const schema::Field& field, const std::string& words,
                              const std::string& language);

}  // namespace quorum
