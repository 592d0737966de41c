// SPDX-License-Identifier: MIT
// Where a quorum database lives and how the search side opens one: an index
// folder, a sharded index, or a Xapian stub file listing local and remote
// shards.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace quorum {

/// Where the database is when --db is not given: $QUORUM_DB, else "quorum-db".
std::string DefaultDatabasePath();

/**
 * Opens `paths` for reading as one database and checks each shard's schema
 * version. A path is an index folder, a folder holding a stub file named
 * XAPIANDB (a sharded index), or a Xapian stub file: one shard per line,
 *   auto PATH / glass PATH   a local index (relative to the stub's folder)
 *   remote HOST:PORT         an index served by xapian-tcpsrv
 *   remote :PROGRAM ARGS     a program speaking Xapian's remote protocol on
 *                            its stdin/stdout (ssh HOST xapian-progsrv DB)
 * with blank lines and lines starting with '#' ignored. A stub may list
 * other stubs.
 *
 * Xapian answers get_metadata() of a combined database from its first shard
 * only, so with several shards the result starts with an empty in-memory
 * shard holding the metadata of them all: every shard's languages and learnt
 * synonyms. Note records stay in their shards (only the indexer reads them).
 *
 * Throws quorum::Error naming the path (and the stub's line) with what to
 * do, or SchemaMismatchError.
 */
Xapian::Database OpenReadableDatabase(const std::vector<std::string>& paths);

/// Returns `read(database)`. quorum-index commits while searches run; once a
/// commit overwrites the revision a read is on, Xapian throws
/// DatabaseModifiedError, and the read starts again on the latest commit
/// (up to five times).
template <typename Read>
auto ReadLatest(const Xapian::Database& database, const Read& read) {
  Xapian::Database latest = database;
  for (int attempt = 1;; ++attempt) {
    try {
      return read(latest);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == 5) throw;
      latest.reopen();
    }
  }
}

}  // namespace quorum
