// SPDX-License-Identifier: MIT
// quorum-index option parsing with Boost.Program_options.
#include "indexer/index_args.h"

#include <boost/program_options.hpp>
#include <sstream>

#include "common/base/error.h"
#include "common/cli/cli.h"
#include "common/index/database.h"
#include "common/text/language.h"
#include "indexer/shards.h"

namespace po = boost::program_options;

namespace quorum {

IndexCommand ParseIndexArgs(const std::vector<std::string>& args) {
  IndexCommand command;
  IndexConfig& config = command.config;
  // Read signed: Boost would wrap "-1" into a huge unsigned value.
  long long commit_every = static_cast<long long>(config.commit_every);
  long long jobs = 0;
  long long shards = 0;
  std::string ocr = "auto";
  po::options_description visible("Options");
  visible.add_options()("help,h", "show this help and exit")("version", "show the version and exit")(
      "db,d", po::value(&config.db)->default_value(DefaultDatabasePath()),
      "database folder, created if missing ($QUORUM_DB sets the default)")(
      "overwrite", po::bool_switch(&config.overwrite), "discard the database's contents first")(
      "prune", po::bool_switch(&config.prune), "also remove indexed notes under the PATHs that are no longer on disk")(
      "force", po::bool_switch(&config.force), "re-index every note, changed or not")(
      "commit-every", po::value(&commit_every)->default_value(commit_every),
      "commit after this many notes written; a killed run loses at most that much work")(
      "jobs,j", po::value(&jobs)->default_value(0),
      "threads that read, parse, tag and build the notes (0: every core); one more writes")(
      "shards", po::value(&shards)->default_value(0),
      "build the index as N shards, written in parallel, in the --db folder (0: as the index "
      "is; one for a new index); a re-run routes each note to the shard that holds it")(
      "merge", po::bool_switch(&config.merge),
      "merge a sharded index into one database (as xapian-compact does), replacing it "
      "atomically; with PATHs, once they are indexed")(
      "wait", po::bool_switch(&config.wait),
      "if another quorum-index is writing to the database, wait for it instead of failing")(
      "parse-only", po::bool_switch(&config.parse_only),
      "print each note's parse instead of indexing it; writes nothing")(
      "format", po::value(&config.format)->default_value("text"),
      "--parse-only output: text (an outline) or json (one object per note, per line)")(
      "lang", po::value(&config.language), "language of every note (en, fr, es, de); default: detected per note")(
      "ocr", po::value(&ocr)->default_value(ocr),
      "PDF pages read by OCR (Tesseract): auto (pages without a text layer, i.e. scans), always (every "
      "page, e.g. to replace a bad text layer), never")("progress", po::value(&config.progress)->default_value("auto"),
                                                        "progress line on stderr: auto (on a terminal), always, never")(
      "quiet,q", po::bool_switch(&config.quiet), "print errors and the summary only");
  po::options_description hidden;
  hidden.add_options()("path", po::value(&config.paths));
  std::ostringstream help;
  help << "Usage: quorum-index [OPTIONS] PATH...\n"
          "       quorum-index --db DIR --merge\n"
          "Index governance notes for quorum-search: one Xapian document per paragraph,\n"
          "with meeting, body, agenda item and date. Reads plain text (any charset), PDF\n"
          "(scanned pages by OCR), HTML, Markdown, Word (.docx) and OpenDocument (.odt).\n"
          "Folders are read recursively (*.txt, *.text, *.pdf, *.html, *.htm, *.md,\n"
          "*.markdown, *.docx, *.odt; Markdown named in capitals, as README.md, is a\n"
          "repository's own page and is skipped). A re-run indexes only new and changed\n"
          "notes (by content hash) and replaces their paragraphs; --prune drops deleted\n"
          "ones. Scanned pages take seconds each; the progress line counts them.\n\n"
       << visible
       << "\nExamples:\n"
          "  quorum-index --db idx corpus/              index a folder\n"
          "  quorum-index --db idx --prune corpus/      update it after edits and deletions\n"
          "  quorum-index --parse-only --format json note.txt   see what the parser reads\n"
          "  quorum-index --db idx --shards 4 corpus/   four shards, written in parallel\n"
          "  quorum-index --db idx --merge              merge them into one database\n"
          "\nSpeed: notes are parsed on every core (--jobs) while one thread per shard\n"
          "writes, in input order, so the index is the same whatever --jobs. A new index\n"
          "(or --overwrite) is flushed to disk once, at the end, not at every commit.\n"
          "A sharded index is a folder of shard-NN indexes and a XAPIANDB file listing them;\n"
          "quorum-search and Xapian's tools open it as one database. Each shard is always\n"
          "a committed state of its own.\n"
          "\nThe database on disk is always a committed state: if the run is killed, re-run\n"
          "it to finish. Ctrl-C (SIGINT) or SIGTERM stops after the current note, with a\n"
          "commit.\n"
          "\nExit status: 0 ok; 1 a note failed or the database could not be written;\n"
          "2 bad usage; 130 or 143 stopped by SIGINT or SIGTERM (work so far committed).\n";
  command.help = help.str();
  command.action = ParseCommandLine(args, visible, hidden, "path");
  if (command.action != CliAction::kRun) return command;
  if (config.paths.empty() && !config.merge) throw UsageError("no PATH given; name the notes or folders to index");
  if (jobs < 0 || jobs > 1024) throw UsageError("--jobs must be 0 (every core) to 1024, not " + std::to_string(jobs));
  config.jobs = static_cast<size_t>(jobs);
  if (shards < 0 || shards > static_cast<long long>(kMaxShards))
    throw UsageError("--shards must be 0 (as the index is) to " + std::to_string(kMaxShards) + ", not " +
                     std::to_string(shards));
  config.shards = static_cast<size_t>(shards);
  if (config.merge && config.parse_only) throw UsageError("--merge writes an index; it cannot go with --parse-only");
  if (config.format != "text" && config.format != "json")
    throw UsageError("--format must be text or json, not '" + config.format + "'");
  if (config.progress != "auto" && config.progress != "always" && config.progress != "never")
    throw UsageError("--progress must be auto, always or never, not '" + config.progress + "'");
  if (ocr != "auto" && ocr != "always" && ocr != "never")
    throw UsageError("--ocr must be auto, always or never, not '" + ocr + "'");
  config.ocr = ocr == "always" ? OcrMode::kAlways : ocr == "never" ? OcrMode::kNever : OcrMode::kAuto;
  if (commit_every < 1) throw UsageError("--commit-every must be at least 1, not " + std::to_string(commit_every));
  config.commit_every = static_cast<size_t>(commit_every);
  if (!config.language.empty() && !IsKnownLanguage(config.language))
    throw UsageError("unknown language '" + config.language + "'; use one of " + KnownLanguageList());
  return command;
}

}  // namespace quorum
