// SPDX-License-Identifier: MIT
// quorum-eval: the ranking evaluation's toolbox (export for scriptindex, quest
// output to TREC runs, judging pools, nDCG@10/MRR tables); eval/run.sh drives it.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "eval/convert.h"
#include "eval/report.h"
#include "eval/trec_files.h"

namespace {

constexpr const char* kUsage =
    R"usage(Usage: quorum-eval COMMAND [OPTIONS] [FILE...]
Scores quorum's ranking against plain Xapian BM25 on judged queries
(eval/run.sh runs the whole evaluation; see docs/RANKING.md).

Commands:
  export-scriptindex [JSONL]
      quorum-index --parse-only --format json lines (stdin without JSONL) to
      scriptindex records, one per paragraph: docno=<quorum's docno>, text=...
  quest-to-trec --topic ID [--run-tag TAG] [QUEST_OUTPUT]
      quest's hits (stdin without a file) to TREC run lines (tag: bm25)
  score --queries TSV --qrels QRELS RUN...
      nDCG@10 and MRR of each run, per query kind and overall, then per
      query, as Markdown tables
  pool --queries TSV --qrels QRELS --paragraphs JSONL [--with-judged] RUN...
      the paragraphs in any run's top 10 not judged yet, with their text, as
      qrels lines ending in '?' to grade

Files: queries "id<TAB>kind<TAB>query"; qrels "topic 0 docno grade" (grade
0 not relevant, 1 partly, 2 relevant); runs "topic Q0 docno rank score tag".
MRR counts the first paragraph graded >= 1; "MRR (grade 2)" only a fully
relevant one.

Exit status: 0 ok; 1 bad or unreadable input; 2 bad usage.
)usage";

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Options ("--name value" or "--flag") and the remaining file arguments.
struct Args {
  std::map<std::string, std::string> options;
  std::vector<std::string> files;
};

Args Parse(const std::vector<std::string>& args, const std::vector<std::string>& valued,
           const std::vector<std::string>& flags) {
  Args parsed;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg.rfind("--", 0) != 0 || arg == "--") {
      parsed.files.push_back(arg);
    } else if (std::find(valued.begin(), valued.end(), arg) != valued.end()) {
      if (i + 1 >= args.size()) throw UsageError("option '" + arg + "' needs a value");
      parsed.options[arg] = args[++i];
    } else if (std::find(flags.begin(), flags.end(), arg) != flags.end()) {
      parsed.options[arg] = "";
    } else {
      throw UsageError("unknown option '" + arg + "'");
    }
  }
  return parsed;
}

std::string Required(const Args& args, const std::string& name) {
  const auto found = args.options.find(name);
  if (found == args.options.end()) throw UsageError("the option '" + name + "' is required");
  return found->second;
}

std::vector<quorum::eval::Run> Runs(const Args& args) {
  if (args.files.empty()) throw UsageError("no RUN file given");
  std::vector<quorum::eval::Run> runs;
  for (const std::string& file : args.files) runs.push_back(quorum::eval::ReadRun(file));
  return runs;
}

int Run(const std::string& command, const std::vector<std::string>& rest) {
  using namespace quorum::eval;
  if (command == "export-scriptindex") {
    const Args args = Parse(rest, {}, {});
    if (args.files.size() > 1) throw UsageError("export-scriptindex takes at most one JSONL file");
    if (args.files.empty()) {
      ExportScriptindex(std::cin, "<stdin>", std::cout, std::cerr);
    } else {
      std::ifstream in(args.files[0]);
      if (!in) throw InputError("cannot read '" + args.files[0] + "'");
      ExportScriptindex(in, args.files[0], std::cout, std::cerr);
    }
  } else if (command == "quest-to-trec") {
    const Args args = Parse(rest, {"--topic", "--run-tag"}, {});
    const std::string topic = Required(args, "--topic");
    const std::string tag = args.options.count("--run-tag") ? args.options.at("--run-tag") : "bm25";
    if (args.files.size() > 1) throw UsageError("quest-to-trec takes at most one file");
    if (args.files.empty()) {
      QuestToTrec(std::cin, topic, tag, std::cout);
    } else {
      std::ifstream in(args.files[0]);
      if (!in) throw InputError("cannot read '" + args.files[0] + "'");
      QuestToTrec(in, topic, tag, std::cout);
    }
  } else if (command == "score") {
    const Args args = Parse(rest, {"--queries", "--qrels"}, {});
    const std::vector<Query> queries = ReadQueries(Required(args, "--queries"));
    const Qrels qrels = ReadQrels(Required(args, "--qrels"));
    PrintScores(queries, qrels, Runs(args), std::cout, std::cerr);
  } else if (command == "pool") {
    const Args args = Parse(rest, {"--queries", "--qrels", "--paragraphs"}, {"--with-judged"});
    const std::vector<Query> queries = ReadQueries(Required(args, "--queries"));
    const Qrels qrels = ReadQrels(Required(args, "--qrels"));
    const auto paragraphs = ReadParagraphs(Required(args, "--paragraphs"));
    PrintPool(queries, qrels, Runs(args), paragraphs, args.options.count("--with-judged") > 0, std::cout);
  } else {
    throw UsageError("unknown command '" + command + "'");
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    (args.empty() ? std::cerr : std::cout) << kUsage;
    return args.empty() ? 2 : 0;
  }
  try {
    return Run(args[0], {args.begin() + 1, args.end()});
  } catch (const UsageError& e) {
    std::cerr << "quorum-eval: error: " << e.what() << "\nTry 'quorum-eval --help'.\n";
    return 2;
  } catch (const std::exception& e) {  // InputError, and JSON or I/O failures
    std::cerr << "quorum-eval: error: " << e.what() << '\n';
    return 1;
  }
}
