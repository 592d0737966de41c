// SPDX-License-Identifier: MIT
// Synonyms and acronyms searched both ways: "IOM" also finds "International
// Organization for Migration" and the reverse. Groups come from the
// database (learnt at index time, metadata schema::kSynonymsKey) and from
// a user-editable file.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace quorum {

/// Groups of equivalent expressions, each normalised as a query is.
using SynonymGroups = std::vector<std::vector<std::string>>;

/// Parses synonym lines: "IOM = International Organization for Migration"
/// (any number of '='-separated expressions; '#' starts a comment). Throws
/// UsageError naming `source` and the line for a line without '='.
SynonymGroups ParseSynonyms(std::string_view text, const std::string& source);

/// The database's groups that may match `query` (none for an empty one),
/// plus those of `file` (if not empty). Throws UsageError if the
/// file cannot be read.
SynonymGroups LoadSynonyms(const Xapian::Database& database, const std::string& file, const std::string& query = "");

/// Rewrites a normalised query so each expression of a group that stands
/// in it as whole words (outside quotes and field values) becomes
/// (expression OR "other" OR …). Appends "iom → …" lines to `applied`.
std::string ExpandSynonyms(const std::string& query, const SynonymGroups& groups, std::vector<std::string>* applied);

}  // namespace quorum
