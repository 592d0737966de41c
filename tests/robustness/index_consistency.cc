// SPDX-License-Identifier: MIT
// Test helper for the robustness tests: checks that an index holds whole
// notes only (indexer/note_record.h) and prints the canonical path of every
// note it holds, sorted, one per line. Exit 0 consistent, 1 not (problems on
// stderr), 2 usage.
#include <xapian.h>

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "common/index/schema.h"
#include "indexer/note_record.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: index_consistency DB\n";
    return 2;
  }
  try {
    const Xapian::Database db(argv[1]);
    const std::vector<std::string> problems = quorum::CheckNoteRecords(db);
    for (const std::string& problem : problems) std::cerr << "index_consistency: " << problem << '\n';
    if (db.get_metadata(std::string(quorum::schema::kVersionKey)) != std::to_string(quorum::schema::kVersion)) {
      std::cerr << "index_consistency: no schema version\n";
      return 1;
    }
    std::vector<std::string> paths;
    const std::string prefix(quorum::schema::kNoteRecordPrefix);
    for (Xapian::TermIterator it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it)
      if (auto record = quorum::DecodeNoteRecord(db.get_metadata(*it))) paths.push_back(record->path);
    std::sort(paths.begin(), paths.end());
    for (const std::string& path : paths) std::cout << path << '\n';
    return problems.empty() ? 0 : 1;
  } catch (const Xapian::Error& e) {
    std::cerr << "index_consistency: " << e.get_description() << '\n';
    return 1;
  }
}
