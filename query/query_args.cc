// SPDX-License-Identifier: MIT
// quorum-search option parsing with Boost.Program_options.
#include "query/query_args.h"

#include <boost/program_options.hpp>
#include <sstream>

#include "common/base/error.h"
#include "common/cli/cli.h"
#include "common/index/database.h"
#include "common/index/schema.h"
#include "common/text/date.h"
#include "common/text/language.h"

namespace po = boost::program_options;

namespace quorum {
namespace {

std::string FieldList() {
  std::string text;
  for (const schema::Field& field : schema::kAllFields)
    text += "  " + std::string(field.name) + ":" + std::string(12 - field.name.size(), ' ') + std::string(field.help) +
            "\n";
  return text;
}

}  // namespace

bool LooksLikeId(const std::string& text) {
  return text.find('/') != std::string::npos || text.find("\u00B6") != std::string::npos ||
         FindDate(text).has_value() || (text.size() >= 10 && text[4] == '-' && text[7] == '-');
}

QueryCommand ParseQueryArgs(const std::vector<std::string>& args) {
  QueryCommand command;
  QueryConfig& config = command.config;
  std::vector<std::string> words;
  std::string from, to, to_date;
  size_t page = 0;
  po::options_description visible("Options");
  visible.add_options()("help,h", "show this help and exit")("version", "show the version and exit")(
      "db,d", po::value(&config.databases)->composing(),
      "database folder; repeat to search several (default: $QUORUM_DB, else quorum-db)")(
      "meeting,m", po::value(&config.meetings)->composing(),
      "only this meeting: symbol, ISO date or meeting id; repeat for any of several")(
      "agenda,a", po::value(&config.agenda), "only this agenda item: its label (b) or words of its title")(
      "body,b", po::value(&config.body), "only this body: its name or words of it")(
      "from", po::value(&from), "only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")(
      "to", po::value(&to), "only meetings on or before this date; with --requests: only requests to this addressee")(
      "to-date", po::value(&to_date), "only meetings on or before this date (also with --requests)")(
      "limit,n", po::value(&config.limit)->default_value(10), "how many paragraphs to show")(
      "offset", po::value(&config.offset)->default_value(0), "skip this many first (for paging)")(
      "page,p", po::value(&page), "show page N of --limit results (same as --offset (N-1)*limit)")(
      "sort", po::value(&config.sort)->default_value("relevance"), "order: relevance, newest or oldest")(
      "collapse", po::value(&config.collapse), "collapse=meeting: only the best paragraph of each meeting")(
      "context,C", po::value(&config.context)->default_value(0),
      "also print this many paragraphs before and after each hit")(
      "like", po::value(&config.like),
      "find precedent: paragraphs of other meetings most like this one (a citable id)")(
      "list", po::value(&config.list),
      "list what the index holds, with counts: entities (cited, in how many meetings, first and last), "
      "meetings or agenda")(
      "type", po::value(&config.entity_type),
      "--list entities: only this type (resolution, symbol, event, organization, role, place, amount)")(
      "explain", po::bool_switch(&config.explain), "print the parsed query and why each paragraph matched")(
      "synonyms", po::value(&config.synonyms_file),
      "extra synonyms file: lines 'IOM = International Organization for Migration'")(
      "format,f", po::value(&config.format)->default_value("text"),
      "output: text, json (JSON lines), csv, markdown (citations) or trec (run format)")(
      "run-tag", po::value(&config.run_tag)->default_value("quorum"), "trec: the run's name")(
      "topic", po::value(&config.topic)->default_value("1"), "trec: the query's topic id")(
      "any", po::bool_switch(&config.match_any),
      "rank by the words alone (plain BM25): no lift for paragraphs holding them all, the phrase or them near")(
      "all", po::bool_switch(&config.match_all), "only paragraphs holding every word (or whose context does)")(
      "expand", po::value(&config.expand)->default_value("none"),
      "also search related words: thesaurus (WordNet synonyms, English), feedback (the words of the best "
      "paragraphs), both, or none")("lang", po::value(&config.language),
                                    "stem the query in this language only (en, fr, es, de)")(
      "exact-counts", po::bool_switch(&config.exact_counts), "count every match for exact facet counts")(
      "color", po::value(&config.color)->default_value("auto"),
      "colour: auto (on a terminal, unless NO_COLOR is set), always, never")(
      "requests", po::bool_switch(&config.requests),
      "list requests, commitments and decisions, newest first, each with its citation")(
      "by", po::value(&config.requester), "--requests: only those made by this requester (words of the name)")(
      "open", po::bool_switch(&config.open_only), "--requests: only those no later note answers")(
      "batch", po::bool_switch(&config.batch),
      "read queries from stdin, one per line; print one JSON line of results per query");
  po::options_description hidden;
  hidden.add_options()("query", po::value(&words));
  std::ostringstream help;
  help << "Usage: quorum-search [OPTIONS] QUERY...\n"
          "       quorum-search [OPTIONS] show ID\n"
          "       quorum-search [OPTIONS] --requests [--to ADDRESSEE] [--by REQUESTER] [--from DATE] [--to-date DATE]\n"
          "                     [--open] [QUERY...]\n"
          "       quorum-search [OPTIONS] --batch < queries.txt\n"
          "Search the paragraphs of indexed governance notes, best first (BM25), with\n"
          "citable ids (WG/REL/2017/7 ¶26) and counts by meeting and agenda item.\n"
          "'show ID' prints one paragraph (WG/REL/2017/7 ¶26) or a whole meeting (WG/REL/2017/7).\n\n"
       << visible
       << "\nRanking: a paragraph holding any of the words matches (BM25); one holding all\n"
          "of them ranks higher. --all keeps only paragraphs holding every word; --any\n"
          "ranks by the words alone; --explain says, under each hit, what lifted it.\n"
          "\nQuery syntax (Xapian's): words, \"exact phrase\", AND OR NOT, NEAR, word* (prefix),\n"
          "and fields:\n"
       << FieldList() << "  held:" << std::string(8, ' ')
       << "meeting date range: held:2017-07..2017-09, held:\"28 August 2017\"..\n"
       << "\nExamples:\n"
          "  quorum-search --db idx coordination with UN agencies\n"
          "  quorum-search --db idx --agenda \"future role\" --format json migration data\n"
          "  quorum-search --db idx 'budget meeting:2018-03-14'\n"
          "  quorum-search --db idx --requests --open --to administration\n"
          "\nExit status: 0 ok (also when nothing matches); 1 the database cannot be\n"
          "read; 2 bad usage or query syntax.\n";
  command.help = help.str();
  command.action = ParseCommandLine(args, visible, hidden, "query");
  if (command.action != CliAction::kRun) return command;
  // "show ID" prints a paragraph or meeting by its citable id; an id has a
  // '/', a '¶' or a date in it, so "show" followed by plain words is a search.
  if (words.size() >= 2 && words[0] == "show" && LooksLikeId(words[1])) {
    for (size_t i = 1; i < words.size(); ++i) config.show += (i == 1 ? "" : " ") + words[i];
    words.clear();
  }
  for (const std::string& word : words) config.query += (config.query.empty() ? "" : " ") + word;
  if (config.databases.empty()) config.databases.push_back(DefaultDatabasePath());
  RequireOneOf(config.format, {"text", "json", "csv", "markdown", "trec"}, "--format");
  RequireOneOf(config.color, {"auto", "always", "never"}, "--color");
  RequireOneOf(config.sort, {"relevance", "newest", "oldest"}, "--sort");
  RequireOneOf(config.expand, {"none", "thesaurus", "feedback", "both"}, "--expand");
  if (!config.collapse.empty()) RequireOneOf(config.collapse, {"meeting"}, "--collapse");
  if (!config.list.empty()) RequireOneOf(config.list, {"entities", "meetings", "agenda"}, "--list");
  if (config.match_any && config.match_all) throw UsageError("give --any or --all, not both");
  if (config.context > 20) throw UsageError("--context must be between 0 and 20");
  if (page > 0) config.offset = (page - 1) * config.limit;
  if (config.limit == 0 || config.limit > 10000) throw UsageError("--limit must be between 1 and 10000");
  if (!config.language.empty() && !IsKnownLanguage(config.language))
    throw UsageError("unknown language '" + config.language + "'; use one of " + KnownLanguageList());
  if (!from.empty()) config.from = DateBound(from, false, "--from");
  // With --requests, --to names the addressee ("requests to the Administration");
  // --to-date bounds the date either way.
  if (config.requests && !to.empty()) {
    config.addressee = to;
    to.clear();
  }
  if (!to.empty() && !to_date.empty()) throw UsageError("give --to or --to-date, not both");
  if (!to_date.empty()) to = to_date;
  if (!to.empty()) config.to = DateBound(to, true, to_date.empty() ? "--to" : "--to-date");
  if (!config.from.empty() && !config.to.empty() && config.from > config.to)
    throw UsageError("--from " + from + " is after --to " + to);
  if (!config.requests && (!config.requester.empty() || config.open_only))
    throw UsageError("--by and --open go with --requests");
  if (config.query.empty() && config.meetings.empty() && config.agenda.empty() && config.body.empty() &&
      config.from.empty() && config.to.empty() && config.like.empty() && config.show.empty() && config.list.empty() &&
      !config.requests && !config.batch)
    throw UsageError("no QUERY given; type words to search for, or a filter such as --meeting");
  return command;
}

}  // namespace quorum
