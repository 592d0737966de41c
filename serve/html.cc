// SPDX-License-Identifier: MIT
#include "serve/html.h"

#include "query/searcher.h"

namespace quorum {

std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string UrlEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') || c == '-' ||
        c == '.' || c == '_' || c == '~') {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
    }
  }
  return out;
}

std::string Href(std::string_view path, const WebParams& params) {
  std::string href(path);
  char separator = '?';
  for (const auto& [name, value] : params) {
    if (value.empty()) continue;
    href += separator;
    href += UrlEncode(name) + "=" + UrlEncode(value);
    separator = '&';
  }
  return href;
}

WebParams With(WebParams params, const std::string& name, const std::string& value) {
  params.erase(name);
  params.erase("page");  // a new selection starts at its first page
  params.erase("offset");
  if (!value.empty()) params.emplace(name, value);
  return params;
}

std::string SnippetHtml(const std::string& snippet) {
  std::string out;
  bool marking = false;  // marks always pair up in the markup, whatever the snippet holds
  size_t start = 0;
  for (size_t i = 0; i <= snippet.size(); ++i) {
    if (i < snippet.size() && snippet[i] != kHighlightStart[0] && snippet[i] != kHighlightEnd[0]) continue;
    out += Escape(std::string_view(snippet).substr(start, i - start));
    start = i + 1;
    const bool opens = i < snippet.size() && snippet[i] == kHighlightStart[0];
    if (opens != marking) out += opens ? "<mark>" : "</mark>";
    marking = opens;
  }
  return out;
}

Html& Html::Open(std::string_view tag, Attributes attributes) {
  out_ += '<';
  out_ += tag;
  for (const auto& [name, value] : attributes) {
    out_ += ' ';
    out_ += name;
    out_ += "=\"" + Escape(value) + '"';
  }
  out_ += '>';
  return *this;
}

Html& Html::Close(std::string_view tag) {
  out_ += "</";
  out_ += tag;
  out_ += '>';
  return *this;
}

Html& Html::Text(std::string_view text) {
  out_ += Escape(text);
  return *this;
}

Html& Html::Raw(std::string_view html) {
  out_ += html;
  return *this;
}

Html& Html::Element(std::string_view tag, Attributes attributes, std::string_view text) {
  return Open(tag, attributes).Text(text).Close(tag);
}

Html& Html::Link(const std::string& href, std::string_view text) { return Element("a", {{"href", href}}, text); }

}  // namespace quorum
