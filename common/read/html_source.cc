// SPDX-License-Identifier: MIT
// HTML to note text. libxml2's HTML parser (the library that also reads the
// Word and OpenDocument XML) builds the tree, recovering from broken markup;
// then one walk of the main content writes headings, paragraphs, numbered
// list items and table rows, and leaves out what is site furniture.
#include "common/read/html_source.h"

#include <libxml/HTMLparser.h>

#include <algorithm>
#include <memory>
#include <set>
#include <unordered_map>

#include "common/read/text_source.h"
#include "common/read/xml_tree.h"

namespace quorum {
namespace {

// Deeper than this, a subtree's text is read flat: a hostile page must not
// exhaust the stack.
constexpr int kMaxDepth = 200;
// A cookie or consent banner is a few sentences, not a page.
constexpr size_t kMaxBannerWords = 300;

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

bool IsOneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool IsHeading(std::string_view name) { return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6'; }

// Elements that start a block of their own; anything else is inline text.
bool IsBlock(std::string_view name) {
  return IsHeading(name) ||
         IsOneOf(name, {"p",  "div",        "section", "li",    "ul",     "ol",      "dl",      "dt",
                        "dd", "blockquote", "pre",     "table", "tr",     "address", "figure",  "figcaption",
                        "hr", "main",       "article", "body",  "center", "details", "summary", "caption"});
}

struct Counts {
  size_t words = 0;       // of all text below
  size_t link_words = 0;  // of the text inside links
  size_t links = 0;
};

// Why an element is site furniture, or empty if it is not. `in_content`:
// below <main> or <article>, where <header> and <footer> belong to the text.
std::string FurnitureKind(const xmlNode* node, bool in_content, size_t words) {
  const std::string_view name = NodeName(node);
  if (IsOneOf(name, {"script", "style", "noscript", "template", "svg", "iframe", "object", "canvas"}))
    return "scripts, styles and embedded objects";
  if (IsOneOf(name, {"form", "button", "select", "input", "textarea"})) return "forms and buttons";
  if (name == "nav") return "navigation";
  if (name == "aside") return "sidebars";
  if (!in_content && (name == "header" || name == "footer")) return "page header and footer";
  const std::string role = Lower(Attribute(node, "role"));
  if (role == "navigation" || role == "search") return "navigation";
  if (role == "banner" || role == "contentinfo") return "page header and footer";
  const std::string names = Lower(Attribute(node, "class") + " " + Attribute(node, "id"));
  // A wrapper whose class happens to say "banner" must not take the page with it.
  if ((Contains(names, "cookie") || Contains(names, "consent") || Contains(names, "banner")) && words < kMaxBannerWords)
    return "cookie banners";
  return {};
}

class HtmlReader {
 public:
  explicit HtmlReader(const xmlNode* root) : root_(root) {}

  ConvertedText Read() {
    FindFootnotes();
    CountWords(root_);
    const xmlNode* main = FindMain();
    if (main != nullptr && main != root_) {
      const size_t outside = counts_[root_].words - counts_[main].words;
      if (outside > 0) writer_.LeaveOut("outside the page's main content", outside);
    }
    in_content_ = main != nullptr && main != root_;
    Walk(main ? main : root_, 0);
    Flush();
    // Footnotes no paragraph cites are still the note's: written at the end.
    for (const auto& [id, node] : footnote_targets_)
      if (!cited_.count(id)) writer_.Paragraph(FootnoteText(node));
    return writer_.Finish();
  }

 private:
  // Word and link counts of every element, bottom-up, in one pass.
  void CountWords(const xmlNode* root) {
    std::vector<const xmlNode*> order;
    for (const xmlNode* node = root; node != nullptr; node = NextInTree(node, root)) order.push_back(node);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      const xmlNode* node = *it;
      Counts& own = counts_[node];
      if (node->type == XML_TEXT_NODE && node->content != nullptr)
        own.words += quorum::CountWords(reinterpret_cast<const char*>(node->content));
      // A footnote reference is a link, but not navigation.
      if (NodeName(node) == "a" && !footnote_refs_.count(node)) {
        own.links += 1;
        own.link_words = own.words;
      }
      if (node->parent != nullptr && node != root) {
        Counts& parent = counts_[node->parent];
        parent.words += own.words;
        parent.link_words += own.link_words;
        parent.links += own.links;
      }
    }
  }

  // A block that is mostly links is a menu or link list, whatever its tags.
  bool IsLinkList(const xmlNode* node) const {
    const auto it = counts_.find(node);
    if (it == counts_.end() || it->second.links < 3 || it->second.words == 0) return false;
    return static_cast<double>(it->second.link_words) >= 0.6 * static_cast<double>(it->second.words);
  }

  // <main>, role="main", else a lone <article>: the page's own text.
  const xmlNode* FindMain() const {
    const xmlNode* article = nullptr;
    int articles = 0;
    for (const xmlNode* node = root_; node != nullptr; node = NextInTree(node, root_)) {
      if (NodeName(node) == "main" || Lower(Attribute(node, "role")) == "main") return node;
      if (NodeName(node) == "article" && ++articles == 1) article = node;
    }
    return articles == 1 ? article : root_;
  }

  // The id a footnote reference points to, or empty: a link to "#id" marked
  // as a note reference, or whose text is a short number in superscript.
  std::string FootnoteRefTarget(const xmlNode* link) const {
    const std::string href = Attribute(link, "href");
    if (href.size() < 2 || href[0] != '#') return {};
    const std::string role = Lower(Attribute(link, "role")), names = Lower(Attribute(link, "class"));
    if (role == "doc-noteref" || Contains(names, "footnote-ref") || Contains(names, "noteref")) return href.substr(1);
    std::string text = CollapseSpaces(SubtreeText(link));
    if (text.size() > 2 && text.front() == '[' && text.back() == ']') text = text.substr(1, text.size() - 2);
    const bool number = !text.empty() && text.size() <= 3 && std::all_of(text.begin(), text.end(), ::isdigit);
    const bool raised = NodeName(link->parent) == "sup" || (link->children && NodeName(link->children) == "sup");
    return number && raised ? href.substr(1) : "";
  }

  void FindFootnotes() {
    std::set<std::string> targets;
    for (const xmlNode* node = root_; node != nullptr; node = NextInTree(node, root_))
      if (NodeName(node) == "a")
        if (std::string target = FootnoteRefTarget(node); !target.empty()) {
          targets.insert(target);
          footnote_refs_.insert(node);
        }
    for (const xmlNode* node = root_; node != nullptr && !targets.empty(); node = NextInTree(node, root_)) {
      const std::string id = Attribute(node, "id");
      if (id.empty() || !targets.count(id) || IsOneOf(NodeName(node), {"a", "sup", "span"})) continue;
      footnote_targets_[id] = node;
      footnote_nodes_.insert(node);
    }
  }

  // A footnote's text without its "back to text" link.
  std::string FootnoteText(const xmlNode* footnote) const {
    std::string text;
    for (const xmlNode* node = footnote->children; node != nullptr;) {
      const bool backlink = NodeName(node) == "a" && (Lower(Attribute(node, "role")) == "doc-backlink" ||
                                                      Contains(Lower(Attribute(node, "class")), "back") ||
                                                      Contains(SubtreeText(node), "\u21A9"));
      if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) && node->content != nullptr)
        text += reinterpret_cast<const char*>(node->content);
      if (NodeName(node) == "p" && !text.empty()) text += ' ';
      node = NextInTree(node, footnote, !backlink);
    }
    return text;
  }

  // A quotation is written "> text", as a text note prints one, so that a
  // short quoted line is not taken for a heading.
  void Flush() {
    writer_.Paragraph(inline_, quote_ > 0 && marker_.empty() ? ">" : marker_, list_depth_ - 1);
    inline_.clear();
    marker_.clear();
  }

  void AppendText(const xmlNode* node) {
    if (node->content == nullptr) return;
    std::string text = reinterpret_cast<const char*>(node->content);
    if (pre_ == 0) std::replace(text.begin(), text.end(), '\n', ' ');
    inline_ += text;
  }

  void ListItemMarker(const xmlNode* item, int ordinal) {
    const xmlNode* list = item->parent;
    std::string marker = "-";
    if (NodeName(list) == "ol") {
      const std::string type = Attribute(list, "type");
      const NumberStyle style = type == "a"   ? NumberStyle::kLowerLetter
                                : type == "A" ? NumberStyle::kUpperLetter
                                : type == "i" ? NumberStyle::kLowerRoman
                                : type == "I" ? NumberStyle::kUpperRoman
                                              : NumberStyle::kDecimal;
      const std::string label = FormatNumber(ordinal, style);
      // A list inside a list item holds its sub-items: "(a)", as printed notes label them.
      marker = list_depth_ > 1 || style != NumberStyle::kDecimal ? "(" + label + ")" : label + ".";
    }
    // "- (a)": an item whose own text begins with a sub-list keeps both markers.
    if (!marker_.empty() && CollapseSpaces(inline_).empty()) {
      marker_ += " " + marker;
    } else {
      Flush();
      marker_ = marker;
    }
  }

  // A data table as rows of text; a layout table (cells holding paragraphs,
  // headings or lists, as old sites lay out whole pages) as its content.
  void Table(const xmlNode* table, int depth) {
    Flush();
    for (const xmlNode* node = table->children; node != nullptr;) {
      const bool nested = node != table && NodeName(node) == "table";
      if (NodeName(node) == "tr") {
        std::vector<const xmlNode*> cells;
        bool layout = false;
        for (const xmlNode* cell = node->children; cell != nullptr; cell = cell->next) {
          if (!IsOneOf(NodeName(cell), {"td", "th"})) continue;
          cells.push_back(cell);
          for (const xmlNode* inner = cell->children; inner != nullptr && !layout; inner = NextInTree(inner, cell))
            layout = IsBlock(NodeName(inner)) || IsHeading(NodeName(inner));
        }
        std::vector<std::string> texts;
        for (const xmlNode* cell : cells) {
          if (layout) {
            Walk(cell, depth + 1);
            Flush();
          } else {
            texts.push_back(SubtreeText(cell));
          }
        }
        if (!layout) writer_.TableRow(texts);
        node = NextInTree(node, table, false);
        continue;
      }
      node = NextInTree(node, table, !nested);
    }
  }

  void Walk(const xmlNode* node, int depth) {
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
        AppendText(child);
        continue;
      }
      if (child->type != XML_ELEMENT_NODE) continue;
      if (footnote_nodes_.count(child)) continue;
      const std::string_view name = NodeName(child);
      const size_t words = counts_[child].words;
      if (std::string kind = FurnitureKind(child, in_content_, words); !kind.empty()) {
        writer_.LeaveOut(kind, words);
        continue;
      }
      if (IsBlock(name) && name != "li" && IsLinkList(child)) {
        writer_.LeaveOut("link lists (navigation by text density)", words);
        continue;
      }
      if (name == "a") {
        if (std::string target = FootnoteRefTarget(child); footnote_targets_.count(target)) {
          inline_ += writer_.CiteFootnote(target, FootnoteText(footnote_targets_[target]));
          cited_.insert(target);
          continue;
        }
      }
      if (name == "br") {
        inline_ += '\n';
        continue;
      }
      if (depth >= kMaxDepth) {
        inline_ += " " + SubtreeText(child) + " ";
        continue;
      }
      if (name == "table") {
        Table(child, depth);
        continue;
      }
      if (IsHeading(name)) {
        Flush();
        writer_.Heading(SubtreeText(child), name[1] - '0');
        continue;
      }
      if (!IsBlock(name)) {
        Walk(child, depth + 1);
        continue;
      }
      const bool list = name == "ol" || name == "ul";
      const bool content = name == "main" || name == "article";
      if (name == "li") {
        int ordinal = 1;
        if (const std::string start = Attribute(child->parent, "start"); !start.empty())
          ordinal = std::atoi(start.c_str());
        for (const xmlNode* before = child->parent ? child->parent->children : nullptr; before && before != child;
             before = before->next)
          if (NodeName(before) == "li") ++ordinal;
        if (const std::string value = Attribute(child, "value"); !value.empty()) ordinal = std::atoi(value.c_str());
        ListItemMarker(child, ordinal);
      } else if (!(!marker_.empty() && CollapseSpaces(inline_).empty())) {
        Flush();  // a list item's number waits for the item's first paragraph
      }
      list_depth_ += list;
      pre_ += name == "pre";
      quote_ += name == "blockquote";
      const bool was_in_content = in_content_;
      in_content_ = in_content_ || content;
      Walk(child, depth + 1);
      in_content_ = was_in_content;
      pre_ -= name == "pre";
      quote_ -= name == "blockquote";
      list_depth_ -= list;
      Flush();
    }
  }

  const xmlNode* root_;
  NoteTextWriter writer_;
  std::unordered_map<const xmlNode*, Counts> counts_;
  std::map<std::string, const xmlNode*> footnote_targets_;  // id: the footnote's element
  std::set<const xmlNode*> footnote_nodes_;
  std::set<const xmlNode*> footnote_refs_;  // the links citing them
  std::set<std::string> cited_;             // ids of the footnotes cited
  std::string inline_;                      // text of the block being built
  std::string marker_;                      // printed number of the block being built
  int list_depth_ = 0;
  int pre_ = 0;
  int quote_ = 0;  // depth of <blockquote>
  bool in_content_ = false;
};

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

}  // namespace

bool LooksLikeHtml(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::string head = Lower(bytes.substr(0, 1024));
  size_t i = 0;
  while (true) {
    while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
    if (head.compare(i, 4, "<!--") != 0) break;
    const size_t end = head.find("-->", i);
    if (end == std::string::npos) return false;
    i = end + 3;
  }
  return head.compare(i, 14, "<!doctype html") == 0 || head.compare(i, 5, "<html") == 0;
}

std::string DeclaredHtmlCharset(std::string_view bytes) {
  const std::string head = Lower(bytes.substr(0, 4096));
  for (size_t at = head.find("charset"); at != std::string::npos; at = head.find("charset", at + 7)) {
    // Only inside a <meta> tag: "charset" in prose says nothing.
    const size_t tag = head.rfind('<', at);
    if (tag == std::string::npos || head.compare(tag, 5, "<meta") != 0 || head.find('>', tag) < at) continue;
    size_t i = at + 7;
    while (i < head.size() && (head[i] == ' ' || head[i] == '=' || head[i] == '"' || head[i] == '\'')) ++i;
    std::string name;
    while (i < head.size() && (std::isalnum(static_cast<unsigned char>(head[i])) || head[i] == '-' || head[i] == '_'))
      name += head[i++];
    if (!name.empty()) return name;
  }
  return {};
}

ConvertedText ReadHtml(std::string_view bytes) {
  ConvertedText result;
  DecodedText decoded = DecodeBytes(bytes, DeclaredHtmlCharset(bytes));
  if (!decoded.ok) {
    result.diagnostics = std::move(decoded.diagnostics);
    return result;
  }
  // The text is UTF-8 now: libxml2 must not switch charset again on the
  // page's own <meta>. XML_PARSE_HUGE (libxml2 2.9 has no HTML_ spelling of
  // it) lifts the 10 MB cap on one text node, which a long page reaches.
  std::unique_ptr<xmlDoc, DocFree> doc(htmlReadMemory(
      decoded.text.data(), static_cast<int>(std::min<size_t>(decoded.text.size(), INT32_MAX)), nullptr, "UTF-8",
      HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC |
          XML_PARSE_HUGE));
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (root == nullptr) {
    result.diagnostics.push_back({Severity::kError, 0, "not a readable HTML page (no document element)"});
    return result;
  }
  const xmlNode* body = root;
  for (const xmlNode* child = root->children; child != nullptr; child = child->next)
    if (NodeName(child) == "body") body = child;
  result = HtmlReader(body).Read();
  result.encoding = decoded.encoding;
  result.diagnostics.insert(result.diagnostics.begin(), decoded.diagnostics.begin(), decoded.diagnostics.end());
  return result;
}

}  // namespace quorum
