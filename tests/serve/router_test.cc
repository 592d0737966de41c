// SPDX-License-Identifier: MIT
// quorum-serve's answers over a real index on disk (sample notes and a
// hostile one), without a socket: the API against the CLI's JSON, escaping,
// error statuses, and notes indexed while the router runs.
#include "serve/router.h"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <xapian.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "common/pipeline/pipeline.h"
#include "indexer/indexer.h"
#include "query/query_args.h"
#include "query/result_printer.h"
#include "query/searcher.h"
#include "tests/support/test_support.h"

namespace quorum {
namespace {

using testing_support::MakeNote;
using testing_support::MakeParagraph;

// A note whose text would run script if any page printed it unescaped.
Note HostileNote() {
  Note note = MakeNote({.path = "hostile.txt",
                        .language = "en",
                        .body = "Council <script>alert('body')</script>",
                        .type = "minutes",
                        .date = "2020-01-15",
                        .symbol = "HOST/2020/1"});
  note.agenda = {{"a", "<img src=x onerror=alert('agenda')>"}};
  note.paragraphs = {MakeParagraph("1", "a", "The zebrafish <script>alert('text')</script> report was noted."),
                     MakeParagraph("2", "a", "Zebrafish <img src=x onerror=alert(2)> data \"quoted\" & more.")};
  return note;
}

class RouterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    char folder[] = "/tmp/quorum-router-test-XXXXXX";
    ASSERT_NE(mkdtemp(folder), nullptr);
    directory_ = new std::string(folder);
    Indexer indexer(Xapian::WritableDatabase(*directory_, Xapian::DB_CREATE_OR_OVERWRITE));
    for (const char* name : {"2017-09-18-wg-basin.txt", "2018-03-14-wg-basin.txt", "2019-11-14-scbf-sr.txt"}) {
      const std::string path = std::string(QUORUM_SOURCE_DIR) + "/corpus/" + name;
      indexer.AddNote(ParseNoteFile(path), path);
    }
    indexer.AddNote(HostileNote(), "hostile.txt");
    indexer.Commit();
  }
  static void TearDownTestSuite() {
    std::filesystem::remove_all(*directory_);
    delete directory_;
  }

  Router MakeRouter() const {
    ServeConfig config;
    config.databases = {*directory_};
    return Router(config);
  }

  // What `quorum-search --format json ARGS...` prints, line by line.
  static std::vector<std::string> CliJsonLines(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", *directory_, "--format", "json"});
    const QueryConfig config = ParseQueryArgs(args).config;
    std::ostringstream out;
    PrintJson(Search(Xapian::Database(*directory_), config), out);
    std::vector<std::string> lines;
    std::istringstream in(out.str());
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
  }

  static std::string* directory_;
};

std::string* RouterTest::directory_ = nullptr;

std::vector<std::string> ApiLines(const WebAnswer& answer) {
  const auto json = nlohmann::ordered_json::parse(answer.body);
  std::vector<std::string> lines;
  for (const auto& hit : json.at("hits")) lines.push_back(hit.dump());
  for (const auto& facet : json.at("facets")) lines.push_back(facet.dump());
  lines.push_back(json.at("summary").dump());
  return lines;
}

TEST_F(RouterTest, ApiAnswersWhatTheCliPrints) {
  const Router router = MakeRouter();
  const std::vector<std::pair<WebParams, std::vector<std::string>>> cases = {
      {{{"q", "basin data"}}, {"basin", "data"}},
      {{{"q", "coordination"}, {"any", "1"}, {"limit", "3"}, {"page", "2"}},
       {"--any", "--limit", "3", "--page", "2", "coordination"}},
      {{{"q", "budget"}, {"sort", "oldest"}, {"collapse", "meeting"}},
       {"--sort", "oldest", "--collapse", "meeting", "budget"}},
      {{{"body", "Standing Committee on Budget and Finance"}}, {"--body", "Standing Committee on Budget and Finance"}},
      {{{"q", "\"policy capability\""}, {"from", "2018"}, {"to", "2018"}},
       {"--from", "2018", "--to", "2018", "\"policy capability\""}},
  };
  for (const auto& [params, args] : cases) {
    const WebAnswer answer = router.Get("/api/search", params);
    ASSERT_EQ(answer.status, 200) << answer.body;
    EXPECT_EQ(answer.content_type, "application/json; charset=utf-8");
    const std::vector<std::string> cli = CliJsonLines(args);
    EXPECT_GT(cli.size(), 1u) << "no hit for " << args.back();
    EXPECT_EQ(ApiLines(answer), cli) << args.back();
  }
}

TEST_F(RouterTest, ShowAndRequestsAnswerTheCliObjects) {
  const Router router = MakeRouter();
  const WebAnswer shown = router.Get("/api/show", {{"id", "HOST/2020/1 \u00B62"}});
  ASSERT_EQ(shown.status, 200) << shown.body;
  const auto hits = nlohmann::json::parse(shown.body).at("hits");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].at("text"), "Zebrafish <img src=x onerror=alert(2)> data \"quoted\" & more.");
  const WebAnswer ledger = router.Get("/api/requests", {{"open", "1"}});
  ASSERT_EQ(ledger.status, 200) << ledger.body;
  const auto records = nlohmann::json::parse(ledger.body).at("records");
  ASSERT_FALSE(records.empty());
  for (const auto& record : records) EXPECT_EQ(record.at("status"), "open");
}

TEST_F(RouterTest, PagesShowNoteTextAsText) {
  const Router router = MakeRouter();
  for (const auto& [path, params] : std::vector<std::pair<std::string, WebParams>>{
           {"/", {{"q", "zebrafish"}}},
           {"/p", {{"id", "HOST/2020/1 \u00B61"}}},
           {"/p", {{"id", "HOST/2020/1"}}},
           {"/", {{"q", "<script>alert('q')</script>"}}},
           {"/", {{"q", "zebrafish"}, {"body", "\"><script>alert(1)</script>"}}}}) {
    const WebAnswer answer = router.Get(path, params);
    EXPECT_EQ(answer.content_type, "text/html; charset=utf-8");
    EXPECT_EQ(answer.body.find("<script>alert"), std::string::npos) << path << "\n" << answer.body;
    EXPECT_EQ(answer.body.find("<img"), std::string::npos) << path;
  }
  const WebAnswer page = router.Get("/", {{"q", "zebrafish"}});
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(page.body.find("<mark>"), std::string::npos);
}

TEST_F(RouterTest, ErrorsSayWhatIsWrong) {
  const Router router = MakeRouter();
  const WebAnswer bad_query = router.Get("/api/search", {{"q", "budget AND"}});
  EXPECT_EQ(bad_query.status, 400);
  const std::string message = nlohmann::json::parse(bad_query.body).at("error").at("message");
  EXPECT_NE(message.find("column 8"), std::string::npos) << message;
  EXPECT_NE(message.find("         ^"), std::string::npos) << message;
  const WebAnswer page = router.Get("/", {{"q", "budget AND"}});
  EXPECT_EQ(page.status, 400);
  EXPECT_NE(page.body.find("<pre>"), std::string::npos);
  EXPECT_EQ(router.Get("/nowhere", {}).status, 404);
  EXPECT_EQ(router.Get("/api/nowhere", {}).status, 404);
  EXPECT_EQ(router.Get("/p", {{"id", "NO/SUCH/1 \u00B61"}}).status, 404);
  EXPECT_EQ(router.Get("/api/show", {}).status, 404);
  EXPECT_EQ(router.Get("/api/search", {{"q", "x"}, {"db", "/etc"}}).status, 400);
}

TEST_F(RouterTest, NoParameterValueGivesAServerError) {
  const Router router = MakeRouter();
  const std::vector<std::string> values = {"",           "\"",
                                           "((",         "AND",
                                           "*",          "-",
                                           "--help",     "\xff\xfe",
                                           "2017-13-45", std::string(5000, 'a'),
                                           "meeting:",   "held:..",
                                           "\u00B6",     "0",
                                           "-1",         "99999999999999999999",
                                           "a NEAR/3 b", "type:request",
                                           "%00"};
  for (const std::string path : {"/", "/api/search", "/requests", "/api/requests", "/p", "/api/show", "/entities"})
    for (const std::string name : {"q", "meeting", "agenda", "body", "from", "to", "sort", "page", "limit", "offset",
                                   "context", "like", "lang", "id", "type", "by", "to-date"})
      for (const std::string& value : values) {
        const int status = router.Get(path, {{name, value}}).status;
        EXPECT_TRUE(status == 200 || status == 400 || status == 404)
            << path << "?" << name << "=" << value << ": " << status;
      }
}

TEST_F(RouterTest, NotesIndexedWhileServingAreFound) {
  const Router router = MakeRouter();
  auto matches = [&] {
    const WebAnswer answer = router.Get("/api/search", {{"q", "hovercraft"}});
    return nlohmann::json::parse(answer.body).at("summary").at("matches").get<int>();
  };
  EXPECT_EQ(matches(), 0);
  {
    Indexer indexer(Xapian::WritableDatabase(*directory_, Xapian::DB_OPEN));
    Note note = MakeNote({.path = "late.txt", .language = "en", .date = "2021-05-05", .symbol = "LATE/2021/1"});
    note.paragraphs = {MakeParagraph("1", nullptr, "The hovercraft proposal was deferred.")};
    indexer.AddNote(note, "late.txt");
    indexer.Commit();
  }
  EXPECT_EQ(matches(), 1);
}

TEST_F(RouterTest, StaticFilesAndHomePage) {
  const Router router = MakeRouter();
  const WebAnswer css = router.Get("/static/quorum.css", {});
  EXPECT_EQ(css.status, 200);
  EXPECT_EQ(css.content_type, "text/css; charset=utf-8");
  EXPECT_NE(css.body.find("mark"), std::string::npos);
  const WebAnswer home = router.Get("/", {});
  EXPECT_EQ(home.status, 200);
  EXPECT_NE(home.body.find("<label for=\"q\">"), std::string::npos);
  EXPECT_NE(home.body.find(" notes indexed"), std::string::npos);
}

}  // namespace
}  // namespace quorum
