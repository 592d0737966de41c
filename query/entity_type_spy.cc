// SPDX-License-Identifier: MIT
// Entity type facet counts; see query/entity_type_spy.h.
#include "query/entity_type_spy.h"

#include <sstream>

#include "common/schema.h"

namespace quorum {

void EntityTypeSpy::operator()(const Xapian::Document& doc, double) {
  std::istringstream types(doc.get_value(schema::kSlotEntityTypes));
  for (std::string type; types >> type;) ++counts_[type];
}

std::string EntityTypeSpy::serialise_results() const {
  std::string out;
  for (const auto& [type, count] : counts_) out += type + '\t' + std::to_string(count) + '\n';
  return out;
}

void EntityTypeSpy::merge_results(const std::string& serialised) {
  std::istringstream in(serialised);
  std::string type;
  Xapian::doccount count = 0;
  while (std::getline(in, type, '\t') && in >> count) {
    counts_[type] += count;
    in.ignore(1);
  }
}

}  // namespace quorum
