// SPDX-License-Identifier: MIT
// Snippet making. Xapian's MSet::snippet() marks every occurrence of every
// query word, so a phrase's words light up wherever they stand; researchers
// read highlights as evidence, so phrases are matched here as phrases, on
// the same tokens the index holds (quorum::Tokeniser).
#include "query/snippet.h"

#include <xapian.h>

#include <algorithm>
#include <cctype>

#include "common/index/schema.h"
#include "common/text/language.h"
#include "common/text/tokeniser.h"

namespace quorum {
namespace {

bool IsField(std::string_view name) {
  for (const schema::Field& field : schema::kAllFields)
    if (field.name == name) return true;
  return name == "held";
}

// Skips a field value at query[i]: a quoted string, a bracketed group or a word.
size_t SkipValue(std::string_view query, size_t i) {
  if (i < query.size() && query[i] == '"') {
    const size_t close = query.find('"', i + 1);
    return close == std::string_view::npos ? query.size() : close + 1;
  }
  if (i < query.size() && query[i] == '(') {
    const size_t close = query.find(')', i + 1);
    return close == std::string_view::npos ? query.size() : close + 1;
  }
  while (i < query.size() && query[i] != ' ' && query[i] != ')') ++i;
  return i;
}

void AddTerms(const std::vector<Token>& tokens, std::string_view language, bool quoted, Highlights* out) {
  if (tokens.size() > 1) {
    std::vector<std::string> phrase;
    for (const Token& token : tokens) phrase.push_back(token.term);
    out->phrases.push_back(std::move(phrase));
  } else if (tokens.size() == 1 && (quoted || !IsStopWord(tokens[0].term, language))) {
    out->words.push_back(tokens[0].term);
  }
}

struct Span {
  size_t start, end;  // byte offsets into the text
};

// Where the highlights match in `text`, in text order, not overlapping.
std::vector<Span> FindSpans(std::string_view text, const Highlights& highlights, std::string_view language) {
  Tokeniser tokeniser;
  const std::vector<Token> tokens = tokeniser.Tokenise(text);
  const Xapian::Stem stemmer(StemmerName(language));
  std::vector<std::string> word_stems;
  for (const std::string& word : highlights.words) word_stems.push_back(stemmer(word));
  std::vector<bool> taken(tokens.size(), false);
  std::vector<Span> spans;
  for (const auto& phrase : highlights.phrases) {
    for (size_t i = 0; i + phrase.size() <= tokens.size(); ++i) {
      bool match = true;
      for (size_t k = 0; k < phrase.size() && match; ++k) match = tokens[i + k].term == phrase[k] && !taken[i + k];
      if (!match) continue;
      for (size_t k = 0; k < phrase.size(); ++k) taken[i + k] = true;
      spans.push_back({static_cast<size_t>(tokens[i].start), static_cast<size_t>(tokens[i + phrase.size() - 1].end)});
    }
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (taken[i]) continue;
    const std::string& term = tokens[i].term;
    bool match = std::find(highlights.words.begin(), highlights.words.end(), term) != highlights.words.end();
    if (!match && !word_stems.empty()) {
      auto cached = highlights.stem_matches.find(term);
      if (cached == highlights.stem_matches.end()) {
        const std::string stem = stemmer(term);
        cached = highlights.stem_matches
                     .emplace(term, std::find(word_stems.begin(), word_stems.end(), stem) != word_stems.end())
                     .first;
      }
      match = cached->second;
    }
    for (const std::string& prefix : highlights.prefixes) match = match || term.rfind(prefix, 0) == 0;
    if (match) spans.push_back({static_cast<size_t>(tokens[i].start), static_cast<size_t>(tokens[i].end)});
  }
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
  return spans;
}

// Moves `at` back to the start of a UTF-8 character.
size_t CharStart(std::string_view text, size_t at) {
  while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

// Moves `at` to a word boundary: back to the space before it, if one is near.
size_t WordStart(std::string_view text, size_t at) {
  const size_t space = text.rfind(' ', at);
  return space != std::string_view::npos && at - space < 20 ? space + 1 : CharStart(text, at);
}

}  // namespace

Highlights HighlightsFromQuery(std::string_view raw_query, std::string_view language) {
  const std::string query = NormaliseQuery(raw_query);
  Highlights out;
  Tokeniser tokeniser;
  size_t i = 0;
  bool negate_next = false;
  while (i < query.size()) {
    const char c = query[i];
    if (c == ' ' || c == '(' || c == ')' || c == '+') {
      ++i;
      continue;
    }
    if (c == '"') {
      const size_t close = query.find('"', i + 1);
      const size_t end = close == std::string::npos ? query.size() : close;
      if (!negate_next)
        AddTerms(tokeniser.Tokenise(std::string_view(query).substr(i + 1, end - i - 1)), language, true, &out);
      negate_next = false;
      i = end + 1;
      continue;
    }
    size_t end = i;
    while (end < query.size() && query[end] != ' ' && query[end] != '(' && query[end] != ')' && query[end] != '"' &&
           query[end] != ':')
      ++end;
    const std::string_view word = std::string_view(query).substr(i, end - i);
    if (end < query.size() && query[end] == ':' && IsField(word)) {
      i = SkipValue(query, end + 1);  // field values filter; they are not in the text
      continue;
    }
    if (IsQueryOperator(word)) {
      negate_next = word == "NOT";
      i = end;
      continue;
    }
    const bool negated = negate_next || c == '-';
    negate_next = false;
    i = end + (end < query.size() && query[end] == ':');
    if (negated) continue;
    std::string_view text = word;
    const bool wildcard = !text.empty() && text.back() == '*';
    if (wildcard) text.remove_suffix(1);
    std::vector<Token> tokens = tokeniser.Tokenise(text);
    if (wildcard && !tokens.empty()) {
      out.prefixes.push_back(tokens.back().term);
      tokens.pop_back();
    }
    AddTerms(tokens, language, false, &out);
  }
  return out;
}

std::string MakeSnippet(std::string_view text, const Highlights& highlights, std::string_view language,
                        size_t max_bytes, std::string_view start_mark, std::string_view end_mark) {
  const std::vector<Span> spans = highlights.empty() ? std::vector<Span>() : FindSpans(text, highlights, language);
  // The window of max_bytes holding the most matches, starting a little
  // before the first match it holds.
  size_t best_start = 0, best_count = 0;
  for (size_t i = 0; i < spans.size(); ++i) {
    size_t count = 0;
    for (size_t k = i; k < spans.size() && spans[k].end <= spans[i].start + max_bytes * 3 / 4; ++k) ++count;
    if (count > best_count) {
      best_count = count;
      best_start = spans[i].start > max_bytes / 4 ? WordStart(text, spans[i].start - max_bytes / 4) : 0;
    }
  }
  if (text.size() <= max_bytes) best_start = 0;
  size_t best_end = std::min(text.size(), best_start + max_bytes);
  if (best_end < text.size()) {
    const size_t space = text.rfind(' ', best_end);
    best_end = space != std::string_view::npos && space > best_start ? space : CharStart(text, best_end);
  }
  std::string out = best_start > 0 ? "\u2026" : "";
  size_t at = best_start;
  for (const Span& span : spans) {
    if (span.start < at || span.end > best_end) continue;
    out.append(text.substr(at, span.start - at)).append(start_mark);
    out.append(text.substr(span.start, span.end - span.start)).append(end_mark);
    at = span.end;
  }
  out.append(text.substr(at, best_end - at));
  if (best_end < text.size()) out += "\u2026";
  return out;
}

}  // namespace quorum
