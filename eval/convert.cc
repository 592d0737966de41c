// SPDX-License-Identifier: MIT
// Format conversions for the BM25 baseline and for judging pools.
#include "eval/convert.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "eval/metrics.h"

namespace quorum::eval {
namespace {

using Json = nlohmann::json;

std::string StringOr(const Json& object, const char* key, const std::string& fallback) {
  const auto found = object.find(key);
  return found != object.end() && found->is_string() ? found->get<std::string>() : fallback;
}

// scriptindex reads "name=value" lines; a newline inside a value must be
// followed by '=' or the rest would be taken for a new field.
std::string Escaped(const std::string& value) {
  std::string escaped;
  for (char c : value) {
    if (c == '\r') continue;
    escaped += c;
    if (c == '\n') escaped += '=';
  }
  return escaped;
}

// Calls `visit(docno, paragraph)` for each paragraph of each note in `in`.
template <typename Visit>
void ForEachParagraph(std::istream& in, const std::string& source, Visit visit) {
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.empty()) continue;
    const Json note = Json::parse(line, nullptr, false);
    const auto where = [&] { return source + ":" + std::to_string(number) + ": "; };
    if (note.is_discarded() || !note.is_object())
      throw InputError(where() + "not a JSON object; expected the output of quorum-index --parse-only --format json");
    const auto paragraphs = note.find("paragraphs");
    if (!note.contains("meeting") || !note["meeting"].is_string() || paragraphs == note.end() ||
        !paragraphs->is_array())
      throw InputError(where() + "a note needs a \"meeting\" string and a \"paragraphs\" array");
    const std::string meeting = note["meeting"].get<std::string>();
    for (size_t ordinal = 0; ordinal < paragraphs->size(); ++ordinal) {
      const Json& paragraph = (*paragraphs)[ordinal];
      const std::string printed = StringOr(paragraph, "number", "");
      const bool numbered = paragraph.contains("number") && paragraph["number"].is_string();
      visit(Docno(meeting, numbered ? &printed : nullptr, ordinal), note, paragraph);
    }
  }
}

std::vector<std::string> Strings(const Json& paragraph, const char* key, const char* member) {
  std::vector<std::string> strings;
  const auto found = paragraph.find(key);
  if (found == paragraph.end() || !found->is_array()) return strings;
  for (const Json& entry : *found) {
    if (entry.is_string()) strings.push_back(entry.get<std::string>());
    if (member && entry.is_object()) strings.push_back(StringOr(entry, member, ""));
  }
  return strings;
}

}  // namespace

std::string Docno(const std::string& meeting, const std::string* number, size_t ordinal) {
  std::string docno = meeting + " \u00B6" + (number ? *number : "#" + std::to_string(ordinal + 1));
  for (char& c : docno)
    if (c == ' ' || c == '\t') c = '_';
  return docno;
}

size_t ExportScriptindex(std::istream& in, const std::string& source, std::ostream& out, std::ostream& warnings) {
  std::map<std::string, size_t> seen;
  size_t records = 0;
  ForEachParagraph(in, source, [&](const std::string& docno, const Json&, const Json& paragraph) {
    out << "docno=" << docno << '\n' << "text=" << Escaped(StringOr(paragraph, "text", "")) << '\n';
    for (const std::string& item : Strings(paragraph, "items", "text")) out << "text=" << Escaped(item) << '\n';
    for (const std::string& footnote : Strings(paragraph, "footnotes", nullptr))
      out << "text=" << Escaped(footnote) << '\n';
    out << '\n';
    ++seen[docno];
    ++records;
  });
  size_t shared = 0;
  for (const auto& [docno, count] : seen) shared += count > 1 ? count : 0;
  if (shared)
    warnings << "quorum-eval: warning: " << shared << " paragraphs share a docno with another (quorum gives them"
             << " one citable id); both systems answer with that docno\n";
  return records;
}

void QuestToTrec(std::istream& in, const std::string& topic, const std::string& tag, std::ostream& out) {
  // quest prints "Parsed Query: …", a match count, "MSet:", then per hit
  // "DOCID: [WEIGHT]" followed by the document data and a blank line.
  bool in_mset = false;
  size_t rank = 0;
  std::string score;
  for (std::string line; std::getline(in, line);) {
    if (line == "MSet:") {
      in_mset = true;
    } else if (in_mset && line.find(": [") != std::string::npos && line.back() == ']' &&
               line.find_first_not_of("0123456789") == line.find(':')) {
      score = line.substr(line.find('[') + 1, line.size() - line.find('[') - 2);
    } else if (in_mset && line.rfind("docno=", 0) == 0 && !score.empty()) {
      out << topic << " Q0 " << line.substr(6) << ' ' << ++rank << ' ' << score << ' ' << tag << '\n';
      score.clear();
    }
  }
  if (!in_mset) throw InputError("no 'MSet:' line: expected the output of quest");
}

std::map<std::string, std::vector<PooledText>> ReadParagraphs(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw InputError("cannot read '" + path + "'");
  std::map<std::string, std::vector<PooledText>> paragraphs;
  ForEachParagraph(in, path, [&](const std::string& docno, const Json& note, const Json& paragraph) {
    PooledText pooled;
    const std::string file = StringOr(note, "path", "");
    pooled.file = file.substr(file.find_last_of('/') + 1);
    pooled.section = StringOr(paragraph, "section", "");
    pooled.text = StringOr(paragraph, "text", "");
    if (const auto items = paragraph.find("items"); items != paragraph.end() && items->is_array())
      for (const Json& item : *items)
        pooled.text += " (" + StringOr(item, "label", "") + ") " + StringOr(item, "text", "");
    paragraphs[docno].push_back(std::move(pooled));
  });
  return paragraphs;
}

void PrintPool(const std::vector<Query>& queries, const Qrels& qrels, const std::vector<Run>& runs,
               const std::map<std::string, std::vector<PooledText>>& paragraphs, bool with_judged, std::ostream& out) {
  static const std::map<std::string, int> kNone;
  for (const Query& query : queries) {
    const auto found_judged = qrels.find(query.id);
    const std::map<std::string, int>& judged = found_judged == qrels.end() ? kNone : found_judged->second;
    // Interleave the runs rank by rank, so the pool reads best-first.
    std::vector<std::string> pool;
    std::set<std::string> pooled;
    for (size_t rank = 0; rank < kCutoff; ++rank)
      for (const Run& run : runs)
        if (const auto ranked = run.ranked.find(query.id); ranked != run.ranked.end() && rank < ranked->second.size())
          if (const std::string& docno = ranked->second[rank]; pooled.insert(docno).second) pool.push_back(docno);
    bool header = false;
    for (const std::string& docno : pool) {
      const auto grade = judged.find(docno);
      if (grade != judged.end() && !with_judged) continue;
      if (!header) out << "# ==== " << query.id << " (" << query.kind << "): " << query.text << '\n';
      header = true;
      out << query.id << " 0 " << docno << ' ' << (grade == judged.end() ? "?" : std::to_string(grade->second)) << '\n';
      const auto text = paragraphs.find(docno);
      if (text == paragraphs.end()) {
        out << "#   (no such paragraph in the parse-only JSON)\n";
        continue;
      }
      for (const PooledText& paragraph : text->second)
        out << "#   [" << paragraph.file << " | " << paragraph.section << "] " << paragraph.text << '\n';
    }
  }
}

}  // namespace quorum::eval
