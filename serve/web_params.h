// SPDX-License-Identifier: MIT
// A request's URL parameters as quorum-search options. Every page and API
// call goes through ParseQueryArgs, so the web answers exactly what the
// command line answers for the same options, with the same error messages.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "query/query_args.h"

namespace quorum {

/// URL parameters in the order given; a name may repeat (meeting=…&meeting=…).
using WebParams = std::multimap<std::string, std::string>;

enum class WebView { kSearch, kRequests };

/// The quorum-search configuration for `params`: each known parameter is
/// the option of the same name (q is the QUERY; any, open and explain
/// are switches set by 1/on/true; empty values are absent).
/// Throws UsageError for an unknown parameter or a limit over `max_limit`,
/// and whatever ParseQueryArgs throws for bad values.
QueryConfig ConfigFromParams(const WebParams& params, WebView view, const std::vector<std::string>& databases,
                             size_t max_limit);

/// True if `params` ask for anything (a query or a filter); a bare page
/// shows the search box alone.
bool AsksForSearch(const WebParams& params);

/// The value of `name`, or "" when absent (the first, when repeated).
std::string ParamValue(const WebParams& params, const std::string& name);

}  // namespace quorum
