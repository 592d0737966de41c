// SPDX-License-Identifier: MIT
// quorum-search's command line: parsed into a QueryCommand without opening
// the database, so tests can call ParseQueryArgs directly.
#pragma once

#include <string>
#include <vector>

#include "common/cli/cli.h"
#include "query/date_range.h"

namespace quorum {

struct QueryConfig {
  std::vector<std::string> databases;  // one or more --db
  std::string query;                   // the QUERY words, joined by spaces
  std::vector<std::string> meetings;   // --meeting: symbol, ISO date or meeting id (ORed)
  std::string agenda;                  // --agenda: label or words of the title
  std::string body;                    // --body: name or words of it
  std::string from, to;                // meeting date bounds, "YYYYMMDD" (inclusive)
  size_t limit = 10;
  size_t offset = 0;
  std::string format = "text";  // text | json | csv | markdown | trec
  bool match_any = false;       // --any: plain BM25 over the words, no lift for matching them all
  bool match_all = false;       // --all: every word must match (the default lifts those that do)
  std::string expand = "none";  // --expand: none | thesaurus | feedback | both (query/ranking.h)
  std::string language;         // stem the query in this language only
  bool exact_counts = false;
  std::string color = "auto";      // auto | always | never
  std::string sort = "relevance";  // relevance | newest | oldest
  std::string collapse;            // "" or "meeting": the best paragraph per meeting
  size_t context = 0;              // paragraphs shown before and after each hit
  std::string like;                // citable id: rank paragraphs like this one
  std::string show;                // citable id: print a paragraph or a meeting
  std::string list;                // entities | meetings | agenda: list with counts
  std::string entity_type;         // --list entities: one type only
  bool explain = false;            // print the parsed query and why each hit matched
  std::string synonyms_file;       // extra synonyms, "IOM = International Organization for Migration"
  std::string run_tag = "quorum";  // TREC run format: the run's name
  std::string topic = "1";         // TREC run format: the query's id
  // --requests: the ledger of requests, commitments and decisions (query/ledger.h).
  bool requests = false;
  std::string addressee;   // --to with --requests: who must act (words of the name)
  std::string requester;   // --by: who asked (words of the name)
  bool open_only = false;  // --open: only requests no later note answers
  // --batch: read one query per line from stdin, print one JSON line each (query/batch.h).
  bool batch = false;
};

struct QueryCommand {
  CliAction action = CliAction::kRun;
  QueryConfig config;
  std::string help;
};

/// Parses arguments (without the program name); throws UsageError or a
/// boost::program_options::error for anything a user must fix.
QueryCommand ParseQueryArgs(const std::vector<std::string>& args);

/// True for text that can be a citable id: "WG/REL/2017/7 ¶26", a meeting's
/// symbol, or an id with a date ("Harbour District Council 2018-06-12").
bool LooksLikeId(const std::string& text);

}  // namespace quorum
