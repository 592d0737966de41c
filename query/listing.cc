// SPDX-License-Identifier: MIT
// Listings from the term lists and value slots of the index: an entity's
// paragraphs are its term's postings, so counting needs no stored data
// except to print the value as the paragraph printed it.
#include "query/listing.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <set>

#include "common/base/error.h"
#include "common/base/note_json.h"
#include "common/index/data_codec.h"
#include "common/index/schema.h"
#include "common/index/stored_entities.h"
#include "query/facet_values.h"
#include "query/stored_paragraph.h"

namespace quorum {
namespace {

constexpr const char* kListedTypes[] = {entity_type::kResolution,   entity_type::kSymbol, entity_type::kEvent,
                                        entity_type::kOrganization, entity_type::kRole,   entity_type::kPlace,
                                        entity_type::kAmount};

// A resolution's bare number ("1309", "71/1") is a search form, not a citation to list.
bool IsSearchForm(const std::string& type, const std::string& value) {
  return type == entity_type::kResolution && !value.empty() && std::isdigit(static_cast<unsigned char>(value[0])) &&
         value.find(' ') == std::string::npos;
}

// The value as a paragraph printed it: the entity in the first paragraph
// whose normalised value gives this term. Empty for a term that is only
// another form of a value listed under its own term ("IOM" beside
// "International Organization for Migration"), so each is listed once.
std::string PrintedValue(const Xapian::Database& database, const DataCodec& codec, Xapian::docid docid,
                         const std::string& type, const std::string& term) {
  nlohmann::json data = nlohmann::json::parse(codec.Decode(database.get_document(docid).get_data()), nullptr, false);
  if (data.is_discarded()) return term;
  schema::data::RestoreEntities(&data);
  for (const auto& entity : data.value(schema::data::kEntities, nlohmann::json::array())) {
    if (entity.value("type", "") != type) continue;
    for (const std::string& form : schema::EntityTerms(type, entity.value("text", ""), entity.value("value", "")))
      if (form == term) {
        const std::string value = entity.value("value", "");
        return schema::FilterTerm(*schema::EntityField(type), value) == term || IsSearchForm(type, value) ? value : "";
      }
  }
  return term;
}

void Describe(const Xapian::Database& database, const std::string& term, ListedValue* listed) {
  std::set<std::string> meetings;
  for (Xapian::PostingIterator it = database.postlist_begin(term); it != database.postlist_end(term); ++it) {
    const Xapian::Document doc = database.get_document(*it);
    meetings.insert(doc.get_value(schema::kSlotMeeting));
    const std::string date = doc.get_value(schema::kSlotDate);
    if (date.empty()) continue;
    const std::string iso = date.substr(0, 4) + "-" + date.substr(4, 2) + "-" + date.substr(6, 2);
    if (listed->first.empty() || iso < listed->first) listed->first = iso;
    if (iso > listed->last) listed->last = iso;
  }
  listed->meetings = meetings.size();
}

std::vector<ListedValue> ListEntities(const Xapian::Database& database, const std::string& type, size_t limit) {
  const schema::Field* field = schema::EntityField(type);
  const std::string prefix(field->prefix);
  std::vector<std::pair<Xapian::doccount, std::string>> terms;
  for (Xapian::TermIterator it = database.allterms_begin(prefix); it != database.allterms_end(prefix); ++it) {
    const std::string value = (*it).substr(prefix.size());
    // Another field's terms share this prefix's first letters (XORG, XORGT): skip them.
    if (value.empty() || std::isupper(static_cast<unsigned char>(value[0])) || IsSearchForm(type, value)) continue;
    terms.emplace_back(it.get_termfreq(), *it);
  }
  std::stable_sort(terms.begin(), terms.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<ListedValue> values;
  const DataCodec codec = DataCodec::Of(database);
  for (const auto& [frequency, term] : terms) {
    ListedValue listed;
    listed.kind = type;
    listed.value = PrintedValue(database, codec, *database.postlist_begin(term), type, term);
    if (listed.value.empty()) continue;
    listed.paragraphs = frequency;
    Describe(database, term, &listed);
    values.push_back(std::move(listed));
    if (values.size() == limit) break;
  }
  return values;
}

// The meetings or agenda items of the whole index, most paragraphs first,
// counted like the search's facets (query/facet_values.h).
std::vector<ListedValue> ListFacet(const Xapian::Database& database, const std::string& kind, size_t limit) {
  Xapian::Enquire enquire(database);
  enquire.set_query(Xapian::Query::MatchAll);
  Xapian::ValueCountMatchSpy meeting_spy(schema::kSlotMeeting), facet_spy(schema::kSlotFacets);
  enquire.add_matchspy(kind == "meeting" ? &meeting_spy : &facet_spy);
  enquire.get_mset(0, 0, database.get_doccount());
  const auto counts = FacetCounts(meeting_spy, facet_spy);
  std::vector<ListedValue> values;
  if (const auto it = counts.find(kind); it != counts.end())
    for (const auto& [value, count] : it->second) {
      ListedValue listed;
      listed.kind = kind;
      listed.value = value;
      listed.paragraphs = count;
      values.push_back(std::move(listed));
    }
  std::stable_sort(values.begin(), values.end(),
                   [](const ListedValue& a, const ListedValue& b) { return a.paragraphs > b.paragraphs; });
  if (values.size() > limit) values.resize(limit);
  if (kind == "meeting") {
    StoredParagraphs stored(database);
    for (ListedValue& value : values) value.value = stored.PrintedMeeting(value.value);
  }
  return values;
}

}  // namespace

std::vector<ListedValue> List(const Xapian::Database& database, const std::string& what, const std::string& type,
                              size_t limit) {
  if (what == "meetings") return ListFacet(database, "meeting", limit);
  if (what == "agenda") return ListFacet(database, "agenda", limit);
  if (what != "entities") throw UsageError("--list takes entities, meetings or agenda, not '" + what + "'");
  std::vector<ListedValue> values;
  for (const char* listed : kListedTypes) {
    if (!type.empty() && type != listed) continue;
    std::vector<ListedValue> some = ListEntities(database, listed, limit);
    values.insert(values.end(), some.begin(), some.end());
  }
  if (!type.empty() && !schema::EntityField(type))
    throw UsageError("unknown entity type '" + type +
                     "'; use resolution, symbol, event, organization, role, place or amount");
  return values;
}

void PrintListText(const std::vector<ListedValue>& values, std::ostream& out) {
  std::string kind;
  for (const ListedValue& v : values) {
    if (v.kind != kind) out << (kind.empty() ? "" : "\n") << (kind = v.kind) << ":\n";
    out << "  " << v.paragraphs << (v.paragraphs == 1 ? " paragraph" : " paragraphs");
    if (v.meetings) out << " in " << v.meetings << (v.meetings == 1 ? " meeting" : " meetings");
    if (!v.first.empty()) out << ", " << (v.first == v.last ? v.first : v.first + ".." + v.last);
    out << "  " << v.value << '\n';
  }
}

void PrintListJson(const std::vector<ListedValue>& values, std::ostream& out) {
  for (const ListedValue& v : values) {
    OrderedJson line = {{"v", 1}, {"type", "list"}, {"kind", v.kind}, {"value", v.value}, {"paragraphs", v.paragraphs}};
    if (v.meetings) line["meetings"] = v.meetings;
    if (!v.first.empty()) {
      line["first"] = v.first;
      line["last"] = v.last;
    }
    out << DumpJsonLine(line) << '\n';
  }
}

}  // namespace quorum
