// SPDX-License-Identifier: MIT
// Routes: pages, the JSON API and the static files, each a thin call into
// query/ (Search, Show, CollectLedger, List) and a renderer.
#include "serve/router.h"

#include <xapian.h>

#include <boost/program_options/errors.hpp>
#include <iostream>
#include <map>
#include <memory>

#include "common/base/error.h"
#include "common/base/note_json.h"
#include "common/index/database.h"
#include "common/index/schema.h"
#include "query/ledger.h"
#include "query/listing.h"
#include "query/result_printer.h"
#include "query/searcher.h"
#include "serve/pages.h"
#include "serve_assets.h"

namespace quorum {
namespace {

constexpr const char* kHtml = "text/html; charset=utf-8";
constexpr const char* kJson = "application/json; charset=utf-8";

// A Xapian::Database is not safe to share between threads; each worker
// keeps its own handle per router, opened once and reopened at each request
// (reopen() costs a check of the revision; it picks up new commits).
const Xapian::Database& Latest(const std::string& key, const std::vector<std::string>& paths) {
  thread_local std::map<std::string, std::unique_ptr<Xapian::Database>> handles;
  std::unique_ptr<Xapian::Database>& handle = handles[key];
  if (handle) {
    handle->reopen();
  } else {
    handle = std::make_unique<Xapian::Database>(OpenReadableDatabase(paths));
  }
  return *handle;
}

bool IsApi(const std::string& path) { return path.rfind("/api/", 0) == 0; }

WebAnswer Json(int status, const OrderedJson& body) { return {status, kJson, DumpJsonLine(body) + "\n"}; }

WebAnswer Failure(int status, const std::string& path, const std::string& message, const WebParams& params) {
  if (IsApi(path)) return Json(status, {{"v", kApiJsonVersion}, {"error", {{"status", status}, {"message", message}}}});
  return {status, kHtml, ErrorPage(status, message, IsApi(path) ? WebParams{} : params)};
}

OrderedJson Objects(const std::vector<Hit>& hits) {
  OrderedJson list = OrderedJson::array();
  for (const Hit& hit : hits) list.push_back(HitJson(hit));
  return list;
}

IndexSummary Summarise(const Xapian::Database& database) {
  IndexSummary summary;
  summary.paragraphs = database.get_doccount();
  // One metadata record per indexed note: counting them reads no paragraph.
  for (auto key = database.metadata_keys_begin(std::string(schema::kNoteRecordPrefix));
       key != database.metadata_keys_end(std::string(schema::kNoteRecordPrefix)); ++key)
    ++summary.notes;
  return summary;
}

}  // namespace

Router::Router(ServeConfig config) : config_(std::move(config)) {
  for (const std::string& path : config_.databases) database_key_ += path + '\n';
}

WebAnswer Router::Get(const std::string& path, const WebParams& params) const {
  try {
    return Route(path, params);
  } catch (const UsageError& e) {
    // Show and the paragraph page take nothing but an id: what they reject is one no paragraph has.
    const bool lookup = path == "/p" || path == "/api/show";
    return Failure(lookup ? 404 : 400, path, e.what(), params);
  } catch (const boost::program_options::error& e) {
    return Failure(400, path, e.what(), params);
  } catch (const Xapian::DatabaseError& e) {
    return Failure(503, path, "the index cannot be read: " + e.get_msg(), params);
  } catch (const std::exception& e) {
    std::cerr << "quorum-serve: error answering " << path << ": " << e.what() << '\n';
    return Failure(500, path, "internal error; the server's log says more", params);
  } catch (const Xapian::Error& e) {
    std::cerr << "quorum-serve: error answering " << path << ": " << e.get_description() << '\n';
    return Failure(500, path, "internal error; the server's log says more", params);
  }
}

WebAnswer Router::Route(const std::string& path, const WebParams& params) const {
  if (path == "/static/quorum.css") return {200, "text/css; charset=utf-8", assets::kStylesheet};
  if (path == "/static/quorum.js") return {200, "text/javascript; charset=utf-8", assets::kScript};
  if (path == "/favicon.ico") return {204, "image/x-icon", ""};  // browsers ask; there is none
  const bool search = path == "/" || path == "/api/search";
  const bool requests = path == "/requests" || path == "/api/requests";
  const bool show = path == "/p" || path == "/api/show";
  if (!search && !requests && !show && path != "/entities")
    return Failure(404, path, "no page at " + path + "; try / for search or /requests for the ledger", params);
  const Xapian::Database& database = Latest(database_key_, config_.databases);
  if (path == "/" && !AsksForSearch(params)) return {200, kHtml, HomePage(Summarise(database))};
  if (search) {
    const QueryConfig query = ConfigFromParams(params, WebView::kSearch, config_.databases, config_.max_limit);
    const SearchResult result = Search(database, query);
    if (path == "/") return {200, kHtml, SearchPage(params, query, result)};
    OrderedJson facets = OrderedJson::array();
    for (const FacetValue& facet : result.facets) facets.push_back(FacetJson(facet));
    return Json(
        200,
        {{"v", kApiJsonVersion}, {"hits", Objects(result.hits)}, {"facets", facets}, {"summary", SummaryJson(result)}});
  }
  if (requests) {
    const QueryConfig query = ConfigFromParams(params, WebView::kRequests, config_.databases, config_.max_limit);
    const Ledger ledger = CollectLedger(database, query);
    if (path == "/requests") return {200, kHtml, RequestsPage(params, query, ledger)};
    OrderedJson records = OrderedJson::array();
    for (const LedgerRecord& record : ledger.records) records.push_back(LedgerRecordJson(record));
    return Json(200, {{"v", kApiJsonVersion}, {"records", records}, {"summary", LedgerSummaryJson(ledger)}});
  }
  if (path == "/entities") {
    const std::string type = ParamValue(params, "type");
    return {200, kHtml, EntitiesPage(type, List(database, "entities", type, config_.max_limit))};
  }
  const std::string id = ParamValue(params, "id");
  if (id.empty()) throw UsageError("give the id of a paragraph or meeting: ?id=WG/REL/2017/7 \u00B626");
  const SearchResult shown = Show(database, id);
  if (path == "/api/show")
    return Json(200, {{"v", kApiJsonVersion}, {"hits", Objects(shown.hits)}, {"summary", SummaryJson(shown)}});
  // The paragraph page shows it among its meeting's paragraphs.
  const std::string meeting = shown.hits.front().data.value(schema::data::kMeeting, id);
  return {200, kHtml, ParagraphPage(id, shown.hits.size() > 1 ? shown : Show(database, meeting))};
}

}  // namespace quorum
