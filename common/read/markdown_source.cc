// SPDX-License-Identifier: MIT
// Markdown to note text through cmark's node iterator. Footnote definitions
// ("[^1]: text") are taken out before cmark sees them: CommonMark would read
// them as link reference definitions and drop their text.
#include "common/read/markdown_source.h"

#include <cmark.h>

#include <memory>
#include <set>
#include <vector>

#include "common/read/html_source.h"
#include "common/read/text_source.h"

namespace quorum {
namespace {

struct NodeFree {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IterFree {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};

struct Source {
  std::string markdown;                          // what cmark parses
  std::vector<std::string> front_matter;         // "title: …" lines of a YAML header
  std::map<std::string, std::string> footnotes;  // label: text
};

bool IsBlank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

// "[^label]: text" (up to three spaces before): a footnote definition.
// Parsed by hand: std::regex recurses per character and a long line would
// exhaust the stack.
bool MatchDefinition(std::string_view line, std::string* label, std::string* text) {
  size_t i = 0;
  while (i < 3 && i < line.size() && line[i] == ' ') ++i;
  if (line.substr(i, 2) != "[^") return false;
  const size_t close = line.find(']', i + 2);
  if (close == std::string_view::npos || close == i + 2 || close + 1 >= line.size() || line[close + 1] != ':')
    return false;
  const std::string_view name = line.substr(i + 2, close - i - 2);
  if (name.find_first_of(" \t") != std::string_view::npos) return false;
  size_t start = close + 2;
  if (start < line.size() && (line[start] == ' ' || line[start] == '\t')) ++start;
  *label = std::string(name);
  *text = std::string(line.substr(start));
  return true;
}

// Splits off a YAML front matter block and the footnote definitions.
Source SplitSource(std::string_view text) {
  Source source;
  std::vector<std::string_view> lines;
  for (size_t start = 0; start <= text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  size_t i = 0;
  if (!lines.empty() && lines[0] == "---") {
    size_t end = 1;
    while (end < lines.size() && end < 100 && lines[end] != "---" && lines[end] != "...") ++end;
    if (end < lines.size() && end < 100) {
      for (size_t k = 1; k < end; ++k)
        if (!IsBlank(lines[k])) source.front_matter.emplace_back(lines[k]);
      i = end + 1;
    }
  }
  for (; i < lines.size(); ++i) {
    std::string label, footnote;
    if (!MatchDefinition(lines[i], &label, &footnote)) {
      source.markdown.append(lines[i]).append("\n");
      continue;
    }
    // Indented lines that follow continue the definition.
    while (i + 1 < lines.size() && !IsBlank(lines[i + 1]) && (lines[i + 1][0] == ' ' || lines[i + 1][0] == '\t'))
      footnote += " " + std::string(lines[++i]);
    source.footnotes[label] = footnote;
    source.markdown += "\n";
  }
  return source;
}

class MarkdownReader {
 public:
  explicit MarkdownReader(Source source) : source_(std::move(source)) {}

  ConvertedText Read() {
    for (const std::string& line : source_.front_matter) writer_.Paragraph(line);
    std::unique_ptr<cmark_node, NodeFree> document(
        cmark_parse_document(source_.markdown.data(), source_.markdown.size(), CMARK_OPT_DEFAULT));
    std::unique_ptr<cmark_iter, IterFree> iter(cmark_iter_new(document.get()));
    for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;)
      Visit(cmark_iter_get_node(iter.get()), event == CMARK_EVENT_ENTER);
    Flush();
    // Definitions no paragraph cites are kept, at the end.
    for (const auto& [label, text] : source_.footnotes)
      if (!cited_.count(label)) writer_.Paragraph(text);
    return writer_.Finish();
  }

 private:
  // A quotation is written "> text", as the Markdown source prints it, so
  // that a short quoted line is not taken for a heading.
  void Flush() {
    writer_.Paragraph(CiteFootnotes(inline_), quote_ > 0 && marker_.empty() ? ">" : marker_, list_depth_ - 1);
    if (!CollapseSpaces(inline_).empty()) last_paragraph_end_ = 0;
    inline_.clear();
    marker_.clear();
  }

  // A paragraph (or list item's) that starts on the line after the previous
  // paragraph ends, as CommonMark lets a list interrupt a paragraph, is
  // written with no blank line before it: the source's layout (one
  // paragraph a line, no blank lines) then reaches the parser as it does
  // when the file is read as text.
  void FlushParagraph(cmark_node* paragraph) {
    const int start = cmark_node_get_start_line(paragraph);
    const bool join =
        quote_ == 0 && last_paragraph_end_ > 0 && start == last_paragraph_end_ + 1 && !CollapseSpaces(inline_).empty();
    if (join) writer_.JoinNextBlock();
    Flush();
    last_paragraph_end_ = quote_ == 0 ? cmark_node_get_end_line(paragraph) : 0;
  }

  // "[^1]" in the text: the footnote's marker, its text after the paragraph.
  std::string CiteFootnotes(const std::string& text) {
    std::string out;
    size_t at = 0;
    for (size_t open = text.find("[^"); open != std::string::npos; open = text.find("[^", at)) {
      const size_t close = text.find(']', open);
      if (close == std::string::npos) break;
      const std::string label = text.substr(open + 2, close - open - 2);
      const auto it = source_.footnotes.find(label);
      out += text.substr(at, open - at);
      if (it == source_.footnotes.end()) {
        out += text.substr(open, close + 1 - open);
      } else {
        out += writer_.CiteFootnote(label, it->second);
        cited_.insert(label);
      }
      at = close + 1;
    }
    return out + text.substr(std::min(at, text.size()));
  }

  void ItemMarker(cmark_node* item) {
    cmark_node* list = cmark_node_parent(item);
    std::string marker = "-";
    if (cmark_node_get_list_type(list) == CMARK_ORDERED_LIST) {
      int ordinal = cmark_node_get_list_start(list);
      for (cmark_node* before = cmark_node_first_child(list); before && before != item;
           before = cmark_node_next(before))
        ++ordinal;
      // A numbered list inside a list item holds sub-items, written "(1)".
      marker = list_depth_ > 1 ? "(" + std::to_string(ordinal) + ")" : std::to_string(ordinal) + ".";
    }
    if (!marker_.empty() && inline_.empty()) {
      marker_ += " " + marker;  // "- (a)": an item opening with a sub-list keeps both
    } else {
      Flush();
      marker_ = marker;
    }
  }

  // Raw HTML in Markdown (tables, <details>): read as HTML, its text kept.
  void HtmlBlock(const char* literal) {
    Flush();
    ConvertedText html = ReadHtml(literal ? literal : "");
    for (size_t start = 0; html.ok && start < html.text.size();) {
      size_t end = html.text.find("\n\n", start);
      if (end == std::string::npos) end = html.text.size();
      writer_.Paragraph(std::string_view(html.text).substr(start, end - start));
      start = end + 2;
    }
  }

  void Visit(cmark_node* node, bool enter) {
    const char* literal = cmark_node_get_literal(node);
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_LIST:
        list_depth_ += enter ? 1 : -1;
        break;
      case CMARK_NODE_ITEM:
        if (enter) ItemMarker(node);
        if (!enter) Flush();
        break;
      case CMARK_NODE_HEADING:
        if (enter) {
          Flush();
        } else {
          writer_.Heading(CiteFootnotes(inline_), cmark_node_get_heading_level(node));
          inline_.clear();
          last_paragraph_end_ = 0;
        }
        break;
      case CMARK_NODE_PARAGRAPH:
        if (!enter) FlushParagraph(node);
        break;
      case CMARK_NODE_BLOCK_QUOTE:
        Flush();
        quote_ += enter ? 1 : -1;
        break;
      case CMARK_NODE_CODE_BLOCK:
        Flush();
        inline_ = literal ? literal : "";
        Flush();
        break;
      case CMARK_NODE_HTML_BLOCK:
        HtmlBlock(literal);
        last_paragraph_end_ = 0;
        break;
      case CMARK_NODE_THEMATIC_BREAK:
        last_paragraph_end_ = 0;
        break;
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        if (literal) inline_ += literal;
        break;
      // A line break of the source is kept: the parser joins a paragraph's
      // lines itself, and splits texts that put one paragraph on each line
      // (see ReadLineLayout() in common/text/note_lines.h), as it does when
      // it reads the same file as text.
      case CMARK_NODE_SOFTBREAK:
        inline_ += '\n';
        break;
      case CMARK_NODE_LINEBREAK:
        inline_ += '\n';
        break;
      default:  // emphasis, links, images: their text comes as TEXT children
        break;
    }
  }

  Source source_;
  NoteTextWriter writer_{/*mark_every_heading=*/true};
  std::set<std::string> cited_;
  std::string inline_;
  std::string marker_;
  int list_depth_ = 0;
  int quote_ = 0;               // depth of block quotes
  int last_paragraph_end_ = 0;  // source line the last block ended on, if a paragraph
};

}  // namespace

ConvertedText ReadMarkdown(std::string_view bytes) {
  ConvertedText result;
  DecodedText decoded = DecodeBytes(bytes);
  if (!decoded.ok) {
    result.diagnostics = std::move(decoded.diagnostics);
    return result;
  }
  result = MarkdownReader(SplitSource(decoded.text)).Read();
  result.encoding = decoded.encoding;
  result.diagnostics.insert(result.diagnostics.begin(), decoded.diagnostics.begin(), decoded.diagnostics.end());
  return result;
}

}  // namespace quorum
