// SPDX-License-Identifier: MIT
// --batch mode (see batch.h).
#include "query/batch.h"

#include <chrono>
#include <cmath>
#include <nlohmann/json.hpp>
#include <string>

#include "common/base/error.h"
#include "common/base/note_json.h"
#include "common/cli/cli.h"
#include "common/text/language.h"
#include "query/date_range.h"
#include "query/result_printer.h"
#include "query/searcher.h"

namespace quorum {
namespace {

std::string Trim(const std::string& text) {
  const size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::string StringField(const nlohmann::json& object, const char* key) {
  const nlohmann::json& value = object.at(key);
  if (!value.is_string()) throw UsageError(std::string("\"") + key + "\" must be a string");
  return value.get<std::string>();
}

bool BoolField(const nlohmann::json& object, const char* key) {
  const nlohmann::json& value = object.at(key);
  if (!value.is_boolean()) throw UsageError(std::string("\"") + key + "\" must be true or false");
  return value.get<bool>();
}

size_t CountField(const nlohmann::json& object, const char* key, size_t low, size_t high) {
  const nlohmann::json& value = object.at(key);
  if (!value.is_number_unsigned() || value.get<size_t>() < low || value.get<size_t>() > high)
    throw UsageError(std::string("\"") + key + "\" must be a whole number from " + std::to_string(low) + " to " +
                     std::to_string(high));
  return value.get<size_t>();
}

// The options for one line: `base`, with the line's query or its JSON keys.
QueryConfig LineConfig(const QueryConfig& base, const std::string& line) {
  QueryConfig config = base;
  if (line[0] != '{') {
    config.query = line;
    return config;
  }
  const nlohmann::json object = nlohmann::json::parse(line, nullptr, false);
  if (object.is_discarded() || !object.is_object())
    throw UsageError("the line starts with '{' but is not a JSON object");
  for (const auto& [key, value] : object.items()) {
    if (key == "query") {
      config.query = StringField(object, "query");
    } else if (key == "meeting") {
      config.meetings.clear();
      if (value.is_array()) {
        for (const auto& meeting : value) {
          if (!meeting.is_string()) throw UsageError("\"meeting\" must be a string or a list of strings");
          config.meetings.push_back(meeting.get<std::string>());
        }
      } else {
        config.meetings.push_back(StringField(object, "meeting"));
      }
    } else if (key == "agenda") {
      config.agenda = StringField(object, "agenda");
    } else if (key == "body") {
      config.body = StringField(object, "body");
    } else if (key == "from") {
      config.from = DateBound(StringField(object, "from"), false, "\"from\"");
    } else if (key == "to") {
      config.to = DateBound(StringField(object, "to"), true, "\"to\"");
    } else if (key == "limit") {
      config.limit = CountField(object, "limit", 1, 10000);
    } else if (key == "offset") {
      config.offset = CountField(object, "offset", 0, 1000000);
    } else if (key == "any") {
      config.match_any = BoolField(object, "any");
    } else if (key == "expand") {
      config.expand = StringField(object, "expand");
      RequireOneOf(config.expand, {"none", "thesaurus", "feedback", "both"}, "\"expand\"");
    } else if (key == "all") {
      config.match_all = BoolField(object, "all");
    } else if (key == "exact_counts") {
      config.exact_counts = BoolField(object, "exact_counts");
    } else if (key == "sort") {
      config.sort = StringField(object, "sort");
      RequireOneOf(config.sort, {"relevance", "newest", "oldest"}, "\"sort\"");
    } else if (key == "collapse") {
      config.collapse = StringField(object, "collapse");
      if (!config.collapse.empty()) RequireOneOf(config.collapse, {"meeting"}, "\"collapse\"");
    } else if (key == "lang") {
      config.language = StringField(object, "lang");
      if (!IsKnownLanguage(config.language))
        throw UsageError("unknown language '" + config.language + "'; use one of " + KnownLanguageList());
    } else {
      throw UsageError(
          "unknown key \"" + key +
          "\"; use query, meeting, agenda, body, from, to, limit, offset, any, all, expand, sort, collapse, "
          "exact_counts or lang");
    }
  }
  if (!config.from.empty() && !config.to.empty() && config.from > config.to)
    throw UsageError("\"from\" is after \"to\"");
  if (config.query.empty() && config.meetings.empty() && config.agenda.empty() && config.body.empty() &&
      config.from.empty() && config.to.empty())
    throw UsageError("no query given; give \"query\" or a filter such as \"meeting\"");
  return config;
}

OrderedJson ResultLine(size_t number, const QueryConfig& config, const SearchResult& result, double elapsed_ms) {
  OrderedJson hits = OrderedJson::array();
  for (const Hit& hit : result.hits)
    hits.push_back({{"rank", hit.rank},
                    {"id", hit.data.value("id", "")},
                    {"score", hit.score},
                    {"snippet", Highlight(hit.snippet, "**", "**")}});
  OrderedJson facets = OrderedJson::array();
  for (const FacetValue& facet : result.facets)
    facets.push_back({{"facet", facet.facet}, {"value", facet.value}, {"count", facet.count}});
  OrderedJson line = {{"v", 1},
                      {"type", "batch"},
                      {"line", number},
                      {"query", config.query},
                      {"matches", result.matches},
                      {"exact", result.exact},
                      {"hits", hits},
                      {"facets", facets}};
  if (!result.suggestion.empty()) line["suggestion"] = result.suggestion;
  // Microseconds are enough, and keep the lines short.
  line["elapsed_ms"] = std::round(elapsed_ms * 1000) / 1000;
  return line;
}

OrderedJson ErrorLine(size_t number, const std::string& message, std::ostream& err) {
  err << "quorum-search: error: line " << number << ": " << message << '\n';
  return {{"v", 1}, {"type", "error"}, {"line", number}, {"message", message}};
}

}  // namespace

size_t RunBatch(const Xapian::Database& database, const QueryConfig& base, std::istream& in, std::ostream& out,
                std::ostream& err) {
  size_t failed = 0;
  std::string text;
  for (size_t number = 1; std::getline(in, text); ++number) {
    const std::string line = Trim(text);
    if (line.empty()) continue;
    OrderedJson answer;
    try {
      const QueryConfig config = LineConfig(base, line);
      const auto start = std::chrono::steady_clock::now();
      const SearchResult result = Search(database, config);
      const std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - start;
      answer = ResultLine(number, config, result, elapsed.count());
    } catch (const std::bad_alloc&) {
      throw;  // the process is in trouble, not the line
    } catch (const std::exception& e) {
      answer = ErrorLine(number, e.what(), err);
      ++failed;
    } catch (const Xapian::Error& e) {
      // A shard's server gone away fails this line only; the next may work.
      answer = ErrorLine(number, e.get_description(), err);
      ++failed;
    }
    out << DumpJsonLine(answer) << std::endl;  // flushed: a caller may be waiting for this line
  }
  if (failed > 0) err << "quorum-search: " << failed << (failed == 1 ? " query" : " queries") << " failed\n";
  return failed;
}

}  // namespace quorum
