// SPDX-License-Identifier: MIT
// Query construction. Field values pass through schema::FilterTerm on this
// side exactly as on the indexing side, via Xapian::FieldProcessor, so a
// value typed by a user and one stored by the indexer cannot disagree.
#include "query/query_builder.h"

#include <sstream>

#include "common/base/error.h"
#include "common/index/schema.h"
#include "common/text/language.h"
#include "common/text/tokeniser.h"
#include "query/field_processors.h"
#include "query/ranking.h"
#include "query/synonyms.h"

namespace quorum {
namespace {

constexpr unsigned kParseFlags =
    Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD | Xapian::QueryParser::FLAG_PURE_NOT;

std::vector<std::string> IndexedLanguages(const Xapian::Database& database, const QueryConfig& config) {
  if (!config.language.empty()) return {config.language};
  std::vector<std::string> languages;
  std::istringstream stored(database.get_metadata(std::string(schema::kLanguagesKey)));
  for (std::string code; stored >> code;) languages.push_back(code);
  if (languages.empty()) languages.push_back("en");
  return languages;
}

// Parses `text` in `language`. With `with_context`, each word may match the
// paragraph's text or its context (title, body, agenda item, heading).
// With `corrected`, also looks up a spelling correction (empty if none)
// and stores it there; the lookup reads the spelling table for every word,
// so it is asked for only when a search found nothing.
Xapian::Query ParseIn(const Xapian::Database& database, const QueryConfig& config, const std::string& language,
                      const SynonymGroups& synonyms, const std::string& text, bool with_context,
                      std::string* corrected) {
  Xapian::QueryParser parser;
  parser.set_database(database);
  parser.set_stemmer(Xapian::Stem(StemmerName(language)));
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(config.match_any ? Xapian::Query::OP_OR : Xapian::Query::OP_AND);
  // The stop list only drops function words between other words ("UN
  // agencies" in "coordination with UN agencies"); phrases keep them.
  const auto& stop_words = StopWords(language);
  auto* stopper = new Xapian::SimpleStopper(stop_words.begin(), stop_words.end());
  parser.set_stopper(stopper->release());
  parser.add_prefix("", "");
  if (with_context) parser.add_prefix("", std::string(schema::kContextPrefix));
  std::string field_error;
  RegisterFields(parser, database, language, synonyms, &field_error);
  // The correction only fills get_corrected_query_string(); the query parsed
  // is the same with or without it.
  unsigned flags = kParseFlags;
  if (corrected) flags |= Xapian::QueryParser::FLAG_SPELLING_CORRECTION;
  Xapian::Query query = parser.parse_query(text, flags);
  if (!field_error.empty()) throw UsageError(field_error);
  if (corrected) *corrected = parser.get_corrected_query_string();
  return query;
}

// The column (1-based) of the operator a QueryParserError is about: one at
// the start or end of the query, or two operators in a row.
size_t ProblemColumn(const std::string& query) {
  std::vector<std::pair<std::string, size_t>> words;  // word and its column
  std::istringstream in(query);
  for (std::string word; in >> word;)
    words.emplace_back(word,
                       query.find(word, words.empty() ? 0 : words.back().second + words.back().first.size() - 1) + 1);
  for (size_t i = 0; i < words.size(); ++i) {
    const bool op = IsQueryOperator(words[i].first);
    const bool first_or_last = i == 0 || i + 1 == words.size();
    const bool doubled =
        i + 1 < words.size() && op && IsQueryOperator(words[i + 1].first) && words[i + 1].first != "NOT";
    if (op && (first_or_last || doubled)) return doubled ? words[i + 1].second : words[i].second;
  }
  return 0;
}

// ANDs `filter` into `query` as a filter (no weight).
Xapian::Query Filtered(const Xapian::Query& query, const Xapian::Query& filter) {
  if (query.empty()) return filter;
  return Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
}

Xapian::Query FlagFilters(const Xapian::Database& database, const QueryConfig& config, const std::string& language) {
  std::vector<Xapian::Query> filters;
  if (!config.meetings.empty()) {
    std::vector<Xapian::Query> any;
    for (const std::string& meeting : config.meetings) any.emplace_back(schema::FilterTerm(schema::kMeeting, meeting));
    filters.emplace_back(Xapian::Query::OP_OR, any.begin(), any.end());
  }
  if (!config.agenda.empty()) filters.push_back(FieldQuery(schema::kAgenda, config.agenda, database, language, {}));
  if (!config.body.empty()) filters.push_back(FieldQuery(schema::kBody, config.body, database, language, {}));
  if (!config.from.empty() || !config.to.empty())
    filters.emplace_back(Xapian::Query::OP_VALUE_RANGE, schema::kSlotDate, config.from.empty() ? "0" : config.from,
                         config.to.empty() ? "99999999" : config.to);
  if (filters.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end());
}

}  // namespace

BuiltQuery BuildQuery(const Xapian::Database& database, const QueryConfig& config, bool with_spelling) {
  // Xapian's matcher recurses through a query's terms: thousands of words
  // cost minutes and deep stacks, and no one searches with that many.
  constexpr size_t kMaxQueryWords = 1000;
  size_t words = 0;
  std::istringstream count(config.query);
  for (std::string word; count >> word;) ++words;
  if (words > kMaxQueryWords)
    throw UsageError("the query has " + std::to_string(words) + " words; at most " + std::to_string(kMaxQueryWords) +
                     " are searched");
  BuiltQuery built;
  built.languages = IndexedLanguages(database, config);
  const SynonymGroups synonyms = LoadSynonyms(database, config.synonyms_file);
  const std::string text = ExpandSynonyms(NormaliseQuery(RewriteHeldRanges(config.query)), synonyms, &built.expansions);
  built.parsed_text = text;
  std::vector<Xapian::Query> per_language;
  try {
    for (const std::string& language : built.languages) {
      Xapian::Query parsed = Xapian::Query::MatchAll;
      if (!text.empty()) {
        // Words in the paragraph itself score in full; words found only in
        // its context (the note's title or body, the agenda item, the
        // heading) still match, at ranking::kContextWeight of the score.
        std::string corrected;
        parsed = Xapian::Query(
            Xapian::Query::OP_OR,
            ParseIn(database, config, language, synonyms, text, false, with_spelling ? &corrected : nullptr),
            Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                          ParseIn(database, config, language, synonyms, text, true, nullptr), ranking::kContextWeight));
        if (built.corrected.empty()) built.corrected = corrected;
      }
      // With several languages each parse is limited to its own paragraphs,
      // so French stems never meet English text; the flag filters are built
      // per language too, since --agenda and --body words are stemmed.
      if (built.languages.size() > 1)
        parsed = Filtered(parsed, Xapian::Query(schema::FilterTerm(schema::kLanguage, language)));
      const Xapian::Query filters = FlagFilters(database, config, language);
      per_language.push_back(filters.empty() ? parsed : Filtered(parsed, filters));
    }
  } catch (const Xapian::QueryParserError& e) {
    std::string message = "cannot parse query '" + config.query + "': " + e.get_msg();
    if (const size_t column = ProblemColumn(config.query))
      message +=
          " (column " + std::to_string(column) + ")\n  " + config.query + "\n  " + std::string(column - 1, ' ') + "^";
    throw UsageError(message +
                     "\nquorum-search: hint: an operator (AND, OR, NOT, NEAR) needs a word on each side;"
                     " write operators in capitals, or quote words meant literally");
  }
  built.query = Xapian::Query(Xapian::Query::OP_OR, per_language.begin(), per_language.end());
  built.description = built.query.get_description();
  return built;
}

}  // namespace quorum
