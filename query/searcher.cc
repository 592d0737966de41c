// SPDX-License-Identifier: MIT
// Search execution on Xapian::Enquire with ValueCountMatchSpy facets.
#include "query/searcher.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <tuple>
#include <utility>

#include "common/base/error.h"
#include "common/index/database.h"
#include "common/index/schema.h"
#include "common/text/language.h"
#include "query/facet_values.h"
#include "query/paragraph_lookup.h"
#include "query/query_builder.h"
#include "query/ranking.h"
#include "query/snippet.h"
#include "query/stored_paragraph.h"

namespace quorum {
namespace {

constexpr size_t kFacetValuesShown = 10;
constexpr size_t kSnippetBytes = 240;
// Without --exact-counts, stop counting after this many matches beyond the
// page: facet counts and the total are then estimates, and say so. Each
// match counted costs a read of five value slots: at 2,000 the facets were
// the largest share of a search's time on the UN General Debate index, 500
// took 1.3 ms off its median and 200 another 0.5 ms, which the latency
// target needed. --exact-counts counts every match.
constexpr Xapian::doccount kCheckAtLeast = 200;
// --like: how many of the paragraph's most telling terms make the query.
constexpr Xapian::termcount kLikeTerms = 30;

// The facets shown under the hits, in this order; the entity-type facet follows.
constexpr const char* kFacets[] = {"meeting", "agenda", "body", "year"};

// The paragraph's text with its listed items, as the snippet reads it.
std::string FullText(const nlohmann::json& data) {
  std::string text = data.value(schema::data::kText, "");
  for (const auto& item : data.value(schema::data::kItems, nlohmann::json::array()))
    text += " (" + item.value("label", "") + ") " + item.value("text", "");
  return text;
}

// The query's highlights are read once per language (stop words differ),
// not once per hit.
std::string Snippet(const nlohmann::json& data, const std::string& query,
                    std::map<std::string, Highlights>* by_language) {
  const std::string language = data.value(schema::data::kLanguage, "en");
  auto it = by_language->find(language);
  if (it == by_language->end()) it = by_language->emplace(language, HighlightsFromQuery(query, language)).first;
  return MakeSnippet(FullText(data), it->second, language, kSnippetBytes, kHighlightStart, kHighlightEnd);
}

// --like: the paragraph's most telling terms (Xapian's expand set from it
// as the one relevant document), limited to other meetings.
Xapian::Query LikeQuery(const Xapian::Database& database, const std::string& id) {
  const std::vector<Xapian::Document> found = LookUpId(database, id);
  if (found.size() != 1)
    throw UsageError("--like needs the id of one paragraph, such as 'WG/REL/2017/7 \u00B626'; '" + id + "' names " +
                     std::to_string(found.size()));
  Xapian::Enquire enquire(database);
  Xapian::RSet relevant;
  const Xapian::docid docid = DocidIn(database, found[0]);
  if (docid == 0) throw Error("paragraph '" + id + "' has no note key or ordinal; re-index it");
  relevant.add_document(docid);
  // Only the paragraph's own words: not its context, ids or filters.
  struct TextTerms : Xapian::ExpandDecider {
    bool operator()(const std::string& term) const override {
      const auto first = static_cast<unsigned char>(term[0]);
      return !(first >= 'A' && first <= 'Z') && !std::isdigit(first);
    }
  } text_terms;
  const Xapian::ESet eset = enquire.get_eset(kLikeTerms, relevant, &text_terms);
  std::vector<Xapian::Query> terms;
  for (Xapian::ESetIterator it = eset.begin(); it != eset.end(); ++it) terms.emplace_back(*it);
  const Xapian::Query like(Xapian::Query::OP_OR, terms.begin(), terms.end());
  const Xapian::Query same_meeting(schema::FilterTerm(schema::kMeeting, found[0].get_value(schema::kSlotMeeting)));
  return Xapian::Query(Xapian::Query::OP_AND_NOT, like, same_meeting);
}

// --explain: which lifting parts of the default ranking ("all words",
// "phrase", "near") each hit of the page matched, by one filtered match per
// part over the page's paragraphs only.
void MarkLifts(const Xapian::Database& database, const std::vector<std::pair<std::string, Xapian::Query>>& parts,
               const Xapian::MSet& mset, std::vector<Hit>* hits) {
  std::vector<Xapian::Query> page;
  for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) page.push_back(SameParagraph(it.get_document()));
  const Xapian::Query on_page(Xapian::Query::OP_OR, page.begin(), page.end());
  std::map<std::string, std::vector<Xapian::Query>> by_name;  // one part per language
  for (const auto& [name, part] : parts) by_name[name].push_back(part);
  for (const auto& [name, alternatives] : by_name) {
    Xapian::Enquire enquire(database);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER,
                                    Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end()),
                                    on_page));
    const Xapian::MSet matched = enquire.get_mset(0, mset.size());
    size_t i = 0;
    for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it, ++i)
      for (Xapian::MSetIterator m = matched.begin(); m != matched.end(); ++m)
        if (*m == *it) (*hits)[i].lifted_by.push_back(name);
  }
}

// Pseudo-relevance feedback: the most telling words of the first
// ranking::kFeedbackDocuments paragraphs (Xapian's expand set, their stemmed
// text words not in the query), at ranking::kFeedbackWeight so that they
// never outweigh a word typed. They reorder the matches and add none
// (OP_AND_MAYBE): what matches stays what the words and filters select.
Xapian::Query WithFeedback(Xapian::Enquire& enquire, const Xapian::Query& query) {
  if (ranking::kFeedbackWeight <= 0) return query;
  enquire.set_query(query);
  const Xapian::MSet top = enquire.get_mset(0, ranking::kFeedbackDocuments);
  if (top.size() < 2) return query;  // one paragraph is no evidence of what the words mean
  Xapian::RSet relevant;
  for (Xapian::MSetIterator it = top.begin(); it != top.end(); ++it) relevant.add_document(*it);
  struct NewTextStems : Xapian::ExpandDecider {
    std::set<std::string> typed;
    bool operator()(const std::string& term) const override {
      // "Z" and a lower-case letter: a stemmed word of a paragraph's own
      // text; function words ("for", "les") say nothing of the subject.
      if (term.size() <= 3 || term[0] != 'Z' || (term[1] >= 'A' && term[1] <= 'Z') || typed.count(term)) return false;
      return !IsStopWordOfAnyLanguage(std::string_view(term).substr(1));
    }
  } decider;
  for (auto term = query.get_terms_begin(); term != query.get_terms_end(); ++term) decider.typed.insert(*term);
  const Xapian::ESet eset = enquire.get_eset(ranking::kFeedbackTerms, relevant, &decider);
  if (eset.empty()) return query;
  std::vector<Xapian::Query> terms;
  for (Xapian::ESetIterator it = eset.begin(); it != eset.end(); ++it) terms.emplace_back(*it);
  return Xapian::Query(
      Xapian::Query::OP_AND_MAYBE, query,
      Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()),
                    ranking::kFeedbackWeight));
}

// Returns true when the order is chronological by a KeyMaker.
bool SetOrder(Xapian::Enquire& enquire, const QueryConfig& config, Xapian::KeyMaker* chronological) {
  bool by_key = false;
  if (config.sort == "newest" || config.sort == "oldest") {
    // Ties (one meeting) keep relevance order.
    enquire.set_sort_by_value_then_relevance(schema::kSlotDate, config.sort == "newest");
  } else if (config.query.empty() && config.like.empty()) {
    // Filters alone: meetings oldest first, each in reading order.
    enquire.set_sort_by_key(chronological, false);
    by_key = true;
  }
  if (config.collapse == "meeting") enquire.set_collapse_key(schema::kSlotMeeting);
  return by_key;
}

// Reading order: date, note, paragraph ordinal.
std::tuple<std::string, std::string, std::string> ReadingKey(const Xapian::Document& document) {
  return {document.get_value(schema::kSlotDate), document.get_value(schema::kSlotNoteKey),
          document.get_value(schema::kSlotOrdinal)};
}

std::vector<FacetValue> Facets(const std::map<std::string, std::map<std::string, Xapian::doccount>>& counts,
                               StoredParagraphs* stored) {
  std::vector<FacetValue> facets;
  for (const char* facet : kFacets) {
    std::vector<FacetValue> values;
    if (const auto it = counts.find(facet); it != counts.end())
      for (const auto& [value, count] : it->second) values.push_back({facet, value, count});
    MergeFacetValues(facet, &values);  // most frequent first
    if (values.size() > kFacetValuesShown) values.resize(kFacetValuesShown);
    if (facet == std::string("meeting"))
      for (FacetValue& value : values) value.value = stored->PrintedMeeting(value.value);
    facets.insert(facets.end(), values.begin(), values.end());
  }
  return facets;
}

}  // namespace

static SearchResult SearchOnce(const Xapian::Database& database, const QueryConfig& config) {
  SearchResult result;
  Xapian::Query query;
  std::vector<std::pair<std::string, Xapian::Query>> lifting_parts;
  if (!config.like.empty()) {
    query = LikeQuery(database, config.like);
    if (!config.query.empty() || !config.meetings.empty() || !config.agenda.empty() || !config.body.empty() ||
        !config.from.empty() || !config.to.empty()) {
      // Words given with --like filter the precedent, so all of them must match.
      QueryConfig filtering = config;
      filtering.match_all = !config.match_any;
      query = Xapian::Query(Xapian::Query::OP_FILTER, query, BuildQuery(database, filtering).query);
    }
  } else {
    const BuiltQuery built = BuildQuery(database, config);
    query = built.query;
    result.parsed_text = built.parsed_text;
    result.languages = built.languages;
    result.expansions = built.expansions;
    lifting_parts = built.parts;
  }
  Xapian::Enquire enquire(database);
  enquire.set_weighting_scheme(Xapian::BM25Weight(ranking::kBm25K1, ranking::kBm25K2, ranking::kBm25K3, ranking::kBm25B,
                                                  ranking::kBm25MinNormLen));
  // Feedback reads the words' own best paragraphs: for a search by words
  // in the default ranking, not for --like (already a feedback query) or --all/--any.
  if ((config.expand == "feedback" || config.expand == "both") && config.like.empty() && !config.query.empty() &&
      !config.match_all && !config.match_any)
    query = WithFeedback(enquire, query);
  enquire.set_query(query);
  Xapian::MultiValueKeyMaker chronological;
  chronological.add_value(schema::kSlotDate);
  chronological.add_value(schema::kSlotNoteKey);
  chronological.add_value(schema::kSlotOrdinal);
  const bool by_key = SetOrder(enquire, config, &chronological);
  // Stock spies: one for the meeting, one for every other facet (see
  // schema::FacetValues).
  Xapian::ValueCountMatchSpy meeting_spy(schema::kSlotMeeting), facet_spy(schema::kSlotFacets);
  enquire.add_matchspy(&meeting_spy);
  enquire.add_matchspy(&facet_spy);
  const Xapian::doccount check_at_least =
      config.exact_counts ? database.get_doccount()
                          : static_cast<Xapian::doccount>(config.offset + config.limit) + kCheckAtLeast;
  const auto first = static_cast<Xapian::doccount>(config.offset);
  const auto size = static_cast<Xapian::doccount>(config.limit);
  Xapian::MSet mset;
  bool sort_page = false;
  try {
    mset = enquire.get_mset(first, size, check_at_least);
  } catch (const Xapian::UnimplementedError&) {
    // xapian-tcpsrv cannot run a KeyMaker. The shards then order by date,
    // and the page is put in reading order here; a day's paragraphs that
    // straddle two pages may be split differently from a local index. The
    // error comes before any shard matched, so the spies have counted nothing.
    if (!by_key) throw;
    enquire.set_sort_by_value(schema::kSlotDate, false);
    mset = enquire.get_mset(first, size, check_at_least);
    sort_page = true;
  }
  result.query_description = query.get_description();
  result.matches = mset.get_matches_estimated();
  result.exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
  // A suggestion only helps when nothing matched, and looking one up reads
  // the spelling table for every word, so it is looked up only then.
  if (mset.empty() && config.like.empty() && !config.query.empty())
    result.suggestion = BuildQuery(database, config, true).corrected;
  std::map<std::string, Highlights> highlights;
  StoredParagraphs stored(database);
  for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) {
    Hit hit;
    hit.rank = it.get_rank() + 1;  // get_rank() counts from the first match of all pages
    hit.score = it.get_weight();
    const Xapian::Document document = it.get_document();
    hit.data = stored.Read(document);
    hit.snippet = Snippet(hit.data, config.query, &highlights);
    if (config.context > 0) {
      for (const Xapian::Document& near : Neighbours(database, document, config.context)) {
        const bool before = near.get_value(schema::kSlotOrdinal) < document.get_value(schema::kSlotOrdinal);
        (before ? hit.before : hit.after).push_back(stored.Read(near));
      }
    }
    if (config.explain)
      for (Xapian::TermIterator t = enquire.get_matching_terms_begin(it); t != enquire.get_matching_terms_end(it); ++t)
        hit.matched_terms.push_back(*t);
    result.hits.push_back(std::move(hit));
  }
  if (config.explain && !lifting_parts.empty()) MarkLifts(database, lifting_parts, mset, &result.hits);
  if (sort_page) {
    std::vector<std::pair<std::tuple<std::string, std::string, std::string>, Hit>> keyed;
    Xapian::MSetIterator it = mset.begin();
    for (Hit& hit : result.hits) keyed.emplace_back(ReadingKey((it++).get_document()), std::move(hit));
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    result.hits.clear();
    for (auto& [key, hit] : keyed) {
      hit.rank = first + result.hits.size() + 1;
      result.hits.push_back(std::move(hit));
    }
  }
  const auto counts = FacetCounts(meeting_spy, facet_spy);
  result.facets = Facets(counts, &stored);
  std::vector<FacetValue> types;
  if (const auto it = counts.find("entity"); it != counts.end())
    for (const auto& [type, count] : it->second) types.push_back({"entity", type, count});
  std::stable_sort(types.begin(), types.end(),
                   [](const FacetValue& a, const FacetValue& b) { return a.count > b.count; });
  result.facets.insert(result.facets.end(), types.begin(), types.end());
  return result;
}

SearchResult Search(const Xapian::Database& database, const QueryConfig& config) {
  return ReadLatest(database, [&](const Xapian::Database& latest) { return SearchOnce(latest, config); });
}

SearchResult Show(const Xapian::Database& database, const std::string& id) {
  const std::vector<Xapian::Document> found = LookUpId(database, id);
  if (found.empty())
    throw UsageError("no paragraph or meeting has the id '" + id +
                     "'; ids look like 'WG/REL/2017/7 \u00B626' (a paragraph) or 'WG/REL/2017/7' (a meeting)");
  SearchResult result;
  StoredParagraphs stored(database);
  for (const Xapian::Document& document : found) {
    Hit hit;
    hit.rank = result.hits.size() + 1;
    hit.data = stored.Read(document);
    hit.snippet = FullText(hit.data);
    result.hits.push_back(std::move(hit));
  }
  result.matches = result.hits.size();
  result.exact = true;
  return result;
}

}  // namespace quorum
