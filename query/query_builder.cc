// SPDX-License-Identifier: MIT
// Query construction. Field values pass through schema::FilterTerm on this
// side exactly as on the indexing side, via Xapian::FieldProcessor, so a
// value typed by a user and one stored by the indexer cannot disagree.
#include "query/query_builder.h"

#include <algorithm>
#include <sstream>

#include "common/base/error.h"
#include "common/index/schema.h"
#include "common/text/language.h"
#include "common/text/tokeniser.h"
#include "query/context_pruning.h"
#include "query/field_processors.h"
#include "query/ranking.h"
#include "query/synonyms.h"
#include "query/thesaurus.h"

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

// Which words a parse reads: the paragraph's text, its context (title,
// body, agenda item, heading) as well, or the context only.
enum class ContextTerms { kNone, kAlso, kOnly };

// Parses `text` in `language`, each word matching where `context` says.
// With `corrected`, also looks up a spelling correction (empty if none)
// and stores it there; the lookup reads the spelling table for every word,
// so it is asked for only when a search found nothing.
Xapian::Query ParseIn(const Xapian::Database& database, Xapian::Query::op default_op, const std::string& language,
                      const SynonymGroups& synonyms, const std::string& text, ContextTerms context,
                      std::string* corrected) {
  Xapian::QueryParser parser;
  parser.set_database(database);
  SetWordParsing(&parser, text, language);
  // Context words are indexed by their stems alone (they have no positions,
  // so no phrase reads them as written): a parse of the context alone stems
  // every word, capitalised ones too. Where a word may stand in the text or
  // the context (kAlso), a capitalised word keeps its exact form for the
  // text, whose phrases need it, and so matches the text alone.
  if (context == ContextTerms::kOnly) parser.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
  parser.set_default_op(default_op);
  if (context != ContextTerms::kOnly) parser.add_prefix("", "");
  if (context != ContextTerms::kNone) parser.add_prefix("", std::string(schema::kContextPrefix));
  std::string field_error;
  RegisterFields(parser, database, language, synonyms, &field_error);
  // The correction only fills get_corrected_query_string(); the query parsed
  // is the same with or without it.
  unsigned flags = kParseFlags;
  if (corrected) flags |= Xapian::QueryParser::FLAG_SPELLING_CORRECTION;
  Xapian::Query query = parser.parse_query(text, flags);
  if (!field_error.empty()) throw UsageError(field_error);
  if (context != ContextTerms::kNone) query = WithoutContextPhrases(query);
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

// The text and its context as one query: words in the paragraph itself
// score in full; words found only in its context (the note's title or
// body, the agenda item, the heading) still match, at
// ranking::kContextWeight of the score. With OP_AND each word may stand in
// either; with OP_OR the context part holds the context's words alone, so
// that a frequent word's text postings are read once, not twice.
Xapian::Query WithContext(const Xapian::Database& database, Xapian::Query::op default_op, const std::string& language,
                          const SynonymGroups& synonyms, const std::string& text, std::string* corrected) {
  const ContextTerms context = default_op == Xapian::Query::OP_OR ? ContextTerms::kOnly : ContextTerms::kAlso;
  return Xapian::Query(Xapian::Query::OP_OR,
                       ParseIn(database, default_op, language, synonyms, text, ContextTerms::kNone, corrected),
                       Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                     ParseIn(database, default_op, language, synonyms, text, context, nullptr),
                                     ranking::kContextWeight));
}

// Plain words only: no quotes, fields, operators, wildcards or groups (an
// expanded synonym brings quotes and OR), so the words can be read as a
// phrase and as a NEAR group.
std::vector<std::string> PlainWords(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string word; in >> word;) {
    if (IsQueryOperator(word) || word.find_first_of("\":()*+-") != std::string::npos) return {};
    words.push_back(word);
  }
  return words;
}

// "refuse OR \"food waste\" OR …": WordNet's synonyms of the content words,
// as query text; empty outside English or without WordNet.
std::string ThesaurusWords(const std::vector<std::string>& words, const std::string& language) {
  if (language != "en" || ranking::kThesaurusWeight <= 0) return {};
  static const Thesaurus english;
  std::string related;
  for (const std::string& word : words) {
    const std::string normalised = NormaliseWord(word);
    if (IsStopWord(normalised, language)) continue;
    for (const std::string& synonym : english.Synonyms(normalised, ranking::kThesaurusSynonyms))
      related +=
          (related.empty() ? "" : " OR ") + (synonym.find(' ') == std::string::npos ? synonym : '"' + synonym + '"');
  }
  return related;
}

Xapian::Query Scaled(const Xapian::Query& query, double factor) {
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query, factor);
}

// The default ranking, a soft AND: every paragraph holding any of the words
// matches and is ranked by BM25, and those holding all of them, the exact
// phrase, or the words within ranking::kNearWindow of each other are lifted
// by each part's own BM25 weight, scaled. The parts are ORed with the words:
// every paragraph matching a part already matches the words, so OR matches
// the same paragraphs as AND_MAYBE would, and lets Xapian's matcher skip
// paragraphs that cannot reach the page (OP_AND_MAYBE took three times as
// long on the General Debate index). --all keeps the strict AND, --any the
// words alone. `parts` receives the lifting parts by name, for --explain.
Xapian::Query RankedQuery(const Xapian::Database& database, const QueryConfig& config, const std::string& language,
                          const SynonymGroups& synonyms, const std::string& text, std::string* corrected,
                          std::vector<std::pair<std::string, Xapian::Query>>* parts) {
  if (config.match_all) return WithContext(database, Xapian::Query::OP_AND, language, synonyms, text, corrected);
  if (config.match_any) return WithContext(database, Xapian::Query::OP_OR, language, synonyms, text, corrected);
  // WithContext's two parts, kept apart: the text's may be weighted again below.
  const Xapian::Query text_any =
      ParseIn(database, Xapian::Query::OP_OR, language, synonyms, text, ContextTerms::kNone, corrected);
  std::vector<Xapian::Query> others = {
      Scaled(ParseIn(database, Xapian::Query::OP_OR, language, synonyms, text, ContextTerms::kOnly, nullptr),
             ranking::kContextWeight)};
  const std::vector<std::string> words = PlainWords(text);
  // WordNet's synonyms of the words (English only: Debian packages no French
  // or Spanish WordNet) widen the matches at ranking::kThesaurusWeight.
  const bool thesaurus = config.expand == "thesaurus" || config.expand == "both";
  if (const std::string related = thesaurus ? ThesaurusWords(words, language) : ""; !related.empty())
    others.push_back(
        Scaled(ParseIn(database, Xapian::Query::OP_OR, language, {}, related, ContextTerms::kNone, nullptr),
               ranking::kThesaurusWeight));
  auto with_others = [&](const Xapian::Query& text_part) {
    std::vector<Xapian::Query> all = {text_part};
    all.insert(all.end(), others.begin(), others.end());
    return Xapian::Query(Xapian::Query::OP_OR, all.begin(), all.end());
  };
  const Xapian::Query any = with_others(text_any);
  // One plain word: every match holds all the words; nothing to lift.
  if (words.size() == 1) return any;
  // All words, in the text, or each in the text or the context as
  // WithContext reads them, except context words in most paragraphs' context
  // (WithoutCommonContextTerms: an AND over them read postings of most of the
  // index, "general assembly" on the General Debate index took 100 ms for 6).
  const Xapian::Query all_in_text =
      ParseIn(database, Xapian::Query::OP_AND, language, synonyms, text, ContextTerms::kNone, nullptr);
  const Xapian::Query all_with_context = WithoutCommonContextTerms(
      ParseIn(database, Xapian::Query::OP_AND, language, synonyms, text, ContextTerms::kAlso, nullptr), database);
  std::vector<std::pair<std::string, Xapian::Query>> lifts;
  lifts.emplace_back(
      "all words", Xapian::Query(Xapian::Query::OP_OR, all_in_text, Scaled(all_with_context, ranking::kContextWeight)));
  if (words.size() >= 2) {
    // The stop list leaves function words out of the NEAR group, as it
    // does between words; the phrase keeps them.
    std::string near;
    size_t near_words = 0;
    for (const std::string& word : words) {
      if (IsStopWord(NormaliseWord(word), language)) continue;
      near += (near_words++ ? " NEAR/" + std::to_string(ranking::kNearWindow) + " " : "") + word;
    }
    if (ranking::kPhraseLift > 0)
      lifts.emplace_back("phrase", ParseIn(database, Xapian::Query::OP_AND, language, synonyms, '"' + text + '"',
                                           ContextTerms::kNone, nullptr));
    if (near_words >= 2 && ranking::kNearLift > 0)
      lifts.emplace_back(
          "near", ParseIn(database, Xapian::Query::OP_AND, language, synonyms, near, ContextTerms::kNone, nullptr));
  }
  // A lifting part that is the words' own query (a quoted phrase, "peace AND
  // security", one synonym group: no words joined by the default operator),
  // or another part's, would read the same postings again to add weight to
  // the same paragraphs; that query is weighted that much more instead,
  // which gives the same scores reading them once.
  std::vector<std::pair<Xapian::Query, double>> weighted = {{text_any, 1}};
  auto lift = [&](const Xapian::Query& part, double factor) {
    if (factor <= 0) return;
    const std::string description = part.get_description();
    for (auto& [query, weight] : weighted)
      if (query.get_description() == description) {
        weight += factor;
        return;
      }
    weighted.emplace_back(part, factor);
  };
  for (const auto& [name, part] : lifts) {
    const double factor = name == "all words" ? ranking::kAllWordsLift
                          : name == "phrase"  ? ranking::kPhraseLift
                                              : ranking::kNearLift;
    if (name == "all words") {
      lift(all_in_text, factor);
      lift(all_with_context, factor * ranking::kContextWeight);
    } else {
      lift(part, factor);
    }
    if (parts && factor > 0) parts->emplace_back(name, part);
  }
  if (weighted.size() == 1 && weighted[0].second == 1) return any;
  std::vector<Xapian::Query> lifting = {
      with_others(weighted[0].second == 1 ? text_any : Scaled(text_any, weighted[0].second))};
  for (size_t i = 1; i < weighted.size(); ++i) lifting.push_back(Scaled(weighted[i].first, weighted[i].second));
  return Xapian::Query(Xapian::Query::OP_OR, lifting.begin(), lifting.end());
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
  const SynonymGroups synonyms = LoadSynonyms(database, config.synonyms_file, config.query);
  const std::string text = ExpandSynonyms(NormaliseQuery(RewriteHeldRanges(config.query)), synonyms, &built.expansions);
  built.parsed_text = text;
  std::vector<Xapian::Query> per_language;
  try {
    for (const std::string& language : built.languages) {
      Xapian::Query parsed = Xapian::Query::MatchAll;
      if (!text.empty()) {
        std::string corrected;
        parsed =
            RankedQuery(database, config, language, synonyms, text, with_spelling ? &corrected : nullptr, &built.parts);
        if (built.corrected.empty()) built.corrected = corrected;
      }
      // With several languages each parse is limited to its own paragraphs,
      // so French stems never meet English text; the flag filters are built
      // per language too, since --agenda and --body words are stemmed.
      if (built.languages.size() > 1) parsed = Filtered(parsed, LanguageQuery(database, language));
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
