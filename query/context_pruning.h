// SPDX-License-Identifier: MIT
// Branches of a parsed query over a paragraph's context words that are dead
// (phrases and NEAR groups: context words have no positions) or that say
// next to nothing and cost the most (words in the context of most paragraphs).
#pragma once

#include <xapian.h>

namespace quorum {

/**
 * `query` without its phrase and NEAR groups of context terms
 * (schema::kContextPrefix). Context words are indexed without positions
 * (indexer/document_builder.cc), so such a group never matches; Xapian
 * cannot know that before reading the words' postings and looking for their
 * positions paragraph by paragraph, and a phrase of frequent words ("general
 * assembly" on the General Debate index, whose every paragraph has the
 * Assembly in its context) spent most of a search doing so. What matches,
 * and with what weight, is unchanged: a group that can match nothing is
 * taken out of the ORs and turns the ANDs above it into nothing.
 */
Xapian::Query WithoutContextPhrases(const Xapian::Query& query);

/**
 * `query` without its context terms that are in the context of more than
 * half of `database`'s paragraphs, as if those paragraphs' contexts did not
 * hold them: "(general OR XCgeneral) AND (assembly OR XCassembly)" becomes
 * "general AND assembly" on an index of one body's speeches, each under the
 * "General Assembly". Past half the collection a term's Robertson-Sparck
 * Jones weight turns negative (BM25 keeps it at a token positive weight):
 * it tells almost nothing about a paragraph, yet an AND over it reads
 * postings of most of the index. For the default ranking's lift only; what
 * matches is decided with every context term.
 */
Xapian::Query WithoutCommonContextTerms(const Xapian::Query& query, const Xapian::Database& database);

}  // namespace quorum
