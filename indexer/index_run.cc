// SPDX-License-Identifier: MIT
// The indexing run: find files, open the index, index what changed, report.
#include "indexer/index_run.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <optional>

#include "common/error.h"
#include "common/note_json.h"
#include "common/note_parser.h"
#include "indexer/incremental.h"
#include "indexer/indexer.h"
#include "indexer/input_files.h"
#include "indexer/interrupt.h"
#include "indexer/writable_index.h"

namespace quorum {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string Fixed(double value, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

// The first `bytes` of `text`, cut on a UTF-8 character boundary, with "…" if cut.
std::string Preview(const std::string& text, size_t bytes) {
  if (text.size() <= bytes) return text;
  while (bytes > 0 && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) --bytes;
  return text.substr(0, bytes) + "\u2026";
}

// A human-readable outline of the parse, for --parse-only --format text.
void PrintOutline(const Note& note, std::ostream& out) {
  out << note.path << "\n  meeting: " << note.MeetingId() << "\n  body: " << note.body
      << "\n  type: " << note.type << "\n  date: " << note.date << "\n  symbol: " << note.symbol
      << "\n  title: " << note.title << "\n  language: " << note.language << '\n';
  for (const AgendaItem& item : note.agenda) out << "  agenda (" << item.label << ") " << item.title << '\n';
  for (size_t i = 0; i < note.paragraphs.size(); ++i) {
    const Paragraph& p = note.paragraphs[i];
    out << "  " << note.Citation(p, i).substr(note.MeetingId().size() + 1) << " ["
        << (p.agenda ? *p.agenda : "-") << "] " << Preview(p.text, 72) << '\n';
    for (const SubItem& item : p.items) out << "      (" << item.label << ") " << Preview(item.text, 60) << '\n';
    for (const std::string& f : p.footnotes) out << "      footnote: " << Preview(f, 60) << '\n';
  }
}

class Progress {
 public:
  Progress(const IndexConfig& config, std::ostream& err, size_t total)
      : err_(err), total_(total),
        enabled_(!config.quiet && (config.progress == "always" ||
                                   (config.progress == "auto" && isatty(STDERR_FILENO)))) {}

  void Update(size_t done) {
    if (!enabled_ || SecondsSince(last_) < 0.2) return;
    last_ = Clock::now();
    const double rate = static_cast<double>(done) / std::max(SecondsSince(start_), 1e-6);
    err_ << "\rquorum-index: " << done << '/' << total_ << " notes (" << Fixed(rate, 1) << " notes/s)"
         << std::flush;
  }
  void Clear() {
    if (enabled_) err_ << "\r\033[K" << std::flush;
  }

 private:
  std::ostream& err_;
  size_t total_;
  bool enabled_;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_ = Clock::now() - std::chrono::seconds(1);
};

// --parse-only: every note parsed and printed; nothing is written.
ExitCode RunParseOnly(const IndexConfig& config, const InputFiles& inputs, std::ostream& out, std::ostream& err) {
  const Clock::time_point start = Clock::now();
  ParseOptions options;
  options.language = config.language;
  IndexCounts counts;
  size_t notes = 0;
  Progress progress(config, err, inputs.files.size());
  for (const std::string& path : inputs.files) {
    const Note note = ParseNoteFile(path, options);
    progress.Clear();
    ReportDiagnostics(note, config.quiet, err, &counts);
    if (note.HasErrors()) {
      ++counts.failed;
      continue;
    }
    ++notes;
    if (config.format == "json") {
      out << DumpJsonLine(NoteToJson(note)) << '\n';
    } else {
      PrintOutline(note, out);
    }
    counts.paragraphs += note.paragraphs.size();
    progress.Update(notes + counts.failed);
  }
  progress.Clear();
  err << "quorum-index: parsed " << counts.paragraphs << " paragraphs from " << notes
      << (notes == 1 ? " note" : " notes");
  if (counts.failed) err << ", skipped " << counts.failed;
  err << " (" << counts.warnings << (counts.warnings == 1 ? " warning, " : " warnings, ") << counts.errors
      << (counts.errors == 1 ? " error" : " errors") << ") in " << Fixed(SecondsSince(start), 2) << " s\n";
  return counts.failed || !inputs.errors.empty() ? ExitCode::kFailure : ExitCode::kOk;
}

// "indexed 812 paragraphs from 11 notes (0 warnings, 0 errors) in 0.52 s
// into idx; 11 added, 0 changed, 0 unchanged, 0 removed"
void PrintSummary(const IndexConfig& config, const IndexCounts& counts, double seconds, std::ostream& err) {
  err << "quorum-index: indexed " << counts.paragraphs << " paragraphs from " << counts.written
      << (counts.written == 1 ? " note" : " notes");
  if (counts.failed) err << ", skipped " << counts.failed;
  err << " (" << counts.warnings << (counts.warnings == 1 ? " warning, " : " warnings, ") << counts.errors
      << (counts.errors == 1 ? " error" : " errors") << ") in " << Fixed(seconds, 2) << " s into " << config.db
      << "; " << counts.added << " added, " << counts.changed << " changed, " << counts.unchanged
      << " unchanged, " << counts.removed << " removed\n";
}

}  // namespace

ExitCode RunIndex(const IndexConfig& config, std::ostream& out, std::ostream& err) {
  const Clock::time_point start = Clock::now();
  const InputFiles inputs = FindInputFiles(config.paths);
  for (const std::string& error : inputs.errors) err << "quorum-index: error: " << error << '\n';
  if (config.parse_only) return RunParseOnly(config, inputs, out, err);

  InstallInterruptHandlers();
  std::optional<WritableIndex> index;
  try {
    index.emplace(WritableIndex::Open(config.db, WriteOptions{config.overwrite, config.wait}, err));
  } catch (const WaitInterrupted& e) {
    err << "quorum-index: " << e.what() << '\n';
    return static_cast<ExitCode>(InterruptedExitStatus(PendingInterrupt()));
  }
  Indexer indexer(index->database());
  IncrementalIndexer incremental(indexer, config, err);
  Progress progress(config, err, inputs.files.size());
  int signal = 0;
  try {
    // The schema version the Indexer stamps is committed before any note,
    // so a search during the run never meets an index without one.
    incremental.Commit();
    size_t done = 0;
    for (const std::string& path : inputs.files) {
      if ((signal = PendingInterrupt())) break;
      progress.Clear();
      incremental.IndexFile(path);
      progress.Update(++done);
    }
    if (config.prune && !(signal = PendingInterrupt())) incremental.Prune(config.paths);
    incremental.Commit();
    // Commits of a new index reached the page cache only; make them durable.
    if (index->unsynced()) index->Sync();
  } catch (const Xapian::Error& e) {
    progress.Clear();
    throw Error("cannot write index '" + config.db + "': " + e.get_description() + "\nquorum-index: note: " +
                "the index holds its last commit (" + std::to_string(incremental.committed()) +
                " notes of this run); fix the cause (disk space?) and re-run to finish");
  }
  progress.Clear();
  PrintSummary(config, incremental.counts(), SecondsSince(start), err);
  if (signal) {
    err << "quorum-index: interrupted; " << incremental.committed() << " notes committed; re-run to finish\n";
    return static_cast<ExitCode>(InterruptedExitStatus(signal));
  }
  return incremental.counts().failed || !inputs.errors.empty() ? ExitCode::kFailure : ExitCode::kOk;
}

}  // namespace quorum
