// SPDX-License-Identifier: MIT
// Context branches pruned from parsed queries; see context_pruning.h.
#include "query/context_pruning.h"

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "common/index/schema.h"

namespace quorum {
namespace {

using Op = Xapian::Query::op;

// "XCmigration" or its stem "ZXCmigrat"; not another field's prefix that
// starts with the same letters (prefixes are upper case, words are not).
bool IsContextTerm(std::string_view term) {
  if (!term.empty() && term[0] == 'Z') term.remove_prefix(1);
  const std::string_view prefix = schema::kContextPrefix;
  return term.size() > prefix.size() && term.substr(0, prefix.size()) == prefix &&
         !std::isupper(static_cast<unsigned char>(term[prefix.size()]));
}

bool MatchesNothing(const Xapian::Query& query) { return query.get_type() == Xapian::Query::LEAF_MATCH_NOTHING; }

// What takes a branch out: a test on a phrase or NEAR group, or on a term.
struct Pruning {
  bool (*dead_group)(const Xapian::Query& group) = nullptr;
  const Xapian::Database* common_in = nullptr;  // prune context terms common in it
};

Xapian::Query Pruned(const Xapian::Query& query, const Pruning& pruning, bool* changed);

// The operators QueryParser builds from words; others (value ranges,
// wildcards, scaled fields) hold parameters this API cannot read back, and
// are kept as they are.
bool Rebuildable(Op op) {
  switch (op) {
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_SYNONYM:
      return true;
    default:
      return false;
  }
}

Xapian::Query Rebuilt(Op op, const std::vector<Xapian::Query>& parts) {
  const bool all_needed = op == Xapian::Query::OP_AND || op == Xapian::Query::OP_FILTER;
  const bool first_needed = op == Xapian::Query::OP_AND_NOT || op == Xapian::Query::OP_AND_MAYBE;
  if (first_needed && MatchesNothing(parts[0])) return Xapian::Query::MatchNothing;
  std::vector<Xapian::Query> kept;
  for (const Xapian::Query& part : parts) {
    if (!MatchesNothing(part)) {
      kept.push_back(part);
    } else if (all_needed) {
      return Xapian::Query::MatchNothing;
    }
  }
  if (kept.empty()) return Xapian::Query::MatchNothing;
  if (kept.size() == 1 && op != Xapian::Query::OP_SYNONYM) return kept[0];
  return Xapian::Query(op, kept.begin(), kept.end());
}

bool HasContextTerm(const Xapian::Query& group) {
  for (Xapian::TermIterator t = group.get_unique_terms_begin(); t != group.get_unique_terms_end(); ++t)
    if (IsContextTerm(*t)) return true;
  return false;
}

bool IsCommon(const std::string& term, const Xapian::Database& database) {
  return IsContextTerm(term) && database.get_termfreq(term) > database.get_doccount() / 2;
}

Xapian::Query Pruned(const Xapian::Query& query, const Pruning& pruning, bool* changed) {
  const Op op = query.get_type();
  if (op == Xapian::Query::OP_PHRASE || op == Xapian::Query::OP_NEAR) {
    if (!pruning.dead_group || !pruning.dead_group(query)) return query;
    *changed = true;
    return Xapian::Query::MatchNothing;
  }
  if (op == Xapian::Query::LEAF_TERM) {
    if (!pruning.common_in || !IsCommon(*query.get_unique_terms_begin(), *pruning.common_in)) return query;
    *changed = true;
    return Xapian::Query::MatchNothing;
  }
  if (!Rebuildable(op)) return query;
  bool any_changed = false;
  std::vector<Xapian::Query> parts;
  for (size_t i = 0; i < query.get_num_subqueries(); ++i)
    parts.push_back(Pruned(query.get_subquery(i), pruning, &any_changed));
  if (!any_changed) return query;  // untouched: keeps Xapian's own form
  *changed = true;
  return Rebuilt(op, parts);
}

}  // namespace

Xapian::Query WithoutContextPhrases(const Xapian::Query& query) {
  bool changed = false;
  return Pruned(query, {HasContextTerm, nullptr}, &changed);
}

Xapian::Query WithoutCommonContextTerms(const Xapian::Query& query, const Xapian::Database& database) {
  bool changed = false;
  return Pruned(query, {nullptr, &database}, &changed);
}

}  // namespace quorum
