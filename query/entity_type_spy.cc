// SPDX-License-Identifier: MIT
// Entity type facet counts; see query/entity_type_spy.h.
#include "query/entity_type_spy.h"

#include <sstream>

namespace quorum {

std::map<std::string, Xapian::doccount> EntityTypeCounts(const Xapian::ValueCountMatchSpy& spy) {
  std::map<std::string, Xapian::doccount> counts;
  for (Xapian::TermIterator it = spy.values_begin(); it != spy.values_end(); ++it) {
    // The value is the sorted, space-separated set of the paragraph's types.
    std::istringstream types(*it);
    for (std::string type; types >> type;) counts[type] += it.get_termfreq();
  }
  return counts;
}

}  // namespace quorum
