// SPDX-License-Identifier: MIT
// OpenDocument text (.odt) to note text: content.xml in order, list
// numbering from the list styles (content.xml's automatic styles, then
// styles.xml), notes (text:note) in place as footnotes.
#include <algorithm>
#include <map>

#include "common/read/office_source.h"
#include "common/read/office_xml.h"
#include "common/read/xml_tree.h"

namespace quorum {
namespace {

struct ListLevel {
  NumberStyle style = NumberStyle::kBullet;
  std::string prefix, suffix;
  int start = 1;
  bool none = false;  // a number format of "": nothing printed
};

NumberStyle ToStyle(std::string_view format) {
  if (format == "a") return NumberStyle::kLowerLetter;
  if (format == "A") return NumberStyle::kUpperLetter;
  if (format == "i") return NumberStyle::kLowerRoman;
  if (format == "I") return NumberStyle::kUpperRoman;
  return NumberStyle::kDecimal;
}

class OdtReader {
 public:
  explicit OdtReader(ZipArchive* archive) : archive_(archive) {}

  ConvertedText Read() {
    std::string error;
    XmlDocPtr content = ReadXmlMember(archive_, "content.xml", &error);
    if (!content) return ReadError(error);
    if (archive_->Has("styles.xml")) {
      XmlDocPtr styles = ReadXmlMember(archive_, "styles.xml", &error);
      if (styles) {
        ReadListStyles(xmlDocGetRootElement(styles.get()));
      } else {
        warnings_.push_back({Severity::kWarning, 0, error + "; list numbering read without it"});
      }
    }
    const xmlNode* root = xmlDocGetRootElement(content.get());
    ReadListStyles(root);  // automatic styles override the named ones
    const xmlNode* text = nullptr;
    for (const xmlNode* node = root; node && !text; node = NextInTree(node, root))
      if (NodeName(node) == "text" && NodeName(node->parent) == "body") text = node;
    if (text) Blocks(text, {}, 0);
    return FinishWithWarnings(&writer_, warnings_);
  }

 private:
  void ReadListStyles(const xmlNode* root) {
    for (const xmlNode* node = root; node; node = NextInTree(node, root)) {
      if (NodeName(node) == "style" && !Attribute(node, "parent-style-name").empty())
        parent_styles_[Attribute(node, "name")] = Attribute(node, "parent-style-name");
      if (NodeName(node) != "list-style") continue;
      std::map<int, ListLevel>& levels = list_styles_[Attribute(node, "name")];
      for (const xmlNode* level = node->children; level; level = level->next) {
        const std::string_view name = NodeName(level);
        const int depth = std::atoi(Attribute(level, "level").c_str());
        if (depth < 1 || depth > 10) continue;
        ListLevel out;
        if (name == "list-level-style-number") {
          const std::string format = Attribute(level, "num-format");
          out.style = ToStyle(format);
          out.none = format.empty();
          out.prefix = Attribute(level, "num-prefix");
          out.suffix = Attribute(level, "num-suffix");
          const std::string start = Attribute(level, "start-value");
          if (!start.empty() && start.size() < 7) out.start = std::atoi(start.c_str());
        } else if (name != "list-level-style-bullet" && name != "list-level-style-image") {
          continue;
        }
        levels[depth] = out;
      }
    }
  }

  // Text of a paragraph or heading: spans, links, spaces, tabs and line
  // breaks; a note as its marker, its body after the paragraph. Tracked
  // deletions and comments (office:annotation) are not the text.
  std::string InlineText(const xmlNode* paragraph) {
    std::string text;
    for (const xmlNode* node = paragraph->children; node != nullptr;) {
      const std::string_view name = NodeName(node);
      bool descend = true;
      if (node->type == XML_TEXT_NODE && node->content) {
        text += reinterpret_cast<const char*>(node->content);
      } else if (name == "s") {
        const std::string count = Attribute(node, "c");
        text += std::string(count.empty() ? 1 : static_cast<size_t>(std::clamp(std::atoi(count.c_str()), 1, 64)), ' ');
      } else if (name == "tab") {
        text += ' ';
      } else if (name == "line-break") {
        text += '\n';
      } else if (name == "note") {
        const xmlNode* body = nullptr;
        for (const xmlNode* child = node->children; child; child = child->next)
          if (NodeName(child) == "note-body") body = child;
        text += writer_.CiteFootnote(SubtreeText(body));
        descend = false;
      } else if (name == "annotation") {
        writer_.LeaveOut("reviewers' comments", CountWords(SubtreeText(node)));
        descend = false;
      } else if (name == "annotation-end" || name == "tracked-changes") {
        descend = false;
      }
      node = NextInTree(node, paragraph, descend);
    }
    return text;
  }

  struct ListContext {
    std::string style;  // the list style in force
    int depth = 0;      // 1 for a top-level list
    std::string marker;
  };

  std::string Marker(const ListContext& list, int ordinal) {
    const auto style = list_styles_.find(list.style);
    if (style == list_styles_.end()) return "-";
    const auto level = style->second.find(list.depth);
    if (level == style->second.end() || level->second.style == NumberStyle::kBullet) return "-";
    if (level->second.none) return {};
    return level->second.prefix + FormatNumber(level->second.start + ordinal - 1, level->second.style) +
           level->second.suffix;
  }

  void List(const xmlNode* list, ListContext context, int depth) {
    const std::string own = Attribute(list, "style-name");
    if (!own.empty()) context.style = own;
    context.depth += 1;
    // A list that continues an earlier one ("continue-numbering") goes on counting.
    const bool continues = Attribute(list, "continue-numbering") == "true" || !Attribute(list, "continue-list").empty();
    int& counter = counters_[context.style + "/" + std::to_string(context.depth)];
    if (!continues) counter = 0;
    std::string outer_marker = context.marker;  // an item opening with this list: for its first item only
    for (const xmlNode* item = list->children; item; item = item->next) {
      const std::string_view name = NodeName(item);
      if (name != "list-item" && name != "list-header") continue;
      ListContext inner = context;
      if (name == "list-item") {
        const std::string start = Attribute(item, "start-value");
        if (!start.empty() && start.size() < 7) counter = std::atoi(start.c_str()) - 1;
        ++counter;
        const std::string marker = Marker(context, counter);
        inner.marker = outer_marker.empty() ? marker : outer_marker + (marker.empty() ? "" : " " + marker);
        outer_marker.clear();
      }
      Blocks(item, inner, depth + 1);
    }
  }

  // A paragraph of the "Preformatted Text" style, or of a style based on it.
  bool Preformatted(std::string style) const {
    for (int step = 0; step < 8 && !style.empty(); ++step) {
      if (style.find("Preformatted") != std::string::npos) return true;
      const auto parent = parent_styles_.find(style);
      style = parent == parent_styles_.end() ? std::string() : parent->second;
    }
    return false;
  }

  // Preformatted text comes one paragraph a source line, an empty paragraph
  // for a blank line: its lines are written as one block, split at the blank
  // lines, as the same text reads in a text note (not a paragraph a line).
  void FlushPreformatted(const ListContext& list) {
    if (preformatted_.empty()) return;
    writer_.Paragraph(preformatted_, {}, list.depth - 1);
    preformatted_.clear();
  }

  void Blocks(const xmlNode* parent, ListContext list, int depth) {
    if (depth > 64) return;
    for (const xmlNode* node = parent->children; node; node = node->next) {
      if (node->type != XML_ELEMENT_NODE) continue;  // white space between paragraphs ends no run
      const std::string_view name = NodeName(node);
      if (name == "p" && list.marker.empty() && Preformatted(Attribute(node, "style-name"))) {
        preformatted_ += InlineText(node) + "\n";
        continue;
      }
      FlushPreformatted(list);
      if (name == "p") {
        // The "Quotations" style: "> text", as a text note prints a quotation.
        const bool quote = list.marker.empty() && Attribute(node, "style-name").find("Quot") != std::string::npos;
        writer_.Paragraph(InlineText(node), quote ? ">" : list.marker, list.depth - 1);
        list.marker.clear();  // later paragraphs of the item are unnumbered
      } else if (name == "h") {
        writer_.Heading(InlineText(node), std::atoi(Attribute(node, "outline-level").c_str()));
        writer_.Paragraph({});  // footnotes a heading cites follow it
      } else if (name == "list") {
        List(node, list, depth);
        list.marker.clear();
      } else if (name == "table") {
        for (const xmlNode* row = node; row; row = NextInTree(row, node)) {
          if (NodeName(row) != "table-row") continue;
          std::vector<std::string> cells;
          for (const xmlNode* cell = row->children; cell; cell = cell->next)
            if (NodeName(cell) == "table-cell") cells.push_back(InlineText(cell));
          writer_.TableRow(cells);
        }
      } else if (name == "table-of-content" || name == "alphabetical-index" || name == "illustration-index") {
        writer_.LeaveOut("tables of contents and indexes", CountWords(SubtreeText(node)));
      } else if (name == "section" || name == "index-body") {
        Blocks(node, list, depth + 1);
      }
    }
    FlushPreformatted(list);
  }

  ZipArchive* archive_;
  NoteTextWriter writer_;
  std::vector<Diagnostic> warnings_;
  std::map<std::string, std::map<int, ListLevel>> list_styles_;
  std::map<std::string, std::string> parent_styles_;  // style name: the style it is based on
  std::string preformatted_;                          // preformatted lines not yet written
  std::map<std::string, int> counters_;               // "style/depth": items numbered so far
};

}  // namespace

ConvertedText ReadOdt(std::string_view bytes) {
  ZipArchive archive(bytes);
  if (!archive.ok()) return ReadError(archive.error() + "; an .odt file is a zip package");
  if (!archive.Has("content.xml"))
    return ReadError("zip package without content.xml: not an OpenDocument text (.odt) file");
  std::string manifest;
  // An encrypted package lists its members' encryption in the manifest.
  if (archive.Has("META-INF/manifest.xml") && archive.Read("META-INF/manifest.xml", &manifest) &&
      manifest.find("encryption-data") != std::string::npos)
    return ReadError("the .odt file is encrypted (password-protected); save it without a password");
  return OdtReader(&archive).Read();
}

}  // namespace quorum
