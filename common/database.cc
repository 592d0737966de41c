// SPDX-License-Identifier: MIT
// Opening databases for reading, with the schema check in one place.
#include "common/database.h"

#include <cstdlib>

#include "common/error.h"
#include "common/schema.h"

namespace quorum {

std::string DefaultDatabasePath() {
  const char* env = std::getenv("QUORUM_DB");
  return env && *env ? env : "quorum-db";
}

Xapian::Database OpenReadableDatabase(const std::vector<std::string>& paths) {
  Xapian::Database combined;
  for (const std::string& path : paths) {
    Xapian::Database one;
    try {
      one = Xapian::Database(path);
    } catch (const Xapian::Error& e) {
      throw Error("cannot open database '" + path + "': " + e.get_msg() +
                  "\nquorum-search: note: build it first with 'quorum-index --db " + path + " NOTES...'");
    }
    const std::string stored = one.get_metadata(std::string(schema::kVersionKey));
    const std::string expected = std::to_string(schema::kVersion);
    if (stored != expected)
      throw SchemaMismatchError("database '" + path + "' has schema version " +
                                (stored.empty() ? "(none)" : stored) + ", this program expects " + expected +
                                "; re-run quorum-index with --overwrite");
    combined.add_database(one);
  }
  return combined;
}

}  // namespace quorum
