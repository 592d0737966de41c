// SPDX-License-Identifier: MIT
// The in-process baseline of bench/search.sh: what quest does (QueryParser
// with English stemming, Enquire with BM25, the top 10 and their stored
// data) for each line of stdin, on a database opened once; prints each
// query's milliseconds and match estimate, tab-separated, one line each.
//
//   xapian_batch DB [and|or] < queries.txt
#include <xapian.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: xapian_batch DB [and|or] < queries.txt\n";
    return 2;
  }
  try {
    const Xapian::Database db(argv[1]);
    const bool all_words = argc < 3 || std::string(argv[2]) == "and";
    std::string line;
    while (std::getline(std::cin, line)) {
      const auto start = std::chrono::steady_clock::now();
      // Set up per query, as quest does once per run.
      Xapian::QueryParser parser;
      parser.set_database(db);
      parser.set_stemmer(Xapian::Stem("english"));
      parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
      parser.set_default_op(all_words ? Xapian::Query::OP_AND : Xapian::Query::OP_OR);
      Xapian::Enquire enquire(db);
      Xapian::doccount matches = 0;
      size_t bytes = 0;
      try {
        enquire.set_query(parser.parse_query(line));
        const Xapian::MSet mset = enquire.get_mset(0, 10);
        matches = mset.get_matches_estimated();
        // quest prints each hit's data: read it, as it does.
        for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it)
          bytes += it.get_document().get_data().size();
      } catch (const Xapian::QueryParserError& e) {
        std::cerr << "xapian_batch: " << line << ": " << e.get_description() << '\n';
      }
      const std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - start;
      std::printf("%.3f\t%u\t%zu\n", elapsed.count(), matches, bytes);
      std::fflush(stdout);
    }
  } catch (const Xapian::Error& e) {
    std::cerr << "xapian_batch: " << e.get_description() << '\n';
    return 1;
  }
  return 0;
}
