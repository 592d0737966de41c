// SPDX-License-Identifier: MIT
// Snippets: what is marked, and which part of a long paragraph is shown.
#include "query/snippet.h"

#include <gtest/gtest.h>

namespace quorum {
namespace {

std::string Mark(const std::string& text, const std::string& query, size_t max_bytes = 400) {
  return MakeSnippet(text, HighlightsFromQuery(query, "en"), "en", max_bytes, "[", "]");
}

TEST(SnippetTest, MarksWhatMatched) {
  const struct {
    const char* text;
    const char* query;
    const char* expected;
  } rows[] = {
      // Words match in any inflection, by stem.
      {"Delegates requested more information.", "request", "Delegates [requested] more information."},
      // A phrase is marked as one span, and its words elsewhere are not.
      {"policy work and more policy capability", "\"policy capability\"", "policy work and more [policy capability]"},
      // Typographic variants match: curly apostrophe, en dash.
      {"IOM\u2019s role in IOM\u2013UN relations", "IOM's \"IOM-UN\"", "[IOM\u2019s] role in [IOM\u2013UN] relations"},
      // Operators, field values and negated words are not marked.
      {"budget and staff costs", "budget AND NOT staff agenda:costs", "[budget] and staff costs"},
      {"budget and staff costs", "budget -staff", "[budget] and staff costs"},
      // Prefix wildcard.
      {"migration and migrants", "migra*", "[migration] and [migrants]"},
      // Stop words alone are not marked; inside a phrase they are.
      {"the role of the Organization", "the role", "the [role] of the Organization"},
      {"the role of the Organization", "\"role of the organization\"", "the [role of the Organization]"},
      // No query words: the text as it is.
      {"Nothing to mark here.", "", "Nothing to mark here."},
  };
  for (const auto& row : rows) EXPECT_EQ(Mark(row.text, row.query), row.expected) << row.query;
}

TEST(SnippetTest, LongTextIsCutAroundTheDensestMatches) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "filler words here. ";
  text += "The budget was adopted. ";
  for (int i = 0; i < 40; ++i) text += "more filler words. ";
  const std::string snippet = Mark(text, "budget", 120);
  EXPECT_NE(snippet.find("[budget]"), std::string::npos);
  EXPECT_EQ(snippet.rfind("\u2026", 0), 0u) << "cut at the start";
  EXPECT_EQ(snippet.substr(snippet.size() - 3), "\u2026") << "cut at the end";
  EXPECT_LE(snippet.size(), 120u + 8);
}

TEST(SnippetTest, CutsNeverSplitACharacter) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "r\u00E9union ";
  const std::string snippet = Mark(text, "", 51);
  // Valid UTF-8: no lead byte without its continuation byte at the end.
  const std::string body = snippet.substr(0, snippet.size() - 3);
  EXPECT_NE(static_cast<unsigned char>(body.back()), 0xC3);
}

// One Highlights serves every hit of a search and remembers which stems
// matched; what it remembers must not change the next snippet.
TEST(SnippetTest, HighlightsServeManyTexts) {
  const Highlights highlights = HighlightsFromQuery("consulting budgets", "en");
  const std::string first = "The budget was consulted on.";
  const std::string second = "Consultations began; budgeting ended.";
  const std::string fresh = MakeSnippet(second, HighlightsFromQuery("consulting budgets", "en"), "en", 400, "[", "]");
  EXPECT_EQ(MakeSnippet(first, highlights, "en", 400, "[", "]"), "The [budget] was [consulted] on.");
  EXPECT_EQ(MakeSnippet(second, highlights, "en", 400, "[", "]"), fresh);
  EXPECT_EQ(MakeSnippet(first, highlights, "en", 400, "[", "]"), "The [budget] was [consulted] on.");
}

}  // namespace
}  // namespace quorum
