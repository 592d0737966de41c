// SPDX-License-Identifier: MIT
// --list: what the index holds, with counts: entities by type (how often
// cited, in how many meetings, first and last mention), meetings and
// agenda items.
#pragma once

#include <xapian.h>

#include <ostream>
#include <string>
#include <vector>

namespace quorum {

struct ListedValue {
  std::string kind;   // entity type, or "meeting" / "agenda"
  std::string value;  // as printed
  size_t paragraphs = 0;
  size_t meetings = 0;
  std::string first, last;  // meeting dates of the first and last mention
};

/// Lists `what` ("entities", "meetings" or "agenda"); for entities,
/// `type` limits the list to one type (empty: all). Most cited first, at
/// most `limit` per type. Throws UsageError for an unknown `what` or `type`.
std::vector<ListedValue> List(const Xapian::Database& database, const std::string& what, const std::string& type,
                              size_t limit);

void PrintListText(const std::vector<ListedValue>& values, std::ostream& out);
void PrintListJson(const std::vector<ListedValue>& values, std::ostream& out);

}  // namespace quorum
