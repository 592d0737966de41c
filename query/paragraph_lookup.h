// SPDX-License-Identifier: MIT
// Finds paragraphs by their citable id ("WG/REL/2017/7 ¶26", or a meeting
// alone), and a paragraph's neighbours in its note, for `show`, --like and
// --context.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace quorum {

/// The documents `id` names, in reading order: one paragraph for
/// "MEETING ¶NUMBER" (or "MEETING ¶#ORDINAL" for unnumbered text), every
/// paragraph of the meeting for "MEETING". Empty if nothing matches.
std::vector<Xapian::Document> LookUpId(const Xapian::Database& database, const std::string& id);

/// The paragraphs within `distance` of `paragraph` in its note, in reading
/// order, without `paragraph` itself.
std::vector<Xapian::Document> Neighbours(const Xapian::Database& database, const Xapian::Document& paragraph,
                                         size_t distance);

/// A query matching `paragraph` alone (schema::ParagraphQuery).
Xapian::Query SameParagraph(const Xapian::Document& paragraph);

/// The paragraph's document id in `database`: in a combined database,
/// Xapian 1.4 gives a document its id within its shard, not this one.
/// 0 if the database does not hold it.
Xapian::docid DocidIn(const Xapian::Database& database, const Xapian::Document& paragraph);

/// Sorts documents into reading order (meeting date, note, ordinal).
void SortReadingOrder(std::vector<Xapian::Document>* documents);

}  // namespace quorum
