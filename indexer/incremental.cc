// SPDX-License-Identifier: MIT
// Incremental indexing; see indexer/incremental.h.
#include "indexer/incremental.h"

#include <sys/stat.h>

#include <cerrno>
#include <filesystem>
#include <optional>
#include <sstream>

#include "common/base/note_json.h"
#include "common/index/schema.h"
#include "indexer/file_hash.h"
#include "indexer/note_record.h"
#include "indexer/write_failure.h"

namespace fs = std::filesystem;

namespace quorum {
namespace {

// True if `path` is `scope` or inside the folder `scope`.
bool IsUnder(const std::string& path, const std::string& scope) {
  if (path.compare(0, scope.size(), scope) != 0) return false;
  return path.size() == scope.size() || path[scope.size()] == '/' || (!scope.empty() && scope.back() == '/');
}

// True only if the file is known to be deleted: a note whose file cannot be
// checked (a folder without permission, an I/O error) stays indexed.
bool IsGone(const std::string& path) {
  struct stat info;
  if (stat(path.c_str(), &info) == 0) return false;
  return errno == ENOENT || errno == ENOTDIR;
}

}  // namespace

std::string CanonicalPath(const std::string& path) {
  std::error_code error;
  const std::string canonical = fs::weakly_canonical(fs::absolute(path, error), error).string();
  return error || canonical.empty() ? path : canonical;
}

namespace {

void PrintDiagnostics(const std::string& path, const std::vector<Diagnostic>& diagnostics, bool quiet,
                      std::ostream& err, IndexCounts* counts) {
  for (const Diagnostic& d : diagnostics) {
    if (d.severity != Severity::kNote) (d.severity == Severity::kError ? counts->errors : counts->warnings) += 1;
    if (quiet && d.severity != Severity::kError) continue;
    err << path;
    if (d.line > 0) err << ':' << d.line;
    err << ": " << SeverityName(d.severity) << ": " << d.message << '\n';
  }
}

}  // namespace

void ReportDiagnostics(const Note& note, bool quiet, std::ostream& err, IndexCounts* counts) {
  PrintDiagnostics(note.path, note.diagnostics, quiet, err, counts);
}

IndexCounts& IndexCounts::operator+=(const IndexCounts& other) {
  added += other.added;
  changed += other.changed;
  unchanged += other.unchanged;
  removed += other.removed;
  failed += other.failed;
  written += other.written;
  paragraphs += other.paragraphs;
  warnings += other.warnings;
  errors += other.errors;
  return *this;
}

void RunOutput::SetProgress(std::function<void()> clear, std::function<void()> tick, std::function<void()> page) {
  std::lock_guard<std::mutex> lock(mutex_);
  clear_ = std::move(clear);
  tick_ = std::move(tick);
  page_ = std::move(page);
}

void RunOutput::Print(const std::string& lines) {
  if (lines.empty()) return;
  std::lock_guard<std::mutex> lock(mutex_);
  if (clear_) clear_();
  err_ << lines << std::flush;
}

void RunOutput::Tick() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (tick_) tick_();
}

void RunOutput::OcrPage() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (page_) page_();
}

IncrementalIndexer::IncrementalIndexer(Indexer& indexer, const IndexConfig& config, std::ostream& err)
    : indexer_(indexer), config_(config), own_output_(std::in_place, err), output_(*own_output_) {
  options_.language = config.language;
  options_.ocr = config.ocr;
  options_.on_ocr_page = [this] { output_.OcrPage(); };
}

IncrementalIndexer::IncrementalIndexer(Indexer& indexer, const IndexConfig& config, RunOutput& output)
    : indexer_(indexer), config_(config), output_(output) {
  options_.language = config.language;
  options_.ocr = config.ocr;
  options_.on_ocr_page = [this] { output_.OcrPage(); };
}

FileJob IncrementalIndexer::Plan(const std::string& path) {
  FileJob job;
  job.path = path;
  job.canonical = CanonicalPath(path);
  // The same file named twice (or reached through a link) is one note.
  if (!seen_.insert(job.canonical).second) return job;
  const std::string key = schema::NoteKey(job.canonical);

  const FileHash hash = HashFile(path);
  if (hash.status == FileHash::kVanished) {
    ++counts_.warnings;
    if (!config_.quiet) job.report = path + ": warning: deleted while the run was going on; skipped\n";
    return job;
  }
  if (hash.status != FileHash::kOk) {
    ++counts_.errors;
    ++counts_.failed;
    job.report = path + ": error: " + hash.reason + "; skipped\n";
    return job;
  }
  job.stamp = NoteStamp(hash.content_hash, config_.language);
  const std::optional<NoteRecord> record = indexer_.Record(key);
  job.same = record && record->stamp == job.stamp;
  if (job.same) ++counts_.unchanged;
  if (job.same && !config_.force) return job;
  job.known = record || indexer_.HasDocuments(key);
  job.parse = true;
  struct stat info;
  if (stat(path.c_str(), &info) == 0) job.bytes = static_cast<size_t>(info.st_size);
  return job;
}

FileJob IncrementalIndexer::Prepare(FileJob job, const ParseOptions& options, DocumentBuilder& builder) {
  if (!job.parse) return job;
  const Note note = ParseNoteFile(job.path, options);
  job.note_path = note.path;
  job.diagnostics = note.diagnostics;
  job.has_errors = note.HasErrors();
  if (!job.has_errors) job.built = BuildNote(note, job.canonical, job.stamp, builder);
  return job;
}

void IncrementalIndexer::Write(FileJob job) {
  std::ostringstream lines;
  lines << job.report;
  if (job.parse) PrintDiagnostics(job.note_path, job.diagnostics, config_.quiet, lines, &counts_);
  output_.Print(lines.str());
  if (!job.parse) return;
  if (job.has_errors) {
    // The note's previous paragraphs, if any, stay: a broken copy on disk
    // must not wipe what was good. Its stamp differs, so every run retries.
    if (job.same) --counts_.unchanged;
    ++counts_.failed;
    return;
  }
  job.built->may_exist = job.known;
  counts_.paragraphs += indexer_.AddBuilt(*job.built);
  if (!job.same) ++(job.known ? counts_.changed : counts_.added);
  ++counts_.written;
  Written();
}

void IncrementalIndexer::IndexFile(const std::string& path) {
  Write(Prepare(Plan(path), options_, builder_));
  output_.Tick();
}

void IncrementalIndexer::IndexFiles(const std::vector<std::string>& paths, WorkerPool& pool,
                                    std::vector<DocumentBuilder>& builders, WindowLimits limits,
                                    const std::function<bool()>& stop) {
  size_t next = 0;
  const ParseOptions& options = options_;
  RunOrdered<FileJob, FileJob>(
      pool, limits,
      [&]() -> std::optional<FileJob> {
        if (next == paths.size() || stop()) return std::nullopt;
        return Plan(paths[next++]);
      },
      [&options, &builders](FileJob job, size_t worker) { return Prepare(std::move(job), options, builders[worker]); },
      [](const FileJob& job) { return job.bytes; },
      [&](FileJob job) {
        Write(std::move(job));
        output_.Tick();
        return !stop();
      });
}

void IncrementalIndexer::Prune(const std::vector<std::string>& paths) {
  std::vector<std::string> scopes;
  for (const std::string& path : paths) scopes.push_back(CanonicalPath(path));
  for (const auto& [key, record] : indexer_.Records()) {
    bool in_scope = false;
    for (const std::string& scope : scopes) in_scope = in_scope || IsUnder(record.path, scope);
    if (!in_scope || !IsGone(record.path)) continue;
    indexer_.RemoveNote(key);
    ++counts_.removed;
    if (!config_.quiet) output_.Print("quorum-index: removed " + record.path + " (no longer on disk)\n");
    Written();
  }
}

void IncrementalIndexer::Written() {
  if (++pending_ >= config_.commit_every) Commit(false);
}

void IncrementalIndexer::Commit(bool last) {
  indexer_.Commit(last);
  committed_ += pending_;
  CountCommitted(pending_);
  pending_ = 0;
}

}  // namespace quorum
