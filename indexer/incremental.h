// SPDX-License-Identifier: MIT
// Incremental indexing: decides, note by note, whether a file must be
// parsed and written again, removes notes deleted from disk (--prune), and
// commits at a steady cadence.
#pragma once

#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "common/pipeline/pipeline.h"
#include "indexer/index_args.h"
#include "indexer/indexer.h"
#include "indexer/pipeline.h"

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

  /// Adds `other`'s counts (another shard's) to these.
  IndexCounts& operator+=(const IndexCounts& other);
};

/// Prints a note's diagnostics in compiler style: "path:line: warning: message".
void ReportDiagnostics(const Note& note, bool quiet, std::ostream& err, IndexCounts* counts);

/// Where a run's lines go: diagnostics and the progress line, shared by the
/// writer threads of a sharded index, so its calls lock.
class RunOutput {
 public:
  explicit RunOutput(std::ostream& err) : err_(err) {}
  /// `clear` is called before any text is printed (to take the progress
  /// line off the terminal); `tick` after each file is handled; `page`
  /// after each PDF page read by OCR, from the worker that read it.
  void SetProgress(std::function<void()> clear, std::function<void()> tick, std::function<void()> page);
  void Print(const std::string& lines);  // whole lines
  void Tick();
  void OcrPage();

 private:
  std::mutex mutex_;
  std::ostream& err_;
  std::function<void()> clear_;
  std::function<void()> tick_;
  std::function<void()> page_;
};

/// One file on its way through the pipeline: what the writer decided
/// before parsing (Plan), then what a worker made of it (Prepare).
struct FileJob {
  std::string path;       // as found
  std::string canonical;  // the note's identity
  std::string stamp;      // NoteStamp() of the bytes read
  bool parse = false;     // false: nothing to write (unchanged, or reported)
  bool same = false;      // its record holds this stamp (counted unchanged)
  bool known = false;     // the note was indexed before
  std::string report;     // lines to print at its turn (when not parsed)
  size_t bytes = 0;       // the file's size: what it weighs in the pipeline
  // Filled by Prepare:
  std::string note_path;  // Note::path, for its diagnostics
  std::vector<Diagnostic> diagnostics;
  bool has_errors = false;
  std::optional<BuiltNote> built;  // set when the note is to be written
};

class IncrementalIndexer {
 public:
  /// Writes through `indexer`; diagnostics go to `err`. Only the flags
  /// language, force, quiet and commit_every of `config` are used.
  IncrementalIndexer(Indexer& indexer, const IndexConfig& config, std::ostream& err);
  /// The same, printing through `output`, which several may share.
  IncrementalIndexer(Indexer& indexer, const IndexConfig& config, RunOutput& output);

  /**
   * Indexes the note file at `path` unless its record says it is unchanged:
   * the bytes are hashed first and parsed only when their stamp differs.
   * A file that cannot be used is reported on `err` in one line and
   * skipped; one that vanished since the folder was read is a warning.
   * Throws Xapian::Error when the database cannot be written.
   */
  void IndexFile(const std::string& path);

  /**
   * IndexFile for each of `paths`, with parsing and document building on
   * `pool`'s workers (`builders[worker]` for each) while this thread
   * writes, in the order of `paths`: the index is the same as IndexFile's,
   * one path after the other. At most `limits` files are in flight. Stops
   * early, after the note in hand, when `stop()` turns true.
   */
  void IndexFiles(const std::vector<std::string>& paths, WorkerPool& pool, std::vector<DocumentBuilder>& builders,
                  WindowLimits limits, const std::function<bool()>& stop);

  /// The three steps of IndexFile. Plan (hash, compare with the record) and
  /// Write run on the thread that owns the database; Prepare (parse, build
  /// documents) on any thread, with a builder of its own.
  FileJob Plan(const std::string& path);
  static FileJob Prepare(FileJob job, const ParseOptions& options, DocumentBuilder& builder);
  void Write(FileJob job);

  /// Removes the indexed notes whose canonical path is one of `paths`, or
  /// under one of them, and which no longer exist on disk.
  void Prune(const std::vector<std::string>& paths);

  /// Commits what was written since the last commit (always commits, so a
  /// new database is stamped with its schema version); `last` as
  /// Indexer::Commit() takes it.
  void Commit(bool last = true);

  const IndexCounts& counts() const { return counts_; }
  /// Notes written (or removed) this run that a commit has made durable.
  size_t committed() const { return committed_; }
  const ParseOptions& parse_options() const { return options_; }

 private:
  void Written();  // after each note written or removed: commit every N

  Indexer& indexer_;
  const IndexConfig& config_;
  std::optional<RunOutput> own_output_;
  RunOutput& output_;
  ParseOptions options_;
  DocumentBuilder builder_;  // for IndexFile, on the writer's thread
  IndexCounts counts_;
  std::set<std::string> seen_;  // canonical paths handled this run
  size_t pending_ = 0;          // notes written since the last commit
  size_t committed_ = 0;
};

/// `path` made absolute, with symbolic links and ".." resolved as far as it
/// exists: the identity of a note.
std::string CanonicalPath(const std::string& path);

}  // namespace quorum
