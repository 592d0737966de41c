// SPDX-License-Identifier: MIT
// Sharded indexes: shard names, routing, the stub file, merging; see
// indexer/shards.h.
#include "indexer/shards.h"

#include <fcntl.h>
#include <stdio.h>
#include <xapian.h>
#include <xxhash.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <vector>

#include "common/base/error.h"
#include "common/index/schema.h"
#include "indexer/writable_index.h"

namespace fs = std::filesystem;

namespace quorum {
namespace {

// "shard-07": two digits at least, as many as the number needs.
std::string ShardName(size_t shard) {
  std::string digits = std::to_string(shard);
  if (digits.size() < 2) digits.insert(0, 2 - digits.size(), '0');
  return "shard-" + digits;
}

// Shards hold different notes, so the metadata that sums up notes (the
// languages indexed, the acronyms learnt) differs between them: merged, it
// is the union, written as Indexer::Commit writes it. Everything else (the
// schema version) is the same in every shard, and note records are in one
// shard only.
class MetadataMerger : public Xapian::Compactor {
 public:
  std::string resolve_duplicate_metadata(const std::string& key, size_t num_tags, const std::string tags[]) override {
    if (key == schema::kLanguagesKey) {
      std::set<std::string> codes;
      for (size_t i = 0; i < num_tags; ++i) {
        std::istringstream in(tags[i]);
        for (std::string code; in >> code;) codes.insert(code);
      }
      std::string merged;
      for (const std::string& code : codes) merged += (merged.empty() ? "" : " ") + code;
      return merged;
    }
    if (key == schema::kSynonymsKey) {
      std::set<std::string> lines;
      for (size_t i = 0; i < num_tags; ++i) {
        std::istringstream in(tags[i]);
        for (std::string line; std::getline(in, line);)
          if (!line.empty()) lines.insert(line);
      }
      std::string merged;
      for (const std::string& line : lines) merged += line + '\n';
      return merged;
    }
    // Every shard of a run gets the one dictionary the run trained
    // (indexer/data_dictionary.h); two would leave some paragraphs unreadable.
    if (key == schema::kDataDictionaryKey)
      for (size_t i = 1; i < num_tags; ++i)
        if (tags[i] != tags[0])
          throw Error("the shards hold different data dictionaries; rebuild the index with --overwrite");
    return tags[0];
  }
};

}  // namespace

std::string ShardPath(const std::string& db, size_t shard) { return (fs::path(db) / ShardName(shard)).string(); }

size_t ShardOf(std::string_view note_key, size_t shards) {
  if (shards <= 1) return 0;
  return static_cast<size_t>(XXH64(note_key.data(), note_key.size(), 0) % shards);
}

size_t ShardCount(const std::string& db) {
  const fs::path stub = fs::path(db) / kStubFile;
  std::error_code error;
  if (!fs::is_regular_file(stub, error)) return 0;
  std::ifstream in(stub);
  size_t shards = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    if (line != "auto " + ShardName(shards))
      throw Error("'" + stub.string() + "' lists '" + line + "', not shard " + std::to_string(shards) +
                  " of a quorum index; index into another folder, or rebuild this one with --overwrite");
    ++shards;
  }
  return shards;
}

void WriteStub(const std::string& db, size_t shards) {
  const fs::path stub = fs::path(db) / kStubFile;
  const std::string temporary = stub.string() + ".tmp";
  {
    std::ofstream out(temporary, std::ios::trunc);
    // Xapian skips lines starting with '#'; paths are relative to the folder.
    out << "# quorum index in " << shards << " shards (quorum-index --shards " << shards << ")\n";
    for (size_t i = 0; i < shards; ++i) out << "auto " << ShardName(i) << '\n';
    if (!out.flush()) throw Error("cannot write '" + temporary + "': " + std::strerror(errno));
  }
  if (std::rename(temporary.c_str(), stub.c_str()) != 0)
    throw Error("cannot write '" + stub.string() + "': " + std::strerror(errno));
}

size_t MergeShards(const std::string& db, bool wait, std::ostream& err) {
  const size_t shards = ShardCount(db);
  if (shards == 0) throw Error("'" + db + "' is not a sharded index (no " + kStubFile + " file); nothing to merge");
  // Every shard's write lock, so that no other writer changes a shard
  // between the copy and the swap.
  std::vector<WritableIndex> locks;
  for (size_t i = 0; i < shards; ++i)
    locks.push_back(WritableIndex::Open(ShardPath(db, i), WriteOptions{false, wait}, err));
  const std::string merged = TemporaryIndexName(db, "merge");
  size_t documents = 0;
  try {
    Xapian::Database all;
    for (size_t i = 0; i < shards; ++i) all.add_database(Xapian::Database(ShardPath(db, i)));
    MetadataMerger merger;
    all.compact(merged, Xapian::DBCOMPACT_MULTIPASS, 0, merger);
    documents = Xapian::Database(merged).get_doccount();
    SyncFolder(merged);
  } catch (const Xapian::Error& e) {
    RemoveIndexFolder(merged);
    throw Error("cannot merge the shards of '" + db + "': " + e.get_description() + "; the index was not changed");
  }
  // One atomic exchange: a search sees the sharded index or the merged one.
  if (renameat2(AT_FDCWD, merged.c_str(), AT_FDCWD, db.c_str(), RENAME_EXCHANGE) != 0) {
    const std::string reason = std::strerror(errno);
    RemoveIndexFolder(merged);
    throw Error("cannot put the merged index in place of '" + db + "': " + reason + "; the index was not changed");
  }
  locks.clear();
  // The sharded index is now under the temporary name: remove it.
  for (size_t i = 0; i < shards; ++i) RemoveIndexFolder(ShardPath(merged, i));
  std::error_code error;
  fs::remove(fs::path(merged) / kStubFile, error);
  fs::remove(merged, error);
  if (fs::exists(merged, error))
    err << "quorum-index: warning: left '" << merged << "' (the old index folder held other files)\n";
  return documents;
}

}  // namespace quorum
