// SPDX-License-Identifier: MIT
// Conversions between quorum's parse-only JSON, Xapian's scriptindex and quest
// formats and TREC runs, so plain BM25 is scored on the very paragraphs
// quorum indexes, under the same docnos.
#pragma once

#include <istream>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "eval/trec_files.h"

namespace quorum::eval {

/// The docno quorum's TREC output gives a paragraph: its citable id
/// (meeting + " ¶" + number, or " ¶#" + ordinal + 1 when unnumbered) with
/// spaces and tabs replaced by '_'.
std::string Docno(const std::string& meeting, const std::string* number, size_t ordinal);

/// Reads `quorum-index --parse-only --format json` lines from `in` and writes
/// one scriptindex record per paragraph: "docno=…" then one "text=…" for the
/// paragraph's text, each sub-item and each footnote (what quorum indexes as
/// the paragraph's own words). Returns the number of records. Throws
/// InputError naming `source` and the line for a line that is not a note.
/// Reports on `warnings` docnos shared by several paragraphs.
size_t ExportScriptindex(std::istream& in, const std::string& source, std::ostream& out, std::ostream& warnings);

/// Turns the output of `quest` (scriptindex data "docno=…" per hit) into
/// TREC run lines for `topic`. Throws InputError if `in` is not quest output.
void QuestToTrec(std::istream& in, const std::string& topic, const std::string& tag, std::ostream& out);

/// A paragraph as a judge reads it.
struct PooledText {
  std::string file;     // the note's file name
  std::string section;  // its heading
  std::string text;     // text, then "(a) …" sub-items
};

/// Reads parse-only JSON lines into docno -> paragraphs (several when a
/// docno is shared). Throws InputError as ExportScriptindex does.
std::map<std::string, std::vector<PooledText>> ReadParagraphs(const std::string& path);

/// For each query, the docnos in the first kCutoff answers of any run, best
/// rank first, with their text, as qrels lines to fill in ("7 0 docno ?")
/// followed by '#' lines holding the text. Only unjudged ones unless
/// `with_judged`, which shows the grade given instead of '?'.
void PrintPool(const std::vector<Query>& queries, const Qrels& qrels, const std::vector<Run>& runs,
               const std::map<std::string, std::vector<PooledText>>& paragraphs, bool with_judged, std::ostream& out);

}  // namespace quorum::eval
