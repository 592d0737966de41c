// SPDX-License-Identifier: MIT
// URL parameters to quorum-search options, through the CLI's own parser.
#include "serve/web_params.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "common/base/error.h"

namespace quorum {
namespace {

// The options a URL may set, by view. Nothing that names a file on the
// server (--db, --synonyms) or changes the output format is reachable.
constexpr std::array<std::string_view, 17> kSearchOptions = {
    "meeting", "agenda",  "body", "from", "to",  "sort", "collapse", "page",  "limit",
    "offset",  "context", "like", "lang", "any", "all",  "explain",  "expand"};
constexpr std::array<std::string_view, 11> kRequestOptions = {"meeting", "agenda", "body",  "from",   "to",  "to-date",
                                                              "by",      "page",   "limit", "offset", "open"};
constexpr std::array<std::string_view, 4> kSwitches = {"any", "all", "open", "explain"};

template <size_t N>
bool Contains(const std::array<std::string_view, N>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool SwitchOn(const std::string& value) { return value == "1" || value == "on" || value == "true" || value == "yes"; }

}  // namespace

std::string ParamValue(const WebParams& params, const std::string& name) {
  const auto it = params.find(name);
  return it == params.end() ? std::string() : it->second;
}

bool AsksForSearch(const WebParams& params) {
  for (const auto& [name, value] : params)
    if (!value.empty() && name != "page" && name != "sort" && name != "limit" && name != "offset") return true;
  return false;
}

QueryConfig ConfigFromParams(const WebParams& params, WebView view, const std::vector<std::string>& databases,
                             size_t max_limit) {
  std::vector<std::string> args;
  for (const std::string& database : databases) args.push_back("--db=" + database);
  if (view == WebView::kRequests) args.emplace_back("--requests");
  for (const auto& [name, value] : params) {
    const bool known =
        name == "q" || (view == WebView::kSearch ? Contains(kSearchOptions, name) : Contains(kRequestOptions, name));
    if (!known) throw UsageError("unknown parameter '" + name + "'");
    if (value.empty()) continue;
    if (name == "limit") {
      // The CLI's own bound is 10000; a server answering many people keeps its own.
      const size_t limit = std::strtoul(value.c_str(), nullptr, 10);
      if (limit == 0 || limit > max_limit) throw UsageError("limit must be between 1 and " + std::to_string(max_limit));
    }
    // "--name=value" keeps a value that starts with '-' a value, never an option.
    if (name == "q") {
      args.push_back("--query=" + value);
    } else if (Contains(kSwitches, name)) {
      if (SwitchOn(value)) args.push_back("--" + name);
    } else {
      args.push_back("--" + name + "=" + value);
    }
  }
  // Only a search with nothing to search for gets here without a query; the
  // CLI's message ("no QUERY given") says what to type.
  QueryCommand command = ParseQueryArgs(args);
  command.config.format = "json";
  command.config.color = "never";
  return command.config;
}

}  // namespace quorum
