// SPDX-License-Identifier: MIT
// The search tests' fixture: three hand-written notes (two English
// meetings, one French) indexed by the real Indexer into an in-memory
// Xapian database, and helpers that run a search and list its hits' ids.
#pragma once

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "common/base/error.h"
#include "common/base/note.h"
#include "indexer/indexer.h"
#include "query/query_args.h"
#include "query/query_builder.h"
#include "query/result_printer.h"
#include "query/searcher.h"
#include "tests/support/test_support.h"

namespace quorum {
namespace {

using testing_support::EnglishMeeting;
using testing_support::FrenchMeeting;
using testing_support::MakeNote;
using testing_support::MakeParagraph;
using testing_support::ScopedEnv;

using Ids = std::vector<std::string>;

// Citation ids of the paragraphs below.
const std::string kA25 = "WG/REL/2017/7 \u00B625";
const std::string kA26 = "WG/REL/2017/7 \u00B626";
const std::string kA27 = "WG/REL/2017/7 \u00B627";
const std::string kB1 = "WG/REL/2018/2 \u00B61";
const std::string kB2 = "WG/REL/2018/2 \u00B62";
const std::string kB3 = "WG/REL/2018/2 \u00B63";
const std::string kC1 = "GT/REL/2018/3 \u00B61";
const std::string kC2 = "GT/REL/2018/3 \u00B62";

// Meeting A (English, 2017): agenda items a and b; the title has "August",
// which only paragraph 27's own text repeats.
Note NoteA() {
  Note note = MakeNote({.path = "notes/2017-08-28-wg-rel.txt",
                        .language = "en",
                        .body = "Working Group on Institutional Relations",
                        .type = "chairperson's note",
                        .date = "2017-08-28",
                        .symbol = "WG/REL/2017/7",
                        .title = "Chairperson's note on the meeting held on 28 August 2017"});
  note.agenda = {{"a", "Update on the global compact for migration"}, {"b", "Future role of the Organization"}};
  note.paragraphs = {
      MakeParagraph("25", "a",
                    "The Director General of IOM reported to the UN on the consultations on the global "
                    "compact for safe, orderly and regular migration."),
      MakeParagraph("26", "b",
                    "The Chairperson presented her non-paper on IOM\u2019s future role and on IOM\u2013UN relations."),
      MakeParagraph("27", "b",
                    "Several delegations stressed that coordination with UN agencies must not weaken the "
                    "technical character of the Organization, as agreed in August."),
  };
  return note;
}

// Meeting B (English, 2018): straight apostrophe and hyphen; paragraph 3 is
// under no agenda item.
Note NoteB() {
  Note note = MakeNote({.path = "notes/2018-03-14-wg-rel.txt",
                        .language = "en",
                        .body = "Working Group on Institutional Relations",
                        .type = "minutes",
                        .date = "2018-03-14",
                        .symbol = "WG/REL/2018/2",
                        .title = "Minutes of the meeting held on 14 March 2018"});
  note.agenda = {{"a", "Budget outlook"}};
  note.paragraphs = {
      MakeParagraph("1", "a", "Delegates asked for an exact phrase on staff costs in the draft resolution."),
      MakeParagraph("2", "a", "The phrase was not exact, one delegate said, and migration data were missing."),
      MakeParagraph("3", nullptr, "IOM's technical character was praised in the IOM-UN dialogue."),
  };
  return note;
}

// Meeting C (French, 2018).
Note NoteC() {
  Note note = MakeNote(FrenchMeeting());
  note.agenda = {{"a", "Questions diverses"}};
  note.paragraphs = {
      MakeParagraph("1", "a", "Les réunions régionales ont eu lieu à Genève."),
      MakeParagraph("2", "a", "Le groupe a examiné le budget."),
  };
  return note;
}

// The three notes, indexed and committed. Xapian errors (no std::exception)
// are reported readably instead of as "Unknown C++ exception".
Xapian::Database Corpus() {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  try {
    Indexer indexer(db);
    for (const Note& note : {NoteA(), NoteB(), NoteC()}) indexer.AddNote(note, note.path);
    indexer.Commit();
  } catch (const Xapian::Error& e) {
    ADD_FAILURE() << "indexing failed: " << e.get_description();
  }
  return db;
}

QueryConfig Config(const std::string& query) {
  QueryConfig config;
  config.query = query;
  config.limit = 100;
  config.exact_counts = true;
  return config;
}

class SearcherTest : public ::testing::Test {
 protected:
  SearchResult Run(const QueryConfig& config) {
    try {
      return Search(db_, config);
    } catch (const Xapian::Error& e) {
      ADD_FAILURE() << "'" << config.query << "': " << e.get_description();
      return {};
    }
  }
  SearchResult Run(const std::string& query) { return Run(Config(query)); }

  // Citation ids of the hits, best first.
  Ids Ranked(const QueryConfig& config) {
    Ids ids;
    for (const Hit& hit : Run(config).hits) ids.push_back(hit.data.value("id", ""));
    return ids;
  }
  Ids Ranked(const std::string& query) { return Ranked(Config(query)); }

  // Citation ids of the hits, sorted: for tests of what matches, not of order.
  Ids Matching(const QueryConfig& config) {
    Ids ids = Ranked(config);
    std::sort(ids.begin(), ids.end());
    return ids;
  }
  Ids Matching(const std::string& query) { return Matching(Config(query)); }

  static Ids Sorted(Ids ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
  }

  Xapian::Database db_ = Corpus();
};

}  // namespace
}  // namespace quorum
