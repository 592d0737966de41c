// SPDX-License-Identifier: MIT
// quorum-serve's pages, rendered on the server: every state is a URL that
// works without script; /static/quorum.js only adds the copy buttons.
#pragma once

#include <string>
#include <vector>

#include "query/ledger.h"
#include "query/listing.h"
#include "query/searcher.h"
#include "serve/web_params.h"

namespace quorum {

/// What the start page says about the index.
struct IndexSummary {
  size_t paragraphs = 0;
  size_t notes = 0;
};

/// The search box alone, with what the index holds and example searches.
std::string HomePage(const IndexSummary& summary);

/// Results with facet links, filter chips and paging; `config` is what
/// `params` asked for (page size, offset, sort).
std::string SearchPage(const WebParams& params, const QueryConfig& config, const SearchResult& result);

/// A paragraph (`id`) in its meeting: the paragraphs around it, its items
/// and footnotes, "more like this" and the whole meeting. `meeting` holds
/// the meeting's paragraphs in reading order; for a meeting id, all shown.
std::string ParagraphPage(const std::string& id, const SearchResult& meeting);

/// The ledger, with its filters as a form and each record's answers.
std::string RequestsPage(const WebParams& params, const QueryConfig& config, const Ledger& ledger);

/// The entities of one type (or all), each a link to the search for it.
std::string EntitiesPage(const std::string& type, const std::vector<ListedValue>& values);

/// An error with the message quorum-search would print (the query with a
/// caret under the problem, kept in <pre>) and the search box to try again.
std::string ErrorPage(int status, const std::string& message, const WebParams& params);

}  // namespace quorum
