// SPDX-License-Identifier: MIT
// Field processors. Field values pass through the schema's term builders
// on this side exactly as on the indexing side, so a value typed by a user
// and one stored by the indexer cannot disagree.
#include "query/field_processors.h"

#include <algorithm>

#include "common/base/error.h"
#include "common/text/language.h"
#include "common/text/tokeniser.h"
#include "query/value_words.h"

namespace quorum {
namespace {

constexpr unsigned kWordFlags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD;

Xapian::Query AnyOf(const std::vector<std::string>& terms) {
  std::vector<Xapian::Query> queries(terms.begin(), terms.end());
  return Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end());
}

// "date:2017-07", and "date:2017-07..2017-09" through the range processor:
// paragraphs mentioning a date that overlaps the period.
Xapian::Query DateMentionQuery(const std::string& low, const std::string& high) {
  const std::vector<std::string> terms =
      schema::DateRangeTerms(low.empty() ? "1900" : low, high.empty() ? "2199" : high);
  if (terms.empty())
    throw UsageError("date: takes YYYY, YYYY-MM or YYYY-MM-DD, or a range A..B of them, not '" + low +
                     (low == high ? "" : ".." + high) + "'");
  return AnyOf(terms);
}

// An exception thrown out of Xapian 1.4's QueryParser from a processor
// leaks the parser's state, so processors note a bad value in *error and
// match nothing; the caller reports it once parse_query() has returned.
template <typename Build>
Xapian::Query Guarded(std::string* error, const Build& build) {
  try {
    return build();
  } catch (const UsageError& e) {
    if (error->empty()) *error = e.what();
    return Xapian::Query::MatchNothing;
  }
}

class FieldProcessor : public Xapian::FieldProcessor {
 public:
  FieldProcessor(const schema::Field& field, Xapian::Database database, std::string language,
                 const SynonymGroups& synonyms, std::string* error)
      : field_(field),
        database_(std::move(database)),
        language_(std::move(language)),
        synonyms_(synonyms),
        error_(error) {}
  Xapian::Query operator()(const std::string& value) override {
    return Guarded(error_, [&] { return FieldQuery(field_, value, database_, language_, synonyms_); });
  }

 private:
  const schema::Field& field_;
  Xapian::Database database_;
  std::string language_;
  const SynonymGroups& synonyms_;
  std::string* error_;
};

class DateRangeProcessor : public Xapian::RangeProcessor {
 public:
  explicit DateRangeProcessor(std::string* error)
      : Xapian::RangeProcessor(Xapian::BAD_VALUENO, "date:"), error_(error) {}
  Xapian::Query operator()(const std::string& begin, const std::string& end) override {
    return Guarded(error_, [&] { return DateMentionQuery(begin, end); });
  }

 private:
  std::string* error_;
};

// The other members of the synonym group `value` belongs to, if any.
std::vector<std::string> Alternatives(const std::string& value, const SynonymGroups& synonyms) {
  const std::string normal = NormaliseQuery(value);
  for (const auto& group : synonyms)
    for (const std::string& member : group)
      if (member == normal) return group;
  return {value};
}

}  // namespace

Xapian::Query LanguageQuery(const Xapian::Database& database, const std::string& code) {
  const std::string term = schema::FilterTerm(schema::kLanguage, code);
  const std::string unmarked = schema::FilterTerm(schema::kLanguage, schema::kUnmarkedLanguage);
  if (term != unmarked) return Xapian::Query(term);
  std::vector<Xapian::Query> others;
  const std::string prefix(schema::kLanguage.prefix);
  for (Xapian::TermIterator it = database.allterms_begin(prefix); it != database.allterms_end(prefix); ++it)
    if (*it != unmarked) others.emplace_back(*it);
  if (others.empty()) return Xapian::Query::MatchAll;
  return Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll,
                       Xapian::Query(Xapian::Query::OP_OR, others.begin(), others.end()));
}

Xapian::Query FieldQuery(const schema::Field& field, const std::string& value, const Xapian::Database& database,
                         const std::string& language, const SynonymGroups& synonyms) {
  // kAllFields holds copies of the fields: compare by prefix, not address.
  if (field.prefix == schema::kMentionedDate.prefix) return DateMentionQuery(value, value);
  // type:request, type:commitment, type:decision: paragraphs holding such a
  // record. A document type of that name (a "decision" issued as a document)
  // still matches too, so no search that worked before loses hits.
  if (field.prefix == schema::kType.prefix && schema::IsRequestKind(NormaliseWord(value)))
    return Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(schema::RequestKindTerm(NormaliseWord(value))),
                         Xapian::Query(schema::FilterTerm(field, value)));
  if (field.prefix == schema::kLanguage.prefix) return LanguageQuery(database, value);
  if (field.kind == schema::FieldKind::kFilter) return Xapian::Query(schema::FilterTerm(field, value));
  // An agenda item as its facet value prints it, "(c) Basin data and …": its
  // label and the words of its title, so a value copied from the facet counts
  // (or a facet link of quorum-serve) selects the item it counted.
  if (field.prefix == schema::kAgenda.prefix && value.size() > 3 && value[0] == '(') {
    const size_t close = value.find(") ");
    if (close != std::string::npos && close > 1)
      return Xapian::Query(Xapian::Query::OP_AND,
                           FieldQuery(field, value.substr(1, close - 1), database, language, synonyms),
                           FieldQuery(field, value.substr(close + 2), database, language, synonyms));
  }
  // Label or words: the exact value (or a synonym of it) if the index has
  // it, else all the words of the value among the field's words.
  std::vector<std::string> exact;
  for (const std::string& alternative : Alternatives(value, synonyms))
    if (const std::string term = schema::FilterTerm(field, alternative); database.term_exists(term))
      exact.push_back(term);
  if (!exact.empty()) return AnyOf(exact);
  if (field.words_prefix.empty()) return ValuesWithWords(database, field, value, language);
  Xapian::QueryParser words;
  words.set_database(database);
  SetWordParsing(&words, value, language);
  words.set_default_op(Xapian::Query::OP_AND);
  return words.parse_query(NormaliseQuery(value), kWordFlags, std::string(field.words_prefix));
}

void SetWordParsing(Xapian::QueryParser* parser, const std::string& text, const std::string& language) {
  parser->set_stemmer(Xapian::Stem(StemmerName(language)));
  const std::vector<std::string> words = Words(text);
  const bool only_stop_words = !words.empty() && std::all_of(words.begin(), words.end(), [&language](const auto& word) {
    return IsStopWord(word, language);
  });
  parser->set_stemming_strategy(only_stop_words ? Xapian::QueryParser::STEM_NONE : Xapian::QueryParser::STEM_SOME);
  const auto& stop_words = StopWords(language);
  auto* stopper = new Xapian::SimpleStopper(stop_words.begin(), stop_words.end());
  parser->set_stopper(stopper->release());
}

void RegisterFields(Xapian::QueryParser& parser, const Xapian::Database& database, const std::string& language,
                    const SynonymGroups& synonyms, std::string* error) {
  for (const schema::Field& field : schema::kAllFields)
    parser.add_boolean_prefix(std::string(field.name),
                              (new FieldProcessor(field, database, language, synonyms, error))->release());
  parser.add_rangeprocessor((new Xapian::RangeProcessor(schema::kSlotDate, "held:"))->release());
  parser.add_rangeprocessor((new DateRangeProcessor(error))->release());
}

}  // namespace quorum
