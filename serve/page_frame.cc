// SPDX-License-Identifier: MIT
#include "serve/page_frame.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

namespace quorum {
namespace {

struct Filter {
  const char* name;
  const char* label;
  const char* hint;  // placeholder: the forms the option takes
};

constexpr std::array<Filter, 5> kFilters = {{
    {"meeting", "Meeting", "symbol, date or id"},
    {"agenda", "Agenda item", "label or words of the title"},
    {"body", "Body", "name or words of it"},
    {"from", "From", "YYYY-MM-DD, or YYYY(-MM)"},
    {"to", "To", "YYYY-MM-DD, or YYYY(-MM)"},
}};

void Select(const WebParams& params, const char* name, const char* label,
            std::initializer_list<std::pair<std::string_view, std::string_view>> options, Html& html) {
  const std::string chosen = ParamValue(params, name);
  html.Open("label", {{"for", name}}).Text(label).Close("label").Open("select", {{"id", name}, {"name", name}});
  for (const auto& [value, text] : options) {
    if (value == chosen) {
      html.Open("option", {{"value", value}, {"selected", "selected"}});
    } else {
      html.Open("option", {{"value", value}});
    }
    html.Text(text).Close("option");
  }
  html.Close("select");
}

}  // namespace

std::string Frame(const std::string& title, const std::string& main) {
  Html html;
  html.Raw("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
      .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
      .Element("title", {}, title)
      .Raw("<link rel=\"stylesheet\" href=\"/static/quorum.css\">")
      .Raw("<script src=\"/static/quorum.js\" defer></script></head><body>")
      .Raw("<a class=\"skip\" href=\"#main\">Skip to content</a>")
      .Open("header", {{"class", "site"}})
      .Element("a", {{"class", "brand"}, {"href", "/"}}, "quorum")
      .Open("nav", {{"aria-label", "Site"}})
      .Link("/", "Search")
      .Link("/requests", "Requests")
      .Link("/entities", "Entities")
      .Close("nav")
      .Close("header")
      .Open("main", {{"id", "main"}})
      .Raw(main)
      .Close("main")
      .Raw("</body></html>\n");
  return html.str();
}

void SearchForm(const WebParams& params, Html& html) {
  bool filtered = false;
  for (const Filter& filter : kFilters) filtered |= !ParamValue(params, filter.name).empty();
  for (const char* name : {"collapse", "any", "all", "lang"}) filtered |= !ParamValue(params, name).empty();
  html.Open("form", {{"class", "search"}, {"role", "search"}, {"action", "/"}, {"method", "get"}})
      .Element("label", {{"for", "q"}}, "Search the notes")
      .Open("div", {{"class", "box"}})
      .Open("input", {{"id", "q"},
                      {"name", "q"},
                      {"type", "search"},
                      {"value", ParamValue(params, "q")},
                      {"placeholder", "coordination with UN agencies"}})
      .Element("button", {{"type", "submit"}}, "Search")
      .Close("div");
  // A like= search keeps its paragraph when the form refines it.
  if (const std::string like = ParamValue(params, "like"); !like.empty())
    html.Open("input", {{"type", "hidden"}, {"name", "like"}, {"value", like}});
  html.Raw(filtered ? "<details open>" : "<details>").Element("summary", {}, "Filters and order");
  html.Open("div", {{"class", "filters"}});
  for (const Filter& filter : kFilters) {
    html.Open("span", {{"class", "field"}})
        .Element("label", {{"for", filter.name}}, filter.label)
        .Open("input", {{"id", filter.name},
                        {"name", filter.name},
                        {"value", ParamValue(params, filter.name)},
                        {"placeholder", filter.hint}})
        .Close("span");
  }
  html.Open("span", {{"class", "field"}});
  Select(params, "sort", "Order", {{"relevance", "best first"}, {"newest", "newest first"}, {"oldest", "oldest first"}},
         html);
  html.Close("span");
  Checkbox(params, "any", "1", "any of the words", html);
  Checkbox(params, "all", "1", "every word", html);
  Checkbox(params, "collapse", "meeting", "best paragraph per meeting", html);
  html.Close("div").Raw("</details>").Close("form");
}

void Checkbox(const WebParams& params, const char* name, const char* value, const char* label, Html& html) {
  const std::string id = std::string("check-") + name;
  html.Open("span", {{"class", "check"}});
  if (ParamValue(params, name).empty()) {
    html.Open("input", {{"type", "checkbox"}, {"id", id}, {"name", name}, {"value", value}});
  } else {
    html.Open("input", {{"type", "checkbox"}, {"id", id}, {"name", name}, {"value", value}, {"checked", "checked"}});
  }
  html.Element("label", {{"for", id}}, label).Close("span");
}

void Pager(const std::string& path, const WebParams& params, size_t total, const QueryConfig& config, Html& html) {
  const size_t pages = (total + config.limit - 1) / config.limit;
  const size_t page = config.offset / config.limit + 1;
  if (pages <= 1 && page == 1) return;
  html.Open("nav", {{"class", "pager"}, {"aria-label", "Pages"}}).Open("ul");
  auto link = [&](size_t to, const std::string& text, const char* rel) {
    html.Open("li").Open("a", {{"href", Href(path, With(params, "page", std::to_string(to)))}, {"rel", rel}});
    html.Text(text).Close("a").Close("li");
  };
  if (page > 1) link(page - 1, "\u2190 Previous", "prev");
  for (size_t p = page > 3 ? page - 3 : 1; p <= std::min(pages, page + 3); ++p) {
    if (p == page) {
      html.Open("li").Element("span", {{"aria-current", "page"}}, std::to_string(p)).Close("li");
    } else {
      link(p, std::to_string(p), "");
    }
  }
  if (page < pages) link(page + 1, "Next \u2192", "next");
  html.Close("ul").Close("nav");
}

}  // namespace quorum
