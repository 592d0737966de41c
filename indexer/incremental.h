// SPDX-License-Identifier: MIT
// Incremental indexing: decides, note by note, whether a file must be
// parsed and written again, removes notes deleted from disk (--prune), and
// commits at a steady cadence.
#pragma once

#include <cstddef>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "common/note_parser.h"
#include "indexer/index_args.h"
#include "indexer/indexer.h"

namespace quorum {

struct IndexCounts {
  size_t added = 0;       // notes indexed for the first time
  size_t changed = 0;     // notes whose content (or forced language) changed
  size_t unchanged = 0;   // notes left as they were (rewritten anyway with --force)
  size_t removed = 0;     // notes pruned: indexed, but no longer on disk
  size_t failed = 0;      // files reported and skipped
  size_t written = 0;     // notes written this run: added + changed + forced
  size_t paragraphs = 0;  // paragraphs written this run
  size_t warnings = 0;
  size_t errors = 0;
};

/// Prints a note's diagnostics in compiler style: "path:line: warning: message".
void ReportDiagnostics(const Note& note, bool quiet, std::ostream& err, IndexCounts* counts);

class IncrementalIndexer {
 public:
  /// Writes through `indexer`; diagnostics go to `err`. Only the flags
  /// language, force, quiet and commit_every of `config` are used.
  IncrementalIndexer(Indexer& indexer, const IndexConfig& config, std::ostream& err);

  /**
   * Indexes the note file at `path` unless its record says it is unchanged:
   * the bytes are hashed first and parsed only when their stamp differs.
   * A file that cannot be used is reported on `err` in one line and
   * skipped; one that vanished since the folder was read is a warning.
   * Throws Xapian::Error when the database cannot be written.
   */
  void IndexFile(const std::string& path);

  /// Removes the indexed notes whose canonical path is one of `paths`, or
  /// under one of them, and which no longer exist on disk.
  void Prune(const std::vector<std::string>& paths);

  /// Commits what was written since the last commit (always commits, so a
  /// new database is stamped with its schema version).
  void Commit();

  const IndexCounts& counts() const { return counts_; }
  /// Notes written (or removed) this run that a commit has made durable.
  size_t committed() const { return committed_; }

 private:
  void Written();  // after each note written or removed: commit every N

  Indexer& indexer_;
  const IndexConfig& config_;
  std::ostream& err_;
  ParseOptions options_;
  IndexCounts counts_;
  std::set<std::string> seen_;  // canonical paths handled this run
  size_t pending_ = 0;          // notes written since the last commit
  size_t committed_ = 0;
};

/// `path` made absolute, with symbolic links and ".." resolved as far as it
/// exists: the identity of a note.
std::string CanonicalPath(const std::string& path);

}  // namespace quorum
