// SPDX-License-Identifier: MIT
// The start page, the results page and the error page.
#include <algorithm>
#include <string>

#include "common/index/schema.h"
#include "serve/page_frame.h"
#include "serve/pages.h"

namespace quorum {
namespace {

namespace d = schema::data;

// The filters a chip can show, and what the chip says: "body: …" for a
// value, the label alone for a switch.
struct Chip {
  const char* name;
  const char* label;
  bool is_switch = false;
};
constexpr Chip kChips[] = {{"meeting", "meeting"},
                           {"agenda", "agenda"},
                           {"body", "body"},
                           {"from", "from"},
                           {"to", "to"},
                           {"like", "like"},
                           {"lang", "language"},
                           {"any", "any of the words", true},
                           {"all", "every word", true},
                           {"collapse", "best paragraph per meeting", true}};

// One chip per filter set; following it removes that filter (one meeting
// of several removes that meeting only).
void Chips(const WebParams& params, Html& html) {
  Html chips;
  for (const Chip& chip : kChips) {
    for (auto [it, end] = params.equal_range(chip.name); it != end; ++it) {
      if (it->second.empty()) continue;
      WebParams without = With(params, "page", "");
      for (auto [w, w_end] = without.equal_range(chip.name); w != w_end; ++w) {
        if (w->second == it->second) {
          without.erase(w);
          break;
        }
      }
      const std::string text = chip.is_switch ? std::string(chip.label) : std::string(chip.label) + ": " + it->second;
      chips.Open("li")
          .Open("a", {{"class", "chip"}, {"href", Href("/", without)}, {"aria-label", "Remove filter " + text}})
          .Text(text)
          .Raw(" <span aria-hidden=\"true\">\u00D7</span>")
          .Close("a")
          .Close("li");
    }
  }
  if (!chips.str().empty())
    html.Open("ul", {{"class", "chips"}, {"aria-label", "Filters in use"}}).Raw(chips.str()).Close("ul");
}

// The link a facet value adds: the filter of its kind, or for an entity
// type the list of that type's entities, each a search of its own.
std::string FacetHref(const WebParams& params, const FacetValue& facet) {
  if (facet.facet == "year") return Href("/", With(With(params, "from", facet.value), "to", facet.value));
  if (facet.facet == "entity") return Href("/entities", {{"type", facet.value}});
  return Href("/", With(params, facet.facet, facet.value));
}

void Facets(const WebParams& params, const SearchResult& result, Html& html) {
  html.Open("aside", {{"class", "facets"}, {"aria-label", "Refine by"}});
  std::string current;
  for (const FacetValue& facet : result.facets) {
    if (facet.facet != current) {
      if (!current.empty()) html.Close("ul");
      html.Element("h2", {}, "By " + facet.facet).Open("ul");
      current = facet.facet;
    }
    html.Open("li").Link(FacetHref(params, facet), facet.value);
    html.Element("span", {{"class", "count"}}, std::to_string(facet.count)).Close("li");
  }
  if (!current.empty()) html.Close("ul");
  html.Close("aside");
}

void HitItem(const Hit& hit, Html& html) {
  const nlohmann::json& data = hit.data;
  const std::string id = data.value(d::kId, "");
  html.Open("li", {{"class", "hit"}})
      .Open("h2", {{"class", "cite"}})
      .Link(Href("/p", {{"id", id}}), id)
      .Close("h2")
      .Open("p", {{"class", "meta"}});
  std::string agenda;
  if (data.contains(d::kAgendaLabel))
    agenda = schema::AgendaFacetValue(data.value(d::kAgendaLabel, ""), data.value(d::kAgendaTitle, ""));
  for (const std::string& part : {data.value(d::kDate, ""), data.value(d::kBody, ""), agenda})
    if (!part.empty()) html.Element("span", {}, part);
  if (data.value(d::kPage, 0) > 0) html.Element("span", {}, "p. " + std::to_string(data.value(d::kPage, 0)));
  html.Close("p")
      .Open("p", {{"class", "snippet"}})
      .Raw(SnippetHtml(hit.snippet))
      .Close("p")
      .Open("p", {{"class", "actions"}})
      .Link(Href("/", {{"like", id}}), "More like this")
      .Element("button", {{"type", "button"}, {"class", "copy"}, {"data-cite", id}, {"hidden", "hidden"}},
               "Copy citation")
      .Close("p")
      .Close("li");
}

}  // namespace

std::string HomePage(const IndexSummary& summary) {
  Html html;
  SearchForm({}, html);
  html.Open("p", {{"class", "summary"}})
      .Text(std::to_string(summary.paragraphs) + " paragraphs of " + std::to_string(summary.notes) + " notes indexed.")
      .Close("p")
      .Element("h2", {}, "Try")
      .Open("ul", {{"class", "examples"}});
  for (const char* example : {"coordination with UN agencies", "\"policy capability\"", "type:request budget",
                              "org:IOM", "held:2018..2019 migration"})
    html.Open("li").Link(Href("/", {{"q", example}}), example).Close("li");
  html.Close("ul");
  return Frame("quorum", html.str());
}

std::string SearchPage(const WebParams& params, const QueryConfig& config, const SearchResult& result) {
  Html html;
  SearchForm(params, html);
  Chips(params, html);
  html.Open("p", {{"class", "summary"}, {"role", "status"}});
  html.Text((result.exact ? "" : "about ") + std::to_string(result.matches) +
            (result.matches == 1 ? " paragraph" : " paragraphs"));
  if (!result.hits.empty())
    html.Text(", showing " + std::to_string(result.hits.front().rank) + "\u2013" +
              std::to_string(result.hits.back().rank));
  html.Close("p");
  if (!result.suggestion.empty()) {
    html.Open("p", {{"class", "suggestion"}}).Text("Did you mean ");
    html.Link(Href("/", With(params, "q", result.suggestion)), result.suggestion).Text("?").Close("p");
  }
  html.Open("div", {{"class", "results"}}).Open("section", {{"aria-label", "Results"}});
  if (!result.hits.empty()) {
    html.Open("ol", {{"class", "hits"}, {"start", std::to_string(result.hits.front().rank)}});
    for (const Hit& hit : result.hits) HitItem(hit, html);
    html.Close("ol");
  }
  Pager("/", params, result.matches, config, html);
  html.Close("section");
  if (!result.facets.empty()) Facets(params, result, html);
  html.Close("div");
  const std::string q = ParamValue(params, "q");
  return Frame((q.empty() ? std::string("Search") : q) + " \u2013 quorum", html.str());
}

std::string ErrorPage(int status, const std::string& message, const WebParams& params) {
  Html html;
  SearchForm(params, html);
  html.Open("div", {{"class", "error"}, {"role", "alert"}})
      .Element("h1", {}, status == 404 ? "Not found" : "That search cannot be run")
      .Element("pre", {}, message)
      .Close("div");
  return Frame(std::to_string(status) + " \u2013 quorum", html.str());
}

}  // namespace quorum
