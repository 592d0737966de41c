// SPDX-License-Identifier: MIT
// The requests ledger (see ledger.h): a Xapian query over paragraphs that
// hold a request kind term, then one record per request, then follow-up.
#include "query/ledger.h"

#include <algorithm>

#include "common/base/error.h"
#include "common/index/database.h"
#include "common/index/schema.h"
#include "common/requests/follow_up_text.h"
#include "common/text/language.h"
#include "common/text/unicode_text.h"
#include "query/query_builder.h"
#include "query/result_printer.h"
#include "query/stored_paragraph.h"

namespace quorum {
namespace {

namespace d = schema::data;

}  // namespace

std::string FoldPartyWord(std::string_view word) {
  std::string out = unicode_text::WithoutMarks(word);
  // Spanish "-ción"/"-ciones" is English and French "-tion"/"-tions": "Administración", "Administration".
  for (auto [from, to] : {std::pair<std::string_view, std::string_view>{"ciones", "tions"}, {"cion", "tion"}}) {
    if (out.size() > from.size() + 3 && out.compare(out.size() - from.size(), from.size(), from) == 0) {
      out.replace(out.size() - from.size(), from.size(), to);
      break;
    }
  }
  return out;
}

namespace {

// Words of a --to or --by value that must all be in a party's name, folded
// (FoldPartyWord) once here; function words are dropped, so "--to the
// administration" finds "IOM Administration".
std::vector<std::string> PartyFilterWords(const std::string& value) {
  std::vector<std::string> words;
  for (const std::string& word : schema::PartyWords(value)) {
    if (!IsStopWordOfAnyLanguage(word)) words.push_back(FoldPartyWord(word));
  }
  return words;
}

// `folded_words` as PartyFilterWords gives them; without any, every party
// is named, and the party's name is not read.
bool Names(const std::string& party, const std::vector<std::string>& folded_words) {
  if (folded_words.empty()) return true;
  std::vector<std::string> name = schema::PartyWords(party);
  for (std::string& word : name) word = FoldPartyWord(word);
  for (const std::string& word : folded_words)
    if (std::find(name.begin(), name.end(), word) == name.end()) return false;
  return true;
}

// A --to or --by word matches the party words of the index that fold to
// it: "administration" finds "administración" and "administration" alike.
// The addressee and requester vocabularies are small (names of parties), so
// scanning a prefix's terms costs little.
Xapian::Query PartyWordQuery(const Xapian::Database& database, std::string_view prefix, const std::string& folded) {
  std::vector<Xapian::Query> terms;
  for (auto it = database.allterms_begin(std::string(prefix)); it != database.allterms_end(std::string(prefix)); ++it) {
    const std::string term = *it;
    if (FoldPartyWord(term.substr(prefix.size())) == folded) terms.emplace_back(term);
  }
  if (terms.empty()) return Xapian::Query(schema::BoundedTerm(prefix, folded));
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

Xapian::Query RequestQuery(const Xapian::Database& database, const QueryConfig& config,
                           const std::vector<std::string>& to, const std::vector<std::string>& by) {
  std::vector<Xapian::Query> kinds;
  for (std::string_view kind : schema::kRequestKinds) kinds.emplace_back(schema::RequestKindTerm(kind));
  std::vector<Xapian::Query> filters = {Xapian::Query(Xapian::Query::OP_OR, kinds.begin(), kinds.end())};
  for (const std::string& word : to) filters.push_back(PartyWordQuery(database, schema::kAddresseePrefix, word));
  for (const std::string& word : by) filters.push_back(PartyWordQuery(database, schema::kRequesterPrefix, word));
  const Xapian::Query filter(Xapian::Query::OP_AND, filters.begin(), filters.end());
  // QUERY words and the flag filters (--meeting, --agenda, --body, dates) as a search would read them.
  // The words select records, as a filter: every word, not the ranking's soft AND.
  QueryConfig selecting = config;
  selecting.match_all = !config.match_any;
  const Xapian::Query searched = BuildQuery(database, selecting).query;
  return Xapian::Query(Xapian::Query::OP_FILTER, searched, filter);
}

Ledger CollectOnce(const Xapian::Database& database, const QueryConfig& config) {
  const std::vector<std::string> to = PartyFilterWords(config.addressee);
  const std::vector<std::string> by = PartyFilterWords(config.requester);
  Xapian::Enquire enquire(database);
  enquire.set_query(RequestQuery(database, config, to, by));
  // Newest meeting first; within a meeting, reading order.
  Xapian::MultiValueKeyMaker order;
  order.add_value(schema::kSlotDate, true);
  order.add_value(schema::kSlotNoteKey);
  order.add_value(schema::kSlotOrdinal);
  enquire.set_sort_by_key(&order, false);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const Xapian::MSet mset = enquire.get_mset(0, database.get_doccount());

  Ledger ledger;
  FollowUp follow_up(database);
  StoredParagraphs stored(database);
  for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) {
    nlohmann::json data = stored.Read(it.get_document());
    if (data.empty()) continue;
    const auto requests = data.value(d::kRequests, nlohmann::json::array());
    for (size_t i = 0; i < requests.size(); ++i) {
      // The paragraph matched on the words of any of its records; keep the records that match.
      if (!Names(requests[i].value("addressee", ""), to) || !Names(requests[i].value("requester", ""), by)) continue;
      LedgerRecord record{{*it, i, data, requests[i]}, {}};
      record.answers = follow_up.Answers(record.source);
      // "[x] @bob draft the notice": the minutes mark the task done; the record answers itself.
      if (follow_up::IsCheckedTask(StoredText(requests[i], "sentence")))
        record.answers.insert(
            record.answers.begin(),
            Answer{
                data.value(d::kId, ""), data.value(d::kDate, ""), StoredText(requests[i], "sentence"), {}, "checked"});
      if (config.open_only && !record.open()) continue;
      ++ledger.total;
      if (record.open()) ++ledger.open;
      if (ledger.total > config.offset && ledger.records.size() < config.limit)
        ledger.records.push_back(std::move(record));
    }
  }
  ledger.first = config.offset + 1;
  return ledger;
}

}  // namespace

Ledger CollectLedger(const Xapian::Database& database, const QueryConfig& config) {
  return ReadLatest(database, [&](const Xapian::Database& latest) { return CollectOnce(latest, config); });
}

std::string RecordCitation(const StoredRequest& request) {
  std::string id = request.paragraph.value(d::kId, "");
  const auto items = request.request.value("items", nlohmann::json::array());
  if (items.size() == 1) id += "(" + items.front().value("label", "") + ")";
  if (items.size() > 1) id += "(" + items.front().value("label", "") + ")-(" + items.back().value("label", "") + ")";
  return id;
}

void RunLedger(const Xapian::Database& database, const QueryConfig& config, bool terminal, std::ostream& out) {
  if (config.format == "trec") throw UsageError("--requests prints text, json, csv or markdown, not trec");
  const Ledger ledger = CollectLedger(database, config);
  if (config.format == "json") return PrintLedgerJson(ledger, out);
  if (config.format == "csv") return PrintLedgerCsv(ledger, out);
  if (config.format == "markdown") return PrintLedgerMarkdown(ledger, out);
  PrintLedgerText(ledger, UseColor(config.color, terminal), out);
}

}  // namespace quorum
