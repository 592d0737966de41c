// SPDX-License-Identifier: MIT
// Facet values merged by their words; see facet_values.h.
#include "query/facet_values.h"

#include <algorithm>
#include <map>
#include <sstream>

#include "common/index/schema.h"
#include "common/text/tokeniser.h"

namespace quorum {
namespace {

// The value's normalised words, space-separated: the key values merge on.
std::string Key(const std::string& value) {
  std::string key;
  for (const std::string& word : Words(value)) key += (key.empty() ? "" : " ") + word;
  return key;
}

struct Group {
  size_t count = 0;
  std::map<std::string, size_t> printed;  // printed form -> its count
  size_t first = 0;                       // order of first appearance, for stable ties
};

std::string MostPrinted(const Group& group) {
  return std::max_element(group.printed.begin(), group.printed.end(),
                          [](const auto& a, const auto& b) { return a.second < b.second; })
      ->first;
}

}  // namespace

std::map<std::string, std::map<std::string, Xapian::doccount>> FacetCounts(const Xapian::ValueCountMatchSpy& meetings,
                                                                           const Xapian::ValueCountMatchSpy& facets) {
  std::map<std::string, std::map<std::string, Xapian::doccount>> counts;
  for (Xapian::TermIterator it = meetings.values_begin(); it != meetings.values_end(); ++it)
    if (!(*it).empty()) counts["meeting"][*it] += it.get_termfreq();
  for (Xapian::TermIterator it = facets.values_begin(); it != facets.values_end(); ++it) {
    const schema::FacetValues values = schema::DecodeFacets(*it);
    const Xapian::doccount count = it.get_termfreq();
    for (const auto& [facet, value] :
         {std::pair{"agenda", &values.agenda}, std::pair{"body", &values.body}, std::pair{"year", &values.year}})
      if (!value->empty()) counts[facet][*value] += count;
    // The entity types are the sorted, space-separated set of the paragraph's types.
    std::istringstream types(values.entity_types);
    for (std::string type; types >> type;) counts["entity"][type] += count;
  }
  return counts;
}

void MergeFacetValues(const std::string& facet, std::vector<FacetValue>* values) {
  std::map<std::string, Group> groups;
  for (size_t i = 0; i < values->size(); ++i) {
    const FacetValue& value = (*values)[i];
    auto [it, fresh] = groups.try_emplace(Key(value.value));
    if (fresh) it->second.first = i;
    it->second.count += value.count;
    it->second.printed[value.value] += value.count;
  }
  if (facet == "agenda") {
    // "(6)" alone: the label is the whole key; it joins "6 universal periodic review".
    for (auto it = groups.begin(); it != groups.end();) {
      const std::string& label = it->first;
      const bool label_only = !label.empty() && label.find(' ') == std::string::npos;
      std::map<std::string, Group>::iterator target = groups.end();
      size_t titled = 0;
      if (label_only)
        for (auto other = groups.begin(); other != groups.end(); ++other)
          if (other->first.size() > label.size() && other->first.compare(0, label.size() + 1, label + " ") == 0) {
            target = other;
            ++titled;
          }
      if (titled == 1) {
        target->second.count += it->second.count;
        target->second.first = std::min(target->second.first, it->second.first);
        it = groups.erase(it);
      } else {
        ++it;
      }
    }
  }
  std::vector<std::pair<const Group*, std::string>> merged;
  for (const auto& [key, group] : groups) merged.emplace_back(&group, MostPrinted(group));
  std::sort(merged.begin(), merged.end(), [](const auto& a, const auto& b) {
    return a.first->count != b.first->count ? a.first->count > b.first->count : a.first->first < b.first->first;
  });
  std::vector<FacetValue> out;
  for (const auto& [group, printed] : merged) out.push_back({facet, printed, group->count});
  *values = std::move(out);
}

}  // namespace quorum
