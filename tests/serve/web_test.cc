// SPDX-License-Identifier: MIT
// The HTML writer, URL building and the mapping of URL parameters to
// quorum-search options, without an index or a socket.
#include <gtest/gtest.h>

#include <string>

#include "common/base/error.h"
#include "query/searcher.h"
#include "serve/html.h"
#include "serve/serve_args.h"
#include "serve/web_params.h"

namespace quorum {
namespace {

const std::vector<std::string> kDb = {"/tmp/quorum-web-test-db"};

TEST(EscapeTest, EscapesMarkupAndQuotes) {
  EXPECT_EQ(Escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  EXPECT_EQ(Escape("Assembly \u00B626"), "Assembly \u00B626");
}

TEST(HtmlTest, AttributeValuesAndTextAreEscaped) {
  Html html;
  html.Element("a", {{"href", "/p?id=\"><img src=x onerror=alert(1)>"}}, "<b>");
  EXPECT_EQ(html.str(), "<a href=\"/p?id=&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\">&lt;b&gt;</a>");
}

TEST(UrlTest, EncodesAllButUnreserved) {
  EXPECT_EQ(UrlEncode("WG/REL/2017/7 \u00B626"), "WG%2FREL%2F2017%2F7%20%C2%B626");
  EXPECT_EQ(Href("/", {{"q", "a&b=c"}, {"body", ""}, {"meeting", "x"}}), "/?meeting=x&q=a%26b%3Dc");
}

TEST(UrlTest, WithReplacesOneFilterAndResetsPaging) {
  const WebParams params = {{"q", "budget"}, {"body", "Council"}, {"page", "3"}};
  const WebParams changed = With(params, "body", "Committee");
  EXPECT_EQ(ParamValue(changed, "body"), "Committee");
  EXPECT_EQ(changed.count("page"), 0u);
  EXPECT_EQ(With(params, "body", "").count("body"), 0u);
}

TEST(SnippetHtmlTest, MarksMatchesAndEscapesTheRest) {
  const std::string snippet = std::string("a <b> ") + kHighlightStart + "budget" + kHighlightEnd + " & more";
  EXPECT_EQ(SnippetHtml(snippet), "a &lt;b&gt; <mark>budget</mark> &amp; more");
}

TEST(SnippetHtmlTest, UnpairedMarksStillGiveBalancedMarkup) {
  EXPECT_EQ(SnippetHtml(std::string(kHighlightStart) + "open"), "<mark>open</mark>");
  EXPECT_EQ(SnippetHtml(std::string("close") + kHighlightEnd), "close");
}

TEST(WebParamsTest, ParametersAreTheCliOptions) {
  const QueryConfig config = ConfigFromParams({{"q", "coordination with UN agencies"},
                                               {"meeting", "WG/A/1"},
                                               {"meeting", "WG/A/2"},
                                               {"any", "1"},
                                               {"sort", "newest"},
                                               {"page", "3"},
                                               {"limit", "20"},
                                               {"from", "2017"}},
                                              WebView::kSearch, kDb, 100);
  EXPECT_EQ(config.query, "coordination with UN agencies");
  EXPECT_EQ(config.meetings, (std::vector<std::string>{"WG/A/1", "WG/A/2"}));
  EXPECT_TRUE(config.match_any);
  EXPECT_EQ(config.sort, "newest");
  EXPECT_EQ(config.offset, 40u);
  EXPECT_EQ(config.from, "20170101");
  EXPECT_EQ(config.databases, kDb);
}

TEST(WebParamsTest, AValueThatLooksLikeAnOptionStaysAValue) {
  const QueryConfig config = ConfigFromParams({{"q", "--db=/etc"}, {"body", "-x"}}, WebView::kSearch, kDb, 100);
  EXPECT_EQ(config.query, "--db=/etc");
  EXPECT_EQ(config.body, "-x");
  EXPECT_EQ(config.databases, kDb);
}

TEST(WebParamsTest, OptionsThatReachFilesOrOutputAreRefused) {
  for (const char* name : {"db", "synonyms", "format", "batch", "help", "requests"})
    EXPECT_THROW(ConfigFromParams({{"q", "x"}, {name, "1"}}, WebView::kSearch, kDb, 100), UsageError) << name;
}

TEST(WebParamsTest, BadValuesGetTheCliMessage) {
  try {
    ConfigFromParams({{"q", "x"}, {"sort", "sideways"}}, WebView::kSearch, kDb, 100);
    FAIL() << "no error";
  } catch (const UsageError& e) {
    EXPECT_STREQ(e.what(), "--sort must be relevance, newest or oldest, not 'sideways'");
  }
  EXPECT_THROW(ConfigFromParams({{"q", "x"}, {"limit", "101"}}, WebView::kSearch, kDb, 100), UsageError);
  EXPECT_THROW(ConfigFromParams({{"q", ""}}, WebView::kSearch, kDb, 100), UsageError);  // nothing to search
}

TEST(WebParamsTest, RequestsTakeAddresseeRequesterAndOpen) {
  const QueryConfig config = ConfigFromParams({{"to", "administration"}, {"by", "Working Group"}, {"open", "on"}},
                                              WebView::kRequests, kDb, 100);
  EXPECT_TRUE(config.requests);
  EXPECT_EQ(config.addressee, "administration");
  EXPECT_EQ(config.requester, "Working Group");
  EXPECT_TRUE(config.open_only);
  EXPECT_THROW(ConfigFromParams({{"like", "X/1"}}, WebView::kRequests, kDb, 100), UsageError);
}

TEST(WebParamsTest, ABarePageAsksForNothing) {
  EXPECT_FALSE(AsksForSearch({}));
  EXPECT_FALSE(AsksForSearch({{"q", ""}, {"page", "2"}}));
  EXPECT_TRUE(AsksForSearch({{"body", "Council"}}));
}

TEST(ServeArgsTest, LoopbackByDefaultAndChecked) {
  const ServeCommand command = ParseServeArgs({"--db", "idx"});
  EXPECT_EQ(command.config.bind, "127.0.0.1");
  EXPECT_EQ(command.config.port, 8080);
  EXPECT_GE(command.config.threads, 4u);
  EXPECT_TRUE(IsLoopback("127.0.0.1"));
  EXPECT_TRUE(IsLoopback("::1"));
  EXPECT_FALSE(IsLoopback("0.0.0.0"));
  EXPECT_THROW(ParseServeArgs({"--port", "70000"}), UsageError);
  EXPECT_THROW(ParseServeArgs({"budget"}), UsageError);
  EXPECT_EQ(ParseServeArgs({"--help"}).action, CliAction::kHelp);
}

}  // namespace
}  // namespace quorum
