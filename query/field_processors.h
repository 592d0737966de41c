// SPDX-License-Identifier: MIT
// The query side of every schema field: Xapian::FieldProcessors that build
// their terms with the same schema functions the indexer uses, and the
// only place that registers field names with a QueryParser.
#pragma once

#include <xapian.h>

#include <string>

#include "common/index/schema.h"
#include "query/synonyms.h"

namespace quorum {

/// Registers every field of schema::kAllFields (and the held: and date:
/// ranges) with `parser`, stemming field words in `language`; `synonyms`
/// lets org:IDM also find paragraphs that name the organisation in full.
/// A value no field can take is noted in *error (the query then matches
/// nothing there); check it after parse_query().
/// Sets `parser` to stem `language` as the index does and to drop its stop
/// words between other words ("UN agencies" in "coordination with UN
/// agencies"; phrases keep them). A `text` of stop words only ("to be or
/// not to be") is parsed unstemmed: Xapian keeps such words, and the index
/// holds the words but not their stems (indexer/document_builder.cc).
void SetWordParsing(Xapian::QueryParser* parser, const std::string& text, const std::string& language);

void RegisterFields(Xapian::QueryParser& parser, const Xapian::Database& database, const std::string& language,
                    const SynonymGroups& synonyms, std::string* error);

/// The query a field value stands for, as "field:value" in a query would
/// give it (used for the --agenda and --body flags too). Throws UsageError
/// for a value the field cannot take.
Xapian::Query FieldQuery(const schema::Field& field, const std::string& value, const Xapian::Database& database,
                         const std::string& language, const SynonymGroups& synonyms);

/// The paragraphs of the notes in language `code`: its term, or, for
/// schema::kUnmarkedLanguage, the paragraphs with no other language's term.
Xapian::Query LanguageQuery(const Xapian::Database& database, const std::string& code);

}  // namespace quorum
