// SPDX-License-Identifier: MIT
// Incremental indexing; see indexer/incremental.h.
#include "indexer/incremental.h"

#include <sys/stat.h>

#include <cerrno>
#include <filesystem>
#include <optional>

#include "common/note_json.h"
#include "common/schema.h"
#include "indexer/file_hash.h"
#include "indexer/note_record.h"

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

void ReportDiagnostics(const Note& note, bool quiet, std::ostream& err, IndexCounts* counts) {
  for (const Diagnostic& d : note.diagnostics) {
    (d.severity == Severity::kError ? counts->errors : counts->warnings) += 1;
    if (quiet && d.severity != Severity::kError) continue;
    err << note.path;
    if (d.line > 0) err << ':' << d.line;
    err << ": " << SeverityName(d.severity) << ": " << d.message << '\n';
  }
}

IncrementalIndexer::IncrementalIndexer(Indexer& indexer, const IndexConfig& config, std::ostream& err)
    : indexer_(indexer), config_(config), err_(err) {
  options_.language = config.language;
}

void IncrementalIndexer::IndexFile(const std::string& path) {
  const std::string canonical = CanonicalPath(path);
  // The same file named twice (or reached through a link) is one note.
  if (!seen_.insert(canonical).second) return;
  const std::string key = schema::NoteKey(canonical);

  const FileHash hash = HashFile(path);
  if (hash.status == FileHash::kVanished) {
    ++counts_.warnings;
    if (!config_.quiet) err_ << path << ": warning: deleted while the run was going on; skipped\n";
    return;
  }
  if (hash.status != FileHash::kOk) {
    ++counts_.errors;
    ++counts_.failed;
    err_ << path << ": error: " << hash.reason << "; skipped\n";
    return;
  }
  const std::string stamp = NoteStamp(hash.content_hash, config_.language);
  const std::optional<NoteRecord> record = indexer_.Record(key);
  const bool same = record && record->stamp == stamp;
  if (same) ++counts_.unchanged;
  if (same && !config_.force) return;

  const Note note = ParseNoteFile(path, options_);
  ReportDiagnostics(note, config_.quiet, err_, &counts_);
  if (note.HasErrors()) {
    // The note's previous paragraphs, if any, stay: a broken copy on disk
    // must not wipe what was good. Its stamp differs, so every run retries.
    if (same) --counts_.unchanged;
    ++counts_.failed;
    return;
  }
  const bool known = record || indexer_.HasDocuments(key);
  counts_.paragraphs += indexer_.AddNote(note, canonical, stamp);
  if (!same) ++(known ? counts_.changed : counts_.added);
  ++counts_.written;
  Written();
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
    if (!config_.quiet) err_ << "quorum-index: removed " << record.path << " (no longer on disk)\n";
    Written();
  }
}

void IncrementalIndexer::Written() {
  if (++pending_ >= config_.commit_every) Commit();
}

void IncrementalIndexer::Commit() {
  indexer_.Commit();
  committed_ += pending_;
  pending_ = 0;
}

}  // namespace quorum
