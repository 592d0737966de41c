// SPDX-License-Identifier: MIT
// The ledger: requests, commitments and decisions as records, newest first,
// each with its citation, its sentence and whether a later note answered it.
#pragma once

#include <xapian.h>

#include <ostream>
#include <string>
#include <vector>

#include "common/base/note_json.h"
#include "query/follow_up.h"
#include "query/query_args.h"

namespace quorum {

/// Bump when a field of the ledger's JSON output is renamed or removed.
inline constexpr int kLedgerJsonVersion = 1;

struct LedgerRecord {
  StoredRequest source;
  std::vector<Answer> answers;  // later paragraphs that answer it, oldest first
  bool open() const { return answers.empty(); }
};

struct Ledger {
  std::vector<LedgerRecord> records;  // the page asked for (--offset, --limit)
  size_t total = 0;                   // records selected, all pages
  size_t open = 0;                    // of which open
  size_t first = 0;                   // 1-based position of records.front() among all
};

/// The records `config` selects: --to (addressee words), --by (requester
/// words), --from/--to-date (meeting date), --meeting, --agenda, --body,
/// QUERY (any search, fields included), --open; newest meeting first, then
/// in reading order. Throws UsageError for a bad query.
Ledger CollectLedger(const Xapian::Database& database, const QueryConfig& config);

/// Collects and prints the ledger to `out` in config.format (text, json,
/// csv or markdown; trec is a UsageError); `terminal` decides colour.
void RunLedger(const Xapian::Database& database, const QueryConfig& config, bool terminal, std::ostream& out);

/// The string `key` of a stored record (a paragraph's data, a request),
/// or "" when absent or not a string: the stored JSON is read, not trusted.
std::string StoredText(const nlohmann::json& object, const char* key);

/// "WG/BGR/2017/5 ¶12(a)-(c)": the paragraph's citation with the items asked for.
std::string RecordCitation(const StoredRequest& request);

void PrintLedgerText(const Ledger& ledger, bool color, std::ostream& out);
void PrintLedgerJson(const Ledger& ledger, std::ostream& out);
/// The objects PrintLedgerJson prints one per line (also quorum-serve's API).
OrderedJson LedgerRecordJson(const LedgerRecord& record);
OrderedJson LedgerSummaryJson(const Ledger& ledger);
void PrintLedgerCsv(const Ledger& ledger, std::ostream& out);
void PrintLedgerMarkdown(const Ledger& ledger, std::ostream& out);

/// A --to/--by word and a party's word compare in this form: accents
/// dropped and Spanish "-ción" read as "-tion", so "--to administration"
/// finds "Administración".
std::string FoldPartyWord(std::string_view word);

}  // namespace quorum
