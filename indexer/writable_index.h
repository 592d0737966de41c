// SPDX-License-Identifier: MIT
// An index folder opened for writing: Xapian's write lock, a lock-info file
// naming the process that holds it, and the choice of when to fsync.
#pragma once

#include <xapian.h>

#include <ostream>
#include <string>

#include "common/base/error.h"

namespace quorum {

struct WriteOptions {
  bool overwrite = false;  // discard the folder's contents first
  bool wait = false;       // wait for another writer rather than fail
};

/// Thrown by WritableIndex::Open when a signal arrives while it waits for
/// the lock; nothing has been written.
class WaitInterrupted : public Error {
 public:
  using Error::Error;
};

/// Name of the lock-info file inside the index folder: the pid of the
/// quorum-index that holds the write lock, one line.
inline constexpr const char* kLockInfoFile = "quorum-index.pid";

class WritableIndex {
 public:
  /**
   * Opens (creating if needed) the index folder `path` for writing and
   * writes the lock-info file. Throws quorum::Error with the path and the
   * fix when `path` is a file, when the folder cannot be written, or when
   * another process holds the lock ("index 'idx' is locked by another
   * quorum-index (pid 123)"). With options.wait it polls for the lock
   * instead, after one line on `err`, and throws WaitInterrupted on SIGINT
   * or SIGTERM (see indexer/interrupt.h).
   *
   * A folder that is new, or emptied by options.overwrite, is opened with
   * Xapian's DB_NO_SYNC: its commits reach the page cache (enough to
   * survive the process being killed) and Sync() makes them durable at the
   * end. An existing index is fsynced at every commit, so a power cut can
   * never cost the work of earlier runs.
   *
   * Sets XAPIAN_FLUSH_THRESHOLD (how many documents Xapian buffers before
   * merging them into the index) to a value tuned for quorum's documents,
   * unless the environment already sets it. Call it before other threads
   * start: it changes the environment.
   */
  static WritableIndex Open(const std::string& path, const WriteOptions& options, std::ostream& err);

  WritableIndex(WritableIndex&& other) noexcept;
  WritableIndex& operator=(WritableIndex&&) = delete;
  WritableIndex(const WritableIndex&) = delete;
  ~WritableIndex();  // removes the lock-info file

  Xapian::WritableDatabase& database() { return database_; }
  const std::string& path() const { return path_; }
  /// True when commits are not fsynced (a new or overwritten index).
  bool unsynced() const { return unsynced_; }

  /// Flushes every file of the index folder, and the folder, to disk.
  /// Throws quorum::Error naming the file on failure.
  void Sync() const;

 private:
  WritableIndex(std::string path, Xapian::WritableDatabase database, bool unsynced);

  std::string path_;
  Xapian::WritableDatabase database_;
  bool unsynced_ = false;
  bool owns_lock_info_ = true;
};

/// The pid in the lock-info file of `path` if that process is alive, else 0.
long LockHolder(const std::string& path);

/// A temporary folder beside the index folder `path`, named after what it
/// is for (`what`: "new", "merge", …) and this process's pid, so that
/// RemoveLeftovers recognises it once this process is gone.
std::string TemporaryIndexName(const std::string& path, const char* what);

/// Removes the temporary folders that runs killed while replacing `path`
/// left beside it (those whose process is gone).
void RemoveLeftovers(const std::string& path);

/// Removes an index folder no longer in use: Xapian's files and ours, then
/// the folder if that emptied it. Anything else in it stays.
void RemoveIndexFolder(const std::string& folder);

/// Flushes every file of the folder `path`, and the folder, to disk.
/// Throws quorum::Error naming the file on failure.
void SyncFolder(const std::string& path);

}  // namespace quorum
