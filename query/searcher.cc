// SPDX-License-Identifier: MIT
// Search execution on Xapian::Enquire with ValueCountMatchSpy facets.
#include "query/searcher.h"

#include <algorithm>
#include <memory>

#include "common/language.h"
#include "common/schema.h"
#include "query/query_builder.h"

namespace quorum {
namespace {

constexpr size_t kFacetValuesShown = 10;
constexpr size_t kSnippetBytes = 240;
// Without --exact-counts, stop counting after this many matches beyond the
// page: facet counts and the total are then estimates, and say so.
constexpr Xapian::doccount kCheckAtLeast = 2000;

struct FacetSpec {
  const char* name;
  Xapian::valueno slot;
};
constexpr FacetSpec kFacets[] = {{"meeting", schema::kSlotMeeting},
                                 {"agenda", schema::kSlotAgenda},
                                 {"body", schema::kSlotBody},
                                 {"year", schema::kSlotYear}};

std::string Snippet(const Xapian::MSet& mset, const nlohmann::json& data) {
  std::string text = data.value(schema::data::kText, "");
  for (const auto& item : data.value(schema::data::kItems, nlohmann::json::array()))
    text += " (" + item.value("label", "") + ") " + item.value("text", "");
  const Xapian::Stem stemmer(StemmerName(data.value(schema::data::kLanguage, "en")));
  return mset.snippet(text, kSnippetBytes, stemmer,
                      Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
                      kHighlightStart, kHighlightEnd, "\u2026");
}

}  // namespace

SearchResult Search(const Xapian::Database& database, const QueryConfig& config) {
  const BuiltQuery built = BuildQuery(database, config);
  Xapian::Enquire enquire(database);
  enquire.set_query(built.query);
  Xapian::MultiValueKeyMaker chronological;
  if (config.query.empty()) {
    // Filters alone: meetings oldest first, each in reading order.
    chronological.add_value(schema::kSlotDate);
    chronological.add_value(schema::kSlotNoteKey);
    chronological.add_value(schema::kSlotOrdinal);
    enquire.set_sort_by_key(&chronological, false);
  }
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;
  for (const FacetSpec& facet : kFacets) {
    spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(facet.slot));
    enquire.add_matchspy(spies.back().get());
  }
  const Xapian::doccount check_at_least =
      config.exact_counts ? database.get_doccount()
                          : static_cast<Xapian::doccount>(config.offset + config.limit) + kCheckAtLeast;
  const Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(config.offset),
                                             static_cast<Xapian::doccount>(config.limit), check_at_least);
  SearchResult result;
  result.query_description = built.description;
  result.matches = mset.get_matches_estimated();
  result.exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
  for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) {
    Hit hit;
    hit.rank = it.get_rank() + 1;  // get_rank() counts from the first match of all pages
    hit.score = it.get_weight();
    hit.data = nlohmann::json::parse(it.get_document().get_data(), nullptr, false);
    if (hit.data.is_discarded()) hit.data = nlohmann::json::object();
    hit.snippet = Snippet(mset, hit.data);
    result.hits.push_back(std::move(hit));
  }
  for (size_t f = 0; f < std::size(kFacets); ++f) {
    std::vector<FacetValue> values;
    for (Xapian::TermIterator v = spies[f]->values_begin(); v != spies[f]->values_end(); ++v)
      if (!(*v).empty()) values.push_back({kFacets[f].name, *v, v.get_termfreq()});
    std::stable_sort(values.begin(), values.end(),
                     [](const FacetValue& a, const FacetValue& b) { return a.count > b.count; });
    if (values.size() > kFacetValuesShown) values.resize(kFacetValuesShown);
    result.facets.insert(result.facets.end(), values.begin(), values.end());
  }
  return result;
}

}  // namespace quorum
