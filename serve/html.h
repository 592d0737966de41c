// SPDX-License-Identifier: MIT
// The one place quorum-serve turns text into HTML: everything from a note,
// a query or a URL passes through Escape() or Html's text and attribute
// writers, so a note holding "<script>" shows as text.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "serve/web_params.h"

namespace quorum {

/// Text safe inside an element or a quoted attribute: & < > " ' escaped.
std::string Escape(std::string_view text);

/// Percent-encodes all but RFC 3986's unreserved characters.
std::string UrlEncode(std::string_view text);

/// "/path?a=1&b=2" from `params` (in their order; empty values left out).
std::string Href(std::string_view path, const WebParams& params);

/// `params` with every `name` replaced by `value` (removed when empty) and
/// paging reset, the link of a facet value, a chip or a sort choice.
WebParams With(WebParams params, const std::string& name, const std::string& value);

/// A search snippet (matches between kHighlightStart and kHighlightEnd) as
/// HTML: the text escaped, the matches in <mark>.
std::string SnippetHtml(const std::string& snippet);

using Attributes = std::initializer_list<std::pair<std::string_view, std::string_view>>;

/// Writes HTML with every text and attribute value escaped; raw() is for
/// markup the code itself wrote.
class Html {
 public:
  Html& Open(std::string_view tag, Attributes attributes = {});
  Html& Close(std::string_view tag);
  Html& Text(std::string_view text);
  Html& Raw(std::string_view html);
  /// <tag attributes>text</tag>
  Html& Element(std::string_view tag, Attributes attributes, std::string_view text);
  /// <a href="…">text</a>
  Html& Link(const std::string& href, std::string_view text);
  const std::string& str() const { return out_; }

 private:
  std::string out_;
};

}  // namespace quorum
