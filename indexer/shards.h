// SPDX-License-Identifier: MIT
// A sharded index: the folder holds N quorum indexes (shard-00, shard-01, …)
// and a Xapian stub file, XAPIANDB, that lists them, so that Xapian (and so
// quorum-search) opens the folder as one database of N shards.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace quorum {

/// Xapian opens a folder holding a file of this name as a stub database:
/// one line per shard, "auto shard-00", relative to the folder.
inline constexpr const char* kStubFile = "XAPIANDB";

/// Most shards quorum-index writes; each gets a writer thread.
inline constexpr size_t kMaxShards = 64;

/// The folder of shard `shard` of the index at `db`: "db/shard-03".
std::string ShardPath(const std::string& db, size_t shard);

/// The shard a note lives in: a hash of its note key (schema::NoteKey()),
/// fixed for ever (xxHash64), so a re-run finds a note where it put it.
size_t ShardOf(std::string_view note_key, size_t shards);

/// The number of shards the stub file of `db` lists; 0 when `db` has no
/// stub file (a single index, or no index yet). Throws quorum::Error when
/// the stub file is not one quorum-index wrote.
size_t ShardCount(const std::string& db);

/// Writes the stub file of `db` listing `shards` shards, atomically.
void WriteStub(const std::string& db, size_t shards);

/**
 * Merges the shards of the sharded index `db` into one database with
 * Xapian::Database::compact (what xapian-compact does), and puts it in the
 * place of the sharded index with one atomic rename. Holds every shard's
 * write lock meanwhile (waiting for them with `wait`). The note records,
 * languages and learnt acronyms of all shards are kept. Returns the
 * documents merged. Throws quorum::Error on failure; the sharded index
 * then stays as it was.
 */
size_t MergeShards(const std::string& db, bool wait, std::ostream& err);

}  // namespace quorum
