// SPDX-License-Identifier: MIT
// libFuzzer target: arbitrary query strings through BuildQuery and a search
// against a small in-memory index of two notes (English and French).
#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "common/base/error.h"
#include "common/index/schema.h"
#include "common/pipeline/pipeline.h"
#include "indexer/document_builder.h"
#include "query/query_builder.h"
#include "query/searcher.h"

namespace {

constexpr const char* kEnglish =
    "WG/REL/2017/7\n\nWORKING GROUP ON IOM\u2013UN RELATIONS AND RELATED ISSUES\n\n"
    "CHAIRPERSON'S NOTE ON THE MEETING HELD ON 28 AUGUST 2017\n\n"
    "1. The agenda: (a) update on the global compact; (b) IOM's future role.\n\n"
    "IOM's future role\n\n"
    "25. The Director General reported on Council Resolution No. 1309 of 24 November 2015.\n\n"
    "26. The Working Group requested the Administration to provide:\n"
    "- (a) a paper on coordination with UN agencies;\n- (b) a note on \u201cunearmarked\u201d funding.\n";
constexpr const char* kFrench =
    "GT/REL/2018/3\n\nGROUPE DE TRAVAIL SUR LES RELATIONS INSTITUTIONNELLES\n\n"
    "NOTE DU PR\u00c9SIDENT SUR LA R\u00c9UNION DU 28 AO\u00dbT 2018\n\n"
    "1. Les r\u00e9unions r\u00e9gionales ont eu lieu \u00e0 Gen\u00e8ve.\n";

Xapian::WritableDatabase* MakeIndex() {
  auto* db = new Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY);
  quorum::DocumentBuilder builder;
  int n = 0;
  for (const char* text : {kEnglish, kFrench}) {
    quorum::Note note = quorum::ParseNoteText(text);
    note.path = "note" + std::to_string(n) + ".txt";
    const std::string key = quorum::schema::NoteKey(note.path);
    for (size_t i = 0; i < note.paragraphs.size(); ++i) db->add_document(builder.Build(note, i, key));
    ++n;
  }
  db->set_metadata(std::string(quorum::schema::kVersionKey), std::to_string(quorum::schema::kVersion));
  db->set_metadata(std::string(quorum::schema::kLanguagesKey), "en fr");
  db->commit();
  return db;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Xapian::WritableDatabase* db = MakeIndex();
  if (size == 0) return 0;
  quorum::QueryConfig config;
  // The first byte picks options, the rest is the query as typed.
  config.match_any = data[0] & 1;
  config.exact_counts = data[0] & 2;
  if (data[0] & 4) config.agenda = "b";
  if (data[0] & 8) config.language = "fr";
  config.query.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    quorum::BuildQuery(*db, config);
    quorum::Search(*db, config);
  } catch (const quorum::UsageError&) {
    // A query the parser rejects is a usage error (exit 2): fine. Anything
    // else escaping is a finding: quorum-search would exit 1 or crash.
  }
  return 0;
}
