// SPDX-License-Identifier: MIT
// The indexing run: find files, parse, write, report.
#include "indexer/index_run.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <optional>

#include "common/note_json.h"
#include "common/note_parser.h"
#include "indexer/indexer.h"
#include "indexer/input_files.h"

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

// Prints a note's diagnostics in compiler style: "path:line: warning: message".
void ReportDiagnostics(const Note& note, bool quiet, std::ostream& err, size_t* warnings, size_t* errors) {
  for (const Diagnostic& d : note.diagnostics) {
    (d.severity == Severity::kError ? *errors : *warnings) += 1;
    if (quiet && d.severity != Severity::kError) continue;
    err << note.path;
    if (d.line > 0) err << ':' << d.line;
    err << ": " << SeverityName(d.severity) << ": " << d.message << '\n';
  }
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

}  // namespace

ExitCode RunIndex(const IndexConfig& config, std::ostream& out, std::ostream& err) {
  const Clock::time_point start = Clock::now();
  const InputFiles inputs = FindInputFiles(config.paths);
  for (const std::string& error : inputs.errors) err << "quorum-index: error: " << error << '\n';
  std::optional<Indexer> indexer;
  if (!config.parse_only) indexer.emplace(OpenWritableDatabase(config.db, config.overwrite));

  ParseOptions options;
  options.language = config.language;
  size_t notes = 0, failed = 0, paragraphs = 0, warnings = 0, errors = 0;
  Progress progress(config, err, inputs.files.size());
  for (const std::string& path : inputs.files) {
    const Note note = ParseNoteFile(path, options);
    progress.Clear();
    ReportDiagnostics(note, config.quiet, err, &warnings, &errors);
    if (note.HasErrors()) {
      ++failed;
      continue;
    }
    ++notes;
    if (config.parse_only) {
      if (config.format == "json") {
        out << DumpJsonLine(NoteToJson(note)) << '\n';
      } else {
        PrintOutline(note, out);
      }
      paragraphs += note.paragraphs.size();
    } else {
      std::error_code ignored;
      const std::string canonical = std::filesystem::weakly_canonical(path, ignored).string();
      paragraphs += indexer->AddNote(note, canonical.empty() ? path : canonical);
    }
    progress.Update(notes + failed);
  }
  if (indexer) indexer->Commit();
  progress.Clear();
  err << "quorum-index: " << (config.parse_only ? "parsed " : "indexed ") << paragraphs << " paragraphs from "
      << notes << (notes == 1 ? " note" : " notes");
  if (failed) err << ", skipped " << failed;
  err << " (" << warnings << (warnings == 1 ? " warning, " : " warnings, ") << errors
      << (errors == 1 ? " error" : " errors") << ") in " << Fixed(SecondsSince(start), 2) << " s";
  if (indexer) err << " into " << config.db;
  err << '\n';
  return failed || !inputs.errors.empty() ? ExitCode::kFailure : ExitCode::kOk;
}

}  // namespace quorum
