// SPDX-License-Identifier: MIT
// One facet value per thing: values that differ only in case, spacing or
// punctuation are one value, and an agenda item printed with and without its
// title ("(6) Universal Periodic Review", "(6) Universal periodic review",
// "(6)") is one item. Counts are added; the printed form shown is the most
// frequent one.
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

#include "query/searcher.h"

namespace quorum {

/// Paragraphs counted per facet ("meeting", "agenda", "body", "year",
/// "entity") and value, from ValueCountMatchSpies on schema::kSlotMeeting
/// and schema::kSlotFacets: each combination's count goes to each of its
/// values, and to each entity type of its set. Exact, since a paragraph has
/// one combination. Empty values (no agenda item, no date) are not counted.
/// Values in byte order.
std::map<std::string, std::map<std::string, Xapian::doccount>> FacetCounts(const Xapian::ValueCountMatchSpy& meetings,
                                                                           const Xapian::ValueCountMatchSpy& facets);

/// Merges `values` (all of one facet, named `facet`) in place, most frequent
/// first. For "agenda", a label alone ("(6)") joins the one titled item with
/// that label, if there is exactly one.
void MergeFacetValues(const std::string& facet, std::vector<FacetValue>* values);

}  // namespace quorum
