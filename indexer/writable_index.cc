// SPDX-License-Identifier: MIT
// Opening an index for writing; see indexer/writable_index.h.
#include "indexer/writable_index.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <thread>

#include "common/index/schema.h"
#include "indexer/interrupt.h"

namespace fs = std::filesystem;

namespace quorum {
namespace {

constexpr auto kLockPollInterval = std::chrono::milliseconds(200);

// Xapian merges the postings it holds in memory into the index every this
// many documents (XAPIAN_FLUSH_THRESHOLD; Xapian's default is 10,000). Our
// notes are written inside transactions, so these flushes never make a
// commit; they only bound the writer's memory. Smaller batches proved
// cheaper for the writer thread: on 405 UN speeches (6,137 paragraphs) its
// CPU time was 3.3-3.5 s at 10,000, 2.8-3.4 s at 1,000 and 2.6-3.1 s at 300.
constexpr const char* kFlushThreshold = "300";

std::string LockInfoPath(const std::string& path) { return (fs::path(path) / kLockInfoFile).string(); }

// Where Xapian will need to write: the folder, or the folder it will create
// the index in. access() is what the kernel will say (EROFS on a read-only
// mount, EACCES without permission; root passes permission checks).
void RequireWritable(const std::string& path) {
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (fs::exists(status) && !fs::is_directory(status))
    throw Error("'" + path + "' is a file, not an index folder; give --db a folder (it is created if missing)");
  std::string target = path;
  if (!fs::exists(status)) {
    const fs::path parent = fs::absolute(fs::path(path), error).parent_path();
    target = parent.string();
    if (!fs::is_directory(parent, error))
      throw Error("cannot create index folder '" + path + "': '" + target + "' is not a folder");
  }
  if (access(target.c_str(), W_OK | X_OK) != 0)
    throw Error("index folder '" + target + "' is not writable (" + std::strerror(errno) +
                "); the index was not changed. Fix its permissions or choose another --db");
}

// No index in the folder yet (Xapian's version file is missing).
bool IsNewIndex(const std::string& path) {
  std::error_code error;
  return !fs::exists(fs::path(path) / "iamglass", error);
}

std::string LockedMessage(const std::string& path) {
  const long holder = LockHolder(path);
  return "index '" + path + "' is locked by another " +
         (holder ? "quorum-index (pid " + std::to_string(holder) + ")" : std::string("writer"));
}

void WriteLockInfo(const std::string& path) {
  // Written to a temporary name and renamed, so a reader never sees half a pid.
  const std::string info = LockInfoPath(path);
  const std::string temporary = info + ".tmp";
  {
    std::ofstream out(temporary, std::ios::trunc);
    out << getpid() << '\n';
  }
  std::error_code ignored;
  fs::rename(temporary, info, ignored);
}

// ".../.idx.quorum-": what the temporary folders beside the index at `path`
// are called; the pid of their run follows ("new-1234").
std::string TemporaryPrefix(const std::string& path) {
  const fs::path absolute = fs::absolute(fs::path(path)).lexically_normal();
  const fs::path dir = absolute.has_filename() ? absolute : absolute.parent_path();
  return (dir.parent_path() / ("." + dir.filename().string() + ".quorum-")).string();
}

std::string TemporaryName(const std::string& path, const char* what, long pid) {
  return TemporaryPrefix(path) + what + "-" + std::to_string(pid);
}

// Files a quorum index folder may hold: Xapian's and our lock-info file.
bool IsIndexFile(const fs::path& file) {
  const std::string name = file.filename().string();
  return name == "iamglass" || name == "flintlock" || name == kLockInfoFile ||
         name == std::string(kLockInfoFile) + ".tmp" || file.extension() == ".glass" ||
         name.rfind("postlist", 0) == 0 || name.rfind("termlist", 0) == 0;
}

// Opens the index about to be replaced, which takes its write lock (and
// throws DatabaseLockError if another writer has it). A damaged index
// cannot be opened, but it is replaced all the same: that is what
// --overwrite is for.
std::optional<Xapian::WritableDatabase> OpenOldForReplacement(const std::string& path) {
  try {
    return Xapian::WritableDatabase(path, Xapian::DB_OPEN);
  } catch (const Xapian::DatabaseLockError&) {
    throw;
  } catch (const Xapian::Error&) {
    return std::nullopt;
  }
}

// Puts an empty index, stamped with the schema version, at `path`.
//
// Xapian's own DB_CREATE_OR_OVERWRITE truncates the tables in place: a run
// killed during it leaves an index that cannot be opened ("EOF reading
// block 0"), and a kill while a new index is being created does the same.
// So the empty index is built beside the folder, under a temporary name,
// and moved into place by one rename (an atomic exchange when an old index
// is there): whenever the process dies, the folder holds the old index or
// the complete new one. The temporary names carry the pid, so leftovers of
// a killed run are recognised and removed by the next one. The caller holds
// the old index's write lock when `replace_old`; otherwise an index that
// another writer has just created is left alone, as if it were locked.
void PutEmptyIndexInPlace(const std::string& path, bool replace_old, std::ostream& err) {
  std::error_code error;
  if (fs::is_directory(path, error) && !fs::is_empty(path, error) && IsNewIndex(path))
    throw Error("'" + path + "' is a folder with other files in it, not an index; give --db a new or empty folder");
  const std::string fresh = TemporaryName(path, "new", getpid());
  {
    Xapian::WritableDatabase database(fresh, Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_NO_SYNC);
    database.set_metadata(std::string(schema::kVersionKey), std::to_string(schema::kVersion));
    database.commit();
  }
  if (!replace_old) {
    // rename() replaces an empty folder, never one with files in it.
    if (rename(fresh.c_str(), path.c_str()) == 0) return;
    const int rename_errno = errno;
    RemoveIndexFolder(fresh);
    if (rename_errno == ENOTEMPTY || rename_errno == EEXIST)
      throw Xapian::DatabaseLockError("Unable to get write lock on " + path + ": already locked");
    throw Error("cannot move the new index into '" + path + "': " + std::strerror(rename_errno));
  }
  if (renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, path.c_str(), RENAME_EXCHANGE) != 0) {
    // A file system without the atomic exchange: two renames, with a
    // moment in which a search finds no index (but the writer's is whole).
    const std::string old = TemporaryName(path, "old", getpid());
    if (rename(path.c_str(), old.c_str()) != 0 || rename(fresh.c_str(), path.c_str()) != 0)
      throw Error("cannot replace the index '" + path + "': " + std::strerror(errno));
    RemoveIndexFolder(old);
    return;
  }
  RemoveIndexFolder(fresh);  // the old index, now under the temporary name
  if (fs::exists(fresh, error))
    err << "quorum-index: warning: left '" << fresh << "' (the old index folder held other files)\n";
}

void SyncFile(const std::string& file, int flags) {
  const int fd = open(file.c_str(), flags | O_CLOEXEC);
  if (fd < 0 || fsync(fd) != 0) {
    const std::string reason = std::strerror(errno);
    if (fd >= 0) close(fd);
    throw Error("cannot flush '" + file + "' to disk: " + reason);
  }
  close(fd);
}

}  // namespace

void RemoveIndexFolder(const std::string& folder) {
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder, error))
    if (IsIndexFile(entry.path())) fs::remove(entry.path(), error);
  fs::remove(folder, error);
}

void RemoveLeftovers(const std::string& path) {
  const fs::path prefix = TemporaryPrefix(path);
  const std::string start = prefix.filename().string();
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(prefix.parent_path(), error)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(start, 0) != 0) continue;
    const long pid = std::atol(name.c_str() + name.rfind('-') + 1);
    if (pid > 0 && (kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM)) continue;
    RemoveIndexFolder(entry.path().string());
  }
}

std::string TemporaryIndexName(const std::string& path, const char* what) {
  return TemporaryName(path, what, getpid());
}

void SyncFolder(const std::string& path) {
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(path, error))
    if (entry.is_regular_file(error)) SyncFile(entry.path().string(), O_RDONLY);
  if (error) throw Error("cannot list index folder '" + path + "': " + error.message());
  SyncFile(path, O_RDONLY | O_DIRECTORY);
}

long LockHolder(const std::string& path) {
  std::ifstream in(LockInfoPath(path));
  long pid = 0;
  if (!(in >> pid) || pid <= 0) return 0;
  // A pid left by a killed run names no process (or, rarely, another one).
  if (kill(static_cast<pid_t>(pid), 0) != 0 && errno != EPERM) return 0;
  return pid;
}

WritableIndex WritableIndex::Open(const std::string& path, const WriteOptions& options, std::ostream& err) {
  // Read by Xapian when it opens a database; a value the user set wins.
  setenv("XAPIAN_FLUSH_THRESHOLD", kFlushThreshold, 0);
  RequireWritable(path);
  RemoveLeftovers(path);
  bool told = false;
  for (;;) {
    // Decided afresh at each attempt: while this run waited, another may
    // have created the index.
    const bool fresh = options.overwrite || IsNewIndex(path);
    try {
      if (fresh) {
        // The old index, if any, stays locked (and intact) until the new
        // empty one has taken its place.
        std::optional<Xapian::WritableDatabase> old;
        const bool replace_old = !IsNewIndex(path);
        if (replace_old) old = OpenOldForReplacement(path);
        PutEmptyIndexInPlace(path, replace_old, err);
      }
      Xapian::WritableDatabase database(path, Xapian::DB_OPEN | (fresh ? Xapian::DB_NO_SYNC : 0));
      WriteLockInfo(path);
      return WritableIndex(path, std::move(database), fresh);
    } catch (const Xapian::DatabaseLockError& e) {
      // Xapian reports a lock file it cannot create (a read-only mount) as
      // a lock error too; only "already locked" means another writer.
      if (e.get_msg().find("already locked") == std::string::npos)
        throw Error("cannot lock index '" + path + "' for writing: " + e.get_msg());
      if (!options.wait) throw Error(LockedMessage(path) + "; wait for it to finish, or pass --wait");
      if (!told) {
        err << "quorum-index: " << LockedMessage(path) << "; waiting for it to finish (Ctrl-C to give up)\n";
        told = true;
      }
    } catch (const Xapian::DatabaseError& e) {
      throw Error("cannot open index '" + path + "' for writing: " + e.get_description() +
                  "; if it is damaged, rebuild it with --overwrite");
    } catch (const Xapian::Error& e) {
      throw Error("cannot open index '" + path + "' for writing: " + e.get_description());
    }
    if (PendingInterrupt()) throw WaitInterrupted("interrupted while waiting for the lock; nothing was written");
    std::this_thread::sleep_for(kLockPollInterval);
  }
}

WritableIndex::WritableIndex(std::string path, Xapian::WritableDatabase database, bool unsynced)
    : path_(std::move(path)), database_(std::move(database)), unsynced_(unsynced) {}

WritableIndex::WritableIndex(WritableIndex&& other) noexcept
    : path_(std::move(other.path_)), database_(std::move(other.database_)), unsynced_(other.unsynced_) {
  other.owns_lock_info_ = false;
}

WritableIndex::~WritableIndex() {
  if (!owns_lock_info_) return;
  // Only our own line is removed: another writer may hold the lock by now.
  if (LockHolder(path_) == getpid()) {
    std::error_code ignored;
    fs::remove(LockInfoPath(path_), ignored);
  }
}

void WritableIndex::Sync() const { SyncFolder(path_); }

}  // namespace quorum
