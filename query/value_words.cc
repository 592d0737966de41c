// SPDX-License-Identifier: MIT
// Field values by their words; see value_words.h.
#include "query/value_words.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <sstream>
#include <vector>

#include "common/text/language.h"
#include "common/text/tokeniser.h"

namespace quorum {
namespace {

// One word of the query and how a value's word matches it.
struct Wanted {
  std::string word;  // normalised; for a wildcard, the part before '*'
  std::string stem;  // empty for a wildcard
  bool wildcard = false;
  // A stem is, but for its last letter at most, the start of the words it
  // stems ("agenc" for "agencies"): a value without this text holds no word
  // with that stem, and is passed over without being tokenised.
  std::string head;
};

// The query's words, one group per piece between spaces: "IOM-UN" is one
// group of two words that must follow each other in that order, as Xapian's
// QueryParser reads a hyphenated word as a phrase. Stop words standing
// alone are left out, unless there is nothing else.
using Group = std::vector<Wanted>;

std::vector<Group> WantedGroups(const std::string& words, const std::string& language, const Xapian::Stem& stem) {
  std::vector<Group> wanted, stop;
  std::istringstream in(words);
  for (std::string piece; in >> piece;) {
    const bool wildcard = piece.size() > 1 && piece.back() == '*';
    if (wildcard) piece.pop_back();
    Group group;
    for (const std::string& word : Words(piece)) group.push_back({word, wildcard ? "" : stem(word), false, {}});
    if (group.empty()) continue;
    group.back().wildcard = wildcard;
    if (wildcard) group.back().stem.clear();
    for (Wanted& w : group) w.head = w.wildcard ? w.word : w.stem.substr(0, std::max<size_t>(1, w.stem.size()) - 1);
    const bool alone_stop = group.size() == 1 && !wildcard && IsStopWord(group[0].word, language);
    (alone_stop ? stop : wanted).push_back(std::move(group));
  }
  return wanted.empty() ? stop : wanted;
}

bool Matches(const std::string& word, const Wanted& wanted, const Xapian::Stem& stem,
             std::map<std::string, std::string>* stems) {
  if (wanted.wildcard) return word.compare(0, wanted.word.size(), wanted.word) == 0;
  if (word == wanted.word) return true;
  auto it = stems->find(word);
  if (it == stems->end()) it = stems->emplace(word, stem(word)).first;
  return it->second == wanted.stem;
}

// True if the group's words follow each other somewhere in `value_words`.
bool Holds(const std::vector<std::string>& value_words, const Group& group, const Xapian::Stem& stem,
           std::map<std::string, std::string>* stems) {
  for (size_t at = 0; at + group.size() <= value_words.size(); ++at) {
    size_t j = 0;
    while (j < group.size() && Matches(value_words[at + j], group[j], stem, stems)) ++j;
    if (j == group.size()) return true;
  }
  return false;
}

}  // namespace

Xapian::Query ValuesWithWords(const Xapian::Database& database, const schema::Field& field, const std::string& words,
                              const std::string& language) {
  const Xapian::Stem stem(StemmerName(language));
  const std::vector<Group> wanted = WantedGroups(words, language, stem);
  if (wanted.empty()) return Xapian::Query::MatchNothing;
  const std::string prefix(field.prefix);
  std::map<std::string, std::string> stems;  // a value word -> its stem, for this query
  std::vector<Xapian::Query> matching;
  for (Xapian::TermIterator it = database.allterms_begin(prefix); it != database.allterms_end(prefix); ++it) {
    const std::string& term = *it;
    // Another field's prefix that starts with this one ("XBY" after "XB")
    // continues in capitals; a value is normalised, so never does.
    if (term.size() > prefix.size() && std::isupper(static_cast<unsigned char>(term[prefix.size()]))) continue;
    const std::string_view value = std::string_view(term).substr(prefix.size());
    const bool may_hold = std::all_of(wanted.begin(), wanted.end(), [&](const Group& group) {
      return std::all_of(group.begin(), group.end(),
                         [&](const Wanted& w) { return value.find(w.head) != std::string_view::npos; });
    });
    if (!may_hold) continue;
    const std::vector<std::string> value_words = Words(value);
    if (std::all_of(wanted.begin(), wanted.end(),
                    [&](const Group& group) { return Holds(value_words, group, stem, &stems); }))
      matching.emplace_back(term);
  }
  if (matching.empty()) return Xapian::Query::MatchNothing;
  return Xapian::Query(Xapian::Query::OP_OR, matching.begin(), matching.end());
}

}  // namespace quorum
