// SPDX-License-Identifier: MIT
// The indexing run: find files, open the index, index what changed, report.
#include "indexer/index_run.h"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>
#include <vector>

#include "common/base/error.h"
#include "common/base/note_json.h"
#include "common/index/schema.h"
#include "common/pipeline/pipeline.h"
#include "indexer/data_dictionary.h"
#include "indexer/incremental.h"
#include "indexer/indexer.h"
#include "indexer/input_files.h"
#include "indexer/interrupt.h"
#include "indexer/pipeline.h"
#include "indexer/shards.h"
#include "indexer/writable_index.h"
#include "indexer/write_failure.h"

namespace fs = std::filesystem;

namespace quorum {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

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
  out << note.path << "\n  meeting: " << note.MeetingId() << "\n  body: " << note.body << "\n  type: " << note.type
      << "\n  date: " << note.date << "\n  symbol: " << note.symbol << "\n  title: " << note.title
      << "\n  language: " << note.language << '\n';
  for (const AgendaItem& item : note.agenda) out << "  agenda (" << item.label << ") " << item.title << '\n';
  for (size_t i = 0; i < note.paragraphs.size(); ++i) {
    const Paragraph& p = note.paragraphs[i];
    out << "  " << note.Citation(p, i).substr(note.MeetingId().size() + 1) << " [" << (p.agenda ? *p.agenda : "-")
        << "] " << Preview(p.text, 72) << '\n';
    for (const SubItem& item : p.items) out << "      (" << item.label << ") " << Preview(item.text, 60) << '\n';
    for (const std::string& f : p.footnotes) out << "      footnote: " << Preview(f, 60) << '\n';
  }
}

class Progress {
 public:
  Progress(const IndexConfig& config, std::ostream& err, size_t total)
      : err_(err),
        total_(total),
        enabled_(!config.quiet &&
                 (config.progress == "always" || (config.progress == "auto" && isatty(STDERR_FILENO)))) {}

  // Called by the thread that prints the notes' diagnostics, after it has
  // printed them (Clear first).
  void Update(size_t done) {
    std::lock_guard<std::mutex> lock(mutex_);
    done_ = done;
    shown_ = true;
    Print();
  }
  // Called by a worker after each page it read by OCR: a scanned note takes
  // minutes, and the line must move meanwhile. Silent between Clear and the
  // next Update, while diagnostics are being printed.
  void PageRead() {
    std::lock_guard<std::mutex> lock(mutex_);
    ++ocr_pages_;
    if (shown_) Print();
  }
  void Clear() {
    std::lock_guard<std::mutex> lock(mutex_);
    shown_ = false;
    if (enabled_) err_ << "\r\033[K" << std::flush;
  }

 private:
  void Print() {
    if (!enabled_ || SecondsSince(last_) < 0.2) return;
    last_ = Clock::now();
    const double rate = static_cast<double>(done_) / std::max(SecondsSince(start_), 1e-6);
    err_ << "\rquorum-index: " << done_ << '/' << total_ << " notes (" << Fixed(rate, 1) << " notes/s)";
    if (ocr_pages_) err_ << ", " << ocr_pages_ << (ocr_pages_ == 1 ? " page" : " pages") << " read by OCR";
    err_ << std::flush;
  }

  std::mutex mutex_;
  std::ostream& err_;
  size_t total_;
  bool enabled_;
  size_t done_ = 0;
  size_t ocr_pages_ = 0;
  bool shown_ = true;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_ = Clock::now() - std::chrono::seconds(1);
};

// One note's --parse-only output, made on a worker thread.
struct ParsedNote {
  Note diagnostics_only;  // path and diagnostics
  bool failed = false;
  size_t paragraphs = 0;
  std::string printed;  // the JSON line or the outline
};

// --parse-only: every note parsed (on every core) and printed in input
// order; nothing is written.
ExitCode RunParseOnly(const IndexConfig& config, const InputFiles& inputs, std::ostream& out, std::ostream& err) {
  const Clock::time_point start = Clock::now();
  ParseOptions options;
  options.language = config.language;
  options.ocr = config.ocr;
  IndexCounts counts;
  size_t notes = 0;
  Progress progress(config, err, inputs.files.size());
  options.on_ocr_page = [&progress] { progress.PageRead(); };
  const size_t jobs = config.jobs ? config.jobs : DefaultJobs();
  WorkerPool pool(jobs);
  size_t next = 0;
  RunOrdered<std::string, ParsedNote>(
      pool, WindowLimits{2 * jobs + 2, size_t{64} << 20},
      [&]() -> std::optional<std::string> {
        if (next == inputs.files.size()) return std::nullopt;
        return inputs.files[next++];
      },
      [&config, &options](const std::string& path, size_t) {
        Note note = ParseNoteFile(path, options);
        ParsedNote parsed;
        parsed.failed = note.HasErrors();
        parsed.paragraphs = note.paragraphs.size();
        if (!parsed.failed) {
          std::ostringstream printed;
          if (config.format == "json") {
            printed << DumpJsonLine(NoteToJson(note)) << '\n';
          } else {
            PrintOutline(note, printed);
          }
          parsed.printed = printed.str();
        }
        parsed.diagnostics_only.path = std::move(note.path);
        parsed.diagnostics_only.diagnostics = std::move(note.diagnostics);
        return parsed;
      },
      [](const std::string&) { return size_t{0}; },
      [&](ParsedNote parsed) {
        progress.Clear();
        ReportDiagnostics(parsed.diagnostics_only, config.quiet, err, &counts);
        if (parsed.failed) {
          ++counts.failed;
        } else {
          ++notes;
          out << parsed.printed;
          counts.paragraphs += parsed.paragraphs;
        }
        progress.Update(notes + counts.failed);
        return true;
      });
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
      << (counts.errors == 1 ? " error" : " errors") << ") in " << Fixed(seconds, 2) << " s into " << config.db << "; "
      << counts.added << " added, " << counts.changed << " changed, " << counts.unchanged << " unchanged, "
      << counts.removed << " removed\n";
}

// How many shards this run writes, from the index as it is and the flags;
// 0 means one plain (unsharded) index. Throws Error when the flags ask for
// another layout than the index has: changing it would mean rebuilding.
size_t ShardsToWrite(const IndexConfig& config) {
  const size_t existing = ShardCount(config.db);
  std::error_code error;
  const bool single = fs::exists(fs::path(config.db) / "iamglass", error);
  const std::string fix = "; index into a new folder (or --merge the shards into one database)";
  if (existing > 0) {
    if (config.shards != 0 && config.shards != existing)
      throw Error("index '" + config.db + "' has " + std::to_string(existing) + " shards, not " +
                  std::to_string(config.shards) + "; leave out --shards (a re-run keeps the index's own)" + fix);
    return existing;
  }
  if (single && config.shards > 1) throw Error("index '" + config.db + "' is one database, not sharded" + fix);
  return config.shards > 1 ? config.shards : 0;
}

// Opens the N shards of the index at `db` (creating the folder, the shards
// and the stub file that lists them if needed), in order, so that two runs
// wanting the same shards cannot each hold some.
std::vector<WritableIndex> OpenShards(const IndexConfig& config, size_t shards, std::ostream& err) {
  std::error_code error;
  const fs::path db(config.db);
  if (fs::exists(db, error) && fs::is_directory(db, error) && !fs::is_empty(db, error) && ShardCount(config.db) == 0)
    throw Error("'" + config.db +
                "' is a folder with other files in it, not an index; give --db a new or empty folder");
  if (!fs::exists(db, error) && !fs::create_directory(db, error) && !fs::is_directory(db))
    throw Error("cannot create index folder '" + config.db + "': " + error.message());
  std::vector<WritableIndex> indexes;
  for (size_t i = 0; i < shards; ++i)
    indexes.push_back(WritableIndex::Open(ShardPath(config.db, i), WriteOptions{config.overwrite, config.wait}, err));
  // Written once every shard exists, so no reader meets a stub naming a
  // missing shard.
  if (ShardCount(config.db) != shards) WriteStub(config.db, shards);
  return indexes;
}

// One shard's writer: everything a run writes to one database. For a plain
// index, the only one.
struct ShardWriter {
  ShardWriter(WritableIndex& writable, const IndexConfig& config, RunOutput& output)
      : index(writable), indexer(writable.database()), incremental(indexer, config, output) {}
  WritableIndex& index;
  Indexer indexer;
  IncrementalIndexer incremental;
  std::vector<std::string> files;  // the notes routed to this shard, in input order
};

}  // namespace

ExitCode RunIndex(const IndexConfig& config, std::ostream& out, std::ostream& err) {
  const Clock::time_point start = Clock::now();
  InputFiles inputs;
  if (!config.paths.empty()) inputs = FindInputFiles(config.paths);
  for (const std::string& error : inputs.errors) err << "quorum-index: error: " << error << '\n';
  if (config.parse_only) return RunParseOnly(config, inputs, out, err);

  InstallInterruptHandlers();
  const size_t shards = ShardsToWrite(config);
  if (config.merge && shards == 0)
    throw Error("'" + config.db + "' is not a sharded index; --merge needs one built with --shards");
  if (config.merge && config.paths.empty()) {
    const size_t documents = MergeShards(config.db, config.wait, err);
    err << "quorum-index: merged " << shards << " shards (" << documents << " paragraphs) into one database in "
        << Fixed(SecondsSince(start), 2) << " s: " << config.db << '\n';
    return ExitCode::kOk;
  }
  std::vector<WritableIndex> indexes;
  try {
    if (shards == 0) {
      indexes.push_back(WritableIndex::Open(config.db, WriteOptions{config.overwrite, config.wait}, err));
    } else {
      indexes = OpenShards(config, shards, err);
    }
  } catch (const WaitInterrupted& e) {
    err << "quorum-index: " << e.what() << '\n';
    return static_cast<ExitCode>(InterruptedExitStatus(PendingInterrupt()));
  }
  Progress progress(config, err, inputs.files.size());
  size_t done = 0;
  RunOutput output(err);
  output.SetProgress([&progress] { progress.Clear(); }, [&progress, &done] { progress.Update(++done); },
                     [&progress] { progress.PageRead(); });
  const WriteFailureReport report(config.db);
  std::vector<std::unique_ptr<ShardWriter>> writers;
  for (WritableIndex& index : indexes) writers.push_back(std::make_unique<ShardWriter>(index, config, output));
  // One data dictionary for every shard (common/index/data_codec.h).
  const auto dictionary = std::make_shared<DataDictionary>();
  for (const auto& writer : writers) writer->indexer.ShareDictionary(dictionary);
  if (writers.size() == 1) {
    writers[0]->files = inputs.files;
  } else {
    for (const std::string& path : inputs.files)
      writers[ShardOf(schema::NoteKey(CanonicalPath(path)), writers.size())]->files.push_back(path);
  }

  // Workers parse, tag and build documents; each shard's writer (this
  // thread, for a plain index) writes them in input order. A worker builds
  // with its own DocumentBuilder, which is not thread-safe.
  const size_t jobs = config.jobs ? config.jobs : DefaultJobs();
  WorkerPool pool(jobs);
  std::vector<DocumentBuilder> builders(jobs);
  // Enough notes in flight to keep every worker busy while the writer
  // writes; few enough, and at most 64 MB of files, to bound memory.
  const WindowLimits limits{2 * jobs + 2, size_t{64} << 20};
  std::atomic<bool> failed{false};
  const std::function<bool()> stop = [&failed] { return failed.load() || PendingInterrupt() != 0; };
  auto write_shard = [&](ShardWriter& writer) {
    // The schema version the Indexer stamps is committed before any note,
    // so a search during the run never meets an index without one.
    writer.incremental.Commit(false);
    writer.incremental.IndexFiles(writer.files, pool, builders, limits, stop);
    if (config.prune && !stop()) writer.incremental.Prune(config.paths);
    writer.incremental.Commit();
    // Commits of a new index reached the page cache only; make them durable.
    if (writer.index.unsynced()) writer.index.Sync();
  };
  std::vector<std::exception_ptr> errors(writers.size());
  if (writers.size() == 1) {
    try {
      write_shard(*writers[0]);
    } catch (...) {
      errors[0] = std::current_exception();
    }
  } else {
    std::vector<std::thread> threads;
    for (size_t i = 0; i < writers.size(); ++i)
      threads.emplace_back([&, i] {
        try {
          write_shard(*writers[i]);
        } catch (...) {
          errors[i] = std::current_exception();
          failed = true;  // the other shards stop too, after a commit
        }
      });
    for (std::thread& thread : threads) thread.join();
  }
  IndexCounts counts;
  size_t committed = 0;
  for (const auto& writer : writers) {
    counts += writer->incremental.counts();
    committed += writer->incremental.committed();
  }
  progress.Clear();
  for (const std::exception_ptr& error : errors) {
    if (!error) continue;
    try {
      std::rethrow_exception(error);
    } catch (const Xapian::Error& e) {
      throw Error("cannot write index '" + config.db + "': " + e.get_description() +
                  "\nquorum-index: note: " + "the index holds its last commit (" + std::to_string(committed) +
                  " notes of this run); fix the cause (disk space?) and re-run to finish");
    }
  }
  const int signal = PendingInterrupt();
  PrintSummary(config, counts, SecondsSince(start), err);
  if (signal) {
    err << "quorum-index: interrupted; " << committed << " notes committed; re-run to finish\n";
    return static_cast<ExitCode>(InterruptedExitStatus(signal));
  }
  if (config.merge) {
    writers.clear();
    indexes.clear();  // lets go of the shards' locks, which the merge takes again
    const Clock::time_point merge_start = Clock::now();
    const size_t documents = MergeShards(config.db, config.wait, err);
    err << "quorum-index: merged " << shards << " shards (" << documents << " paragraphs) into one database in "
        << Fixed(SecondsSince(merge_start), 2) << " s\n";
  }
  return counts.failed || !inputs.errors.empty() ? ExitCode::kFailure : ExitCode::kOk;
}

}  // namespace quorum
