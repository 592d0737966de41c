// SPDX-License-Identifier: MIT
// Facet counts of entity types. A paragraph mentions several types and
// counts once under each; the index stores each paragraph's set of types as
// one value (schema::kSlotEntityTypes), so a stock ValueCountMatchSpy counts
// the sets, which a xapian-tcpsrv can run too, and the client splits them.
#pragma once

#include <xapian.h>

#include <map>
#include <string>

namespace quorum {

/// Paragraphs seen per entity type, from a ValueCountMatchSpy on
/// schema::kSlotEntityTypes: each set's count goes to every type in it.
/// Exact, since a paragraph has one set.
std::map<std::string, Xapian::doccount> EntityTypeCounts(const Xapian::ValueCountMatchSpy& spy);

}  // namespace quorum
