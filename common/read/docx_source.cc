// SPDX-License-Identifier: MIT
// Word (.docx) to note text: word/document.xml paragraph by paragraph, with
// styles.xml for heading levels and numbering.xml for the numbers Word
// prints automatically, which are not in the text.
#include <algorithm>
#include <array>
#include <map>

#include "common/read/office_source.h"
#include "common/read/office_xml.h"
#include "common/read/xml_tree.h"

namespace quorum {
namespace {

struct Level {
  int start = 1;
  NumberStyle style = NumberStyle::kDecimal;
  bool none = false;    // numFmt "none": nothing printed
  std::string pattern;  // lvlText: "%1.", "(%2)", "%1.%2"
};

struct ParagraphStyle {
  int heading = 0;  // 1-9, 0: not a heading
  std::string num_id;
  int level = 0;
  std::string based_on;
  bool quote = false;  // "Quote", "Block Text": written "> text", as a text note prints a quotation
};

NumberStyle ToStyle(std::string_view format) {
  if (format == "lowerLetter") return NumberStyle::kLowerLetter;
  if (format == "upperLetter") return NumberStyle::kUpperLetter;
  if (format == "lowerRoman") return NumberStyle::kLowerRoman;
  if (format == "upperRoman") return NumberStyle::kUpperRoman;
  if (format == "bullet") return NumberStyle::kBullet;
  return NumberStyle::kDecimal;
}

const xmlNode* Child(const xmlNode* node, std::string_view name) {
  for (const xmlNode* child = node ? node->children : nullptr; child != nullptr; child = child->next)
    if (NodeName(child) == name) return child;
  return nullptr;
}

int IntAttribute(const xmlNode* node, const char* name, int fallback) {
  const std::string value = Attribute(node, name);
  if (value.empty() || value.size() > 6) return fallback;
  return std::atoi(value.c_str());
}

class DocxReader {
 public:
  explicit DocxReader(ZipArchive* archive) : archive_(archive) {}

  ConvertedText Read() {
    std::string error;
    XmlDocPtr document = ReadXmlMember(archive_, "word/document.xml", &error);
    if (!document) return ReadError(error);
    ReadStyles();
    ReadNumbering();
    ReadNotes("word/footnotes.xml", "footnote");
    ReadNotes("word/endnotes.xml", "endnote");
    const xmlNode* body = Child(xmlDocGetRootElement(document.get()), "body");
    if (body) Blocks(body, 0);
    CountLeftOut();
    return FinishWithWarnings(&writer_, warnings_);
  }

 private:
  // Optional parts: a missing one is normal, a broken one is said.
  XmlDocPtr Optional(const char* name) {
    if (!archive_->Has(name)) return nullptr;
    std::string error;
    XmlDocPtr doc = ReadXmlMember(archive_, name, &error);
    if (!doc) warnings_.push_back({Severity::kWarning, 0, error + "; read without it"});
    return doc;
  }

  void ReadStyles() {
    XmlDocPtr doc = Optional("word/styles.xml");
    if (!doc) return;
    for (const xmlNode* style = xmlDocGetRootElement(doc.get())->children; style; style = style->next) {
      if (NodeName(style) != "style" || Attribute(style, "type") != "paragraph") continue;
      ParagraphStyle& out = styles_[Attribute(style, "styleId")];
      std::string name = Attribute(Child(style, "name"), "val");
      std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
      if (name.rfind("heading ", 0) == 0) out.heading = std::atoi(name.c_str() + 8);
      out.quote = name.find("quote") != std::string::npos || name == "block text";
      const xmlNode* properties = Child(style, "pPr");
      if (const xmlNode* outline = Child(properties, "outlineLvl")) out.heading = IntAttribute(outline, "val", 9) + 1;
      if (const xmlNode* numbering = Child(properties, "numPr")) {
        out.num_id = Attribute(Child(numbering, "numId"), "val");
        out.level = IntAttribute(Child(numbering, "ilvl"), "val", 0);
      }
      out.based_on = Attribute(Child(style, "basedOn"), "val");
    }
  }

  void ReadNumbering() {
    XmlDocPtr doc = Optional("word/numbering.xml");
    if (!doc) return;
    std::map<std::string, std::array<Level, 9>> abstracts;
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    for (const xmlNode* node = root->children; node; node = node->next) {
      if (NodeName(node) != "abstractNum") continue;
      std::array<Level, 9>& levels = abstracts[Attribute(node, "abstractNumId")];
      for (const xmlNode* lvl = node->children; lvl; lvl = lvl->next) {
        const int ilvl = IntAttribute(lvl, "ilvl", -1);
        if (NodeName(lvl) != "lvl" || ilvl < 0 || ilvl > 8) continue;
        Level& level = levels[static_cast<size_t>(ilvl)];
        level.start = IntAttribute(Child(lvl, "start"), "val", 1);
        const std::string format = Attribute(Child(lvl, "numFmt"), "val");
        level.style = ToStyle(format);
        level.pattern = Attribute(Child(lvl, "lvlText"), "val");
        // A bullet whose text is blank prints nothing (how a list item's
        // second paragraph is laid out under its first): no mark to write.
        level.none =
            format == "none" || (format == "bullet" && level.pattern.find_first_not_of(" \t") == std::string::npos);
      }
    }
    for (const xmlNode* node = root->children; node; node = node->next) {
      if (NodeName(node) != "num") continue;
      std::array<Level, 9> levels = abstracts[Attribute(Child(node, "abstractNumId"), "val")];
      for (const xmlNode* override = node->children; override; override = override->next) {
        const int ilvl = IntAttribute(override, "ilvl", -1);
        if (NodeName(override) != "lvlOverride" || ilvl < 0 || ilvl > 8) continue;
        if (const xmlNode* start = Child(override, "startOverride"))
          levels[static_cast<size_t>(ilvl)].start = IntAttribute(start, "val", 1);
      }
      numbering_[Attribute(node, "numId")] = levels;
    }
  }

  void ReadNotes(const char* part, std::string_view element) {
    XmlDocPtr doc = Optional(part);
    if (!doc) return;
    for (const xmlNode* note = xmlDocGetRootElement(doc.get())->children; note; note = note->next) {
      // Separators ("separator", "continuationSeparator") are rules, not notes.
      if (NodeName(note) != element || !Attribute(note, "type").empty()) continue;
      std::string text;
      for (const xmlNode* paragraph = note->children; paragraph; paragraph = paragraph->next)
        text += InlineText(paragraph) + " ";
      notes_[std::string(element) + Attribute(note, "id")] = text;
    }
  }

  // Text of a paragraph's runs: w:t, tabs and breaks, note references as
  // their markers. Deleted text (w:delText) and field codes are not text.
  std::string InlineText(const xmlNode* paragraph) {
    std::string text;
    for (const xmlNode* node = paragraph->children; node != nullptr;) {
      const std::string_view name = NodeName(node);
      bool descend = true;
      if (name == "t" && node->children && node->children->content) {
        text += reinterpret_cast<const char*>(node->children->content);
      } else if (name == "tab") {
        text += ' ';
      } else if (name == "br" || name == "cr") {
        if (Attribute(node, "type") != "page") text += '\n';
      } else if (name == "noBreakHyphen") {
        text += '-';
      } else if (name == "footnoteReference" || name == "endnoteReference") {
        const std::string key = (name == "footnoteReference" ? "footnote" : "endnote") + Attribute(node, "id");
        const auto it = notes_.find(key);
        if (it != notes_.end()) text += writer_.CiteFootnote(key, it->second);
      } else if (name == "del" || name == "pPr" || name == "rPr" || name == "instrText") {
        descend = false;
      }
      node = NextInTree(node, paragraph, descend);
    }
    return text;
  }

  // The style's heading level and numbering, following basedOn.
  ParagraphStyle StyleOf(std::string id) {
    ParagraphStyle merged;
    for (int hops = 0; hops < 16 && styles_.count(id); ++hops) {
      const ParagraphStyle& style = styles_[id];
      if (merged.heading == 0) merged.heading = style.heading;
      merged.quote = merged.quote || style.quote;
      if (merged.num_id.empty()) {
        merged.num_id = style.num_id;
        merged.level = style.level;
      }
      id = style.based_on;
    }
    return merged;
  }

  // The printed number of the next item of list `num_id` at `level`.
  std::string NextNumber(const std::string& num_id, int level) {
    const auto it = numbering_.find(num_id);
    if (it == numbering_.end() || level < 0 || level > 8) return {};
    std::array<int, 9>& counters = counters_[num_id];
    const std::array<Level, 9>& levels = it->second;
    const auto at = static_cast<size_t>(level);
    counters[at] = counters[at] == 0 ? levels[at].start : counters[at] + 1;
    for (size_t deeper = at + 1; deeper < 9; ++deeper) counters[deeper] = 0;
    if (levels[at].none) return {};
    if (levels[at].style == NumberStyle::kBullet) return "-";
    std::string printed;
    const std::string& pattern = levels[at].pattern;
    for (size_t i = 0; i < pattern.size(); ++i) {
      if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
        const auto n = static_cast<size_t>(pattern[++i] - '1');
        printed += FormatNumber(counters[n] == 0 ? levels[n].start : counters[n], levels[n].style);
      } else {
        printed += pattern[i];
      }
    }
    return printed;
  }

  void Paragraph(const xmlNode* paragraph) {
    const xmlNode* properties = Child(paragraph, "pPr");
    ParagraphStyle style = StyleOf(Attribute(Child(properties, "pStyle"), "val"));
    if (const xmlNode* outline = Child(properties, "outlineLvl")) style.heading = IntAttribute(outline, "val", 9) + 1;
    if (const xmlNode* numbering = Child(properties, "numPr")) {
      style.num_id = Attribute(Child(numbering, "numId"), "val");
      style.level = IntAttribute(Child(numbering, "ilvl"), "val", 0);
    }
    const std::string text = InlineText(paragraph);
    const std::string number = style.num_id.empty() || style.num_id == "0" ? "" : NextNumber(style.num_id, style.level);
    if (style.heading > 0 && style.heading <= 9 && number.empty()) {
      writer_.Heading(text, style.heading);
      writer_.Paragraph({});  // footnotes a heading cites follow it
    } else {
      // A list paragraph's level ("ilvl") is its depth in the outline.
      const bool listed = !style.num_id.empty() && style.num_id != "0";
      writer_.Paragraph(text, number.empty() && style.quote ? ">" : number, listed ? style.level : 0);
    }
  }

  void Blocks(const xmlNode* parent, int depth) {
    for (const xmlNode* node = parent->children; node; node = node->next) {
      const std::string_view name = NodeName(node);
      if (name == "p") {
        Paragraph(node);
      } else if (name == "tbl") {
        for (const xmlNode* row = node->children; row; row = row->next) {
          if (NodeName(row) != "tr") continue;
          std::vector<std::string> cells;
          for (const xmlNode* cell = row->children; cell; cell = cell->next)
            if (NodeName(cell) == "tc") cells.push_back(InlineText(cell));
          writer_.TableRow(cells);
        }
      } else if ((name == "sdt" || name == "sdtContent" || name == "customXml" || name == "ins") && depth < 64) {
        const xmlNode* content = name == "sdt" ? Child(node, "sdtContent") : node;
        if (content) Blocks(content, depth + 1);
      }
    }
  }

  // Headers, footers and comments are not the note's text: counted, said.
  void CountLeftOut() {
    for (const char* prefix : {"word/header", "word/footer", "word/comments"}) {
      for (int i = 0; i <= 9; ++i) {
        const std::string name = std::string(prefix) + (i == 0 ? "" : std::to_string(i)) + ".xml";
        if (!archive_->Has(name.c_str())) continue;
        std::string error;
        XmlDocPtr doc = ReadXmlMember(archive_, name.c_str(), &error);
        const size_t words = doc ? CountWords(InlineText(xmlDocGetRootElement(doc.get()))) : 0;
        if (words > 0)
          writer_.LeaveOut(prefix == std::string("word/comments") ? "reviewers' comments" : "page headers and footers",
                           words);
      }
    }
  }

  ZipArchive* archive_;
  NoteTextWriter writer_;
  std::vector<Diagnostic> warnings_;
  std::map<std::string, ParagraphStyle> styles_;
  std::map<std::string, std::array<Level, 9>> numbering_;
  std::map<std::string, std::array<int, 9>> counters_;
  std::map<std::string, std::string> notes_;  // "footnote2": text
};

}  // namespace

ConvertedText ReadDocx(std::string_view bytes) {
  ZipArchive archive(bytes);
  if (!archive.ok()) return ReadError(archive.error() + "; a .docx file is a zip package");
  if (!archive.Has("word/document.xml"))
    return ReadError("zip package without word/document.xml: not a Word .docx file");
  return DocxReader(&archive).Read();
}

}  // namespace quorum
