// SPDX-License-Identifier: MIT
// quorum-search option parsing with Boost.Program_options.
#include "query/query_args.h"

#include <sstream>

#include <boost/program_options.hpp>

#include "common/cli.h"
#include "common/database.h"
#include "common/date.h"
#include "common/error.h"
#include "common/language.h"
#include "common/schema.h"

namespace po = boost::program_options;

namespace quorum {
namespace {

int Digits(const std::string& s, size_t at, size_t n) {
  int value = 0;
  for (size_t i = at; i < at + n; ++i) {
    if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return -1;
    value = value * 10 + (s[i] - '0');
  }
  return value;
}

std::string FieldList() {
  std::string text;
  for (const schema::Field& field : schema::kAllFields)
    text += "  " + std::string(field.name) + ":" + std::string(12 - field.name.size(), ' ') +
            std::string(field.help) + "\n";
  return text;
}

}  // namespace

std::string DateBound(const std::string& value, bool upper, const std::string& flag) {
  static constexpr int kLastDay[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const int year = Digits(value, 0, 4);
  int month = value.size() >= 7 ? Digits(value, 5, 2) : (upper ? 12 : 1);
  int day = value.size() == 10 ? Digits(value, 8, 2) : -2;
  const bool shape_ok = (value.size() == 4 || (value.size() == 7 && value[4] == '-') ||
                         (value.size() == 10 && value[4] == '-' && value[7] == '-'));
  if (day == -2 && month >= 1 && month <= 12) {
    day = upper ? kLastDay[month - 1] : 1;
    if (upper && month == 2 && !IsValidDate(year, 2, 29)) day = 28;
  }
  if (!shape_ok || !IsValidDate(year, month, day))
    throw UsageError(flag + " takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not '" + value + "'");
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", year, month, day);
  return buffer;
}

QueryCommand ParseQueryArgs(const std::vector<std::string>& args) {
  QueryCommand command;
  QueryConfig& config = command.config;
  std::vector<std::string> words;
  std::string from, to;
  po::options_description visible("Options");
  visible.add_options()
      ("help,h", "show this help and exit")
      ("version", "show the version and exit")
      ("db,d", po::value(&config.databases)->composing(),
       "database folder; repeat to search several (default: $QUORUM_DB, else quorum-db)")
      ("meeting,m", po::value(&config.meetings)->composing(),
       "only this meeting: symbol, ISO date or meeting id; repeat for any of several")
      ("agenda,a", po::value(&config.agenda), "only this agenda item: its label (b) or words of its title")
      ("body,b", po::value(&config.body), "only this body: its name or words of it")
      ("from", po::value(&from), "only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
      ("to", po::value(&to), "only meetings on or before this date")
      ("limit,n", po::value(&config.limit)->default_value(10), "how many paragraphs to show")
      ("offset", po::value(&config.offset)->default_value(0), "skip this many first (for paging)")
      ("format,f", po::value(&config.format)->default_value("text"), "output: text or json (JSON lines)")
      ("any", po::bool_switch(&config.match_any), "match paragraphs with any of the words, not all")
      ("lang", po::value(&config.language), "stem the query in this language only (en, fr, es, de)")
      ("exact-counts", po::bool_switch(&config.exact_counts), "count every match for exact facet counts")
      ("color", po::value(&config.color)->default_value("auto"),
       "colour: auto (on a terminal, unless NO_COLOR is set), always, never");
  po::options_description hidden;
  hidden.add_options()("query", po::value(&words));
  std::ostringstream help;
  help << "Usage: quorum-search [OPTIONS] QUERY...\n"
          "Search the paragraphs of indexed governance notes, best first (BM25), with\n"
          "citable ids (WG/REL/2017/7 ¶26) and counts by meeting and agenda item.\n\n"
       << visible
       << "\nQuery syntax (Xapian's): words (all must match; --any for any), \"exact phrase\",\n"
          "AND OR NOT, NEAR, word* (prefix), and fields:\n"
       << FieldList()
       << "\nExamples:\n"
          "  quorum-search --db idx coordination with UN agencies\n"
          "  quorum-search --db idx --agenda \"future role\" --format json migration data\n"
          "  quorum-search --db idx 'budget meeting:2018-03-14'\n"
          "\nExit status: 0 ok (also when nothing matches); 1 the database cannot be\n"
          "read; 2 bad usage or query syntax.\n";
  command.help = help.str();
  command.action = ParseCommandLine(args, visible, hidden, "query");
  if (command.action != CliAction::kRun) return command;
  for (const std::string& word : words) config.query += (config.query.empty() ? "" : " ") + word;
  if (config.databases.empty()) config.databases.push_back(DefaultDatabasePath());
  if (config.format != "text" && config.format != "json")
    throw UsageError("--format must be text or json, not '" + config.format + "'");
  if (config.color != "auto" && config.color != "always" && config.color != "never")
    throw UsageError("--color must be auto, always or never, not '" + config.color + "'");
  if (config.limit == 0 || config.limit > 10000) throw UsageError("--limit must be between 1 and 10000");
  if (!config.language.empty() && !IsKnownLanguage(config.language))
    throw UsageError("unknown language '" + config.language + "'; use one of " + KnownLanguageList());
  if (!from.empty()) config.from = DateBound(from, false, "--from");
  if (!to.empty()) config.to = DateBound(to, true, "--to");
  if (!config.from.empty() && !config.to.empty() && config.from > config.to)
    throw UsageError("--from " + from + " is after --to " + to);
  if (config.query.empty() && config.meetings.empty() && config.agenda.empty() && config.body.empty() &&
      config.from.empty() && config.to.empty())
    throw UsageError("no QUERY given; type words to search for, or a filter such as --meeting");
  return command;
}

}  // namespace quorum
