// SPDX-License-Identifier: MIT
// What every page of quorum-serve shares: the document frame (head, site
// header, main landmark) and the search form.
#pragma once

#include <string>

#include "query/query_args.h"
#include "serve/html.h"
#include "serve/web_params.h"

namespace quorum {

/// A whole page: <head> with the stylesheet and script, the header with
/// the site's links, `main` inside <main>. `title` is text, escaped here.
std::string Frame(const std::string& title, const std::string& main);

/// The search form, filled in from `params`; its filters and order fold
/// away under <details> unless one is set.
void SearchForm(const WebParams& params, Html& html);

/// A checkbox that sends name=value when ticked; ticked while the URL has `name`.
void Checkbox(const WebParams& params, const char* name, const char* value, const char* label, Html& html);

/// Previous, a window of page numbers, next: links to `path` with `params`
/// at each page of `total` results of config.limit each.
void Pager(const std::string& path, const WebParams& params, size_t total, const QueryConfig& config, Html& html);

}  // namespace quorum
