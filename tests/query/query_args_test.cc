// SPDX-License-Identifier: MIT
// ParseQueryArgs and DateBound: quorum-search's flags to a QueryCommand.
#include "query/query_args.h"

#include <gtest/gtest.h>

#include <boost/program_options.hpp>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "common/base/error.h"

namespace quorum {
namespace {

// The message of the UsageError `args` throws; fails the test if none is thrown.
std::string UsageErrorMessage(const std::vector<std::string>& args) {
  try {
    ParseQueryArgs(args);
  } catch (const UsageError& e) {
    return e.what();
  }
  ADD_FAILURE() << "no UsageError thrown";
  return {};
}

TEST(QueryArgsTest, WordsAreJoinedIntoTheQuery) {
  const QueryCommand command = ParseQueryArgs({"--db", "idx", "coordination", "with", "UN agencies"});
  EXPECT_EQ(command.action, CliAction::kRun);
  EXPECT_EQ(command.config.query, "coordination with UN agencies");
  EXPECT_EQ(command.config.databases, std::vector<std::string>{"idx"});
}

TEST(QueryArgsTest, Defaults) {
  const QueryCommand command = ParseQueryArgs({"--db", "idx", "budget"});
  EXPECT_EQ(command.config.limit, 10u);
  EXPECT_EQ(command.config.offset, 0u);
  EXPECT_EQ(command.config.format, "text");
  EXPECT_FALSE(command.config.match_any);
  EXPECT_FALSE(command.config.exact_counts);
  EXPECT_EQ(command.config.color, "auto");
  EXPECT_TRUE(command.config.meetings.empty());
  EXPECT_EQ(command.config.from, "");
  EXPECT_EQ(command.config.to, "");
}

TEST(QueryArgsTest, RepeatedFlagsAreCollected) {
  const QueryCommand command =
      ParseQueryArgs({"-d", "a", "--db", "b", "--meeting", "WG/REL/2017/7", "-m", "2018-03-14", "budget"});
  EXPECT_EQ(command.config.databases, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(command.config.meetings, (std::vector<std::string>{"WG/REL/2017/7", "2018-03-14"}));
}

TEST(QueryArgsTest, OtherFlags) {
  const QueryCommand command =
      ParseQueryArgs({"--agenda", "future role", "--body", "working group", "-n", "25", "--offset", "5", "-f", "json",
                      "--any", "--lang", "fr", "--exact-counts", "--color", "never", "x"});
  EXPECT_EQ(command.config.agenda, "future role");
  EXPECT_EQ(command.config.body, "working group");
  EXPECT_EQ(command.config.limit, 25u);
  EXPECT_EQ(command.config.offset, 5u);
  EXPECT_EQ(command.config.format, "json");
  EXPECT_TRUE(command.config.match_any);
  EXPECT_EQ(command.config.language, "fr");
  EXPECT_TRUE(command.config.exact_counts);
  EXPECT_EQ(command.config.color, "never");
}

TEST(QueryArgsTest, DateFlagsBecomeBounds) {
  struct Case {
    std::vector<std::string> args;
    std::string from, to;
  };
  const Case cases[] = {
      {{"--from", "2017", "x"}, "20170101", ""},
      {{"--to", "2017", "x"}, "", "20171231"},
      {{"--to", "2017-02", "x"}, "", "20170228"},
      {{"--to", "2016-02", "x"}, "", "20160229"},  // leap year
      {{"--from", "2017-02", "x"}, "20170201", ""},
      {{"--from", "2017-08-28", "--to", "2017-08-28", "x"}, "20170828", "20170828"},
      {{"--from", "2016", "--to", "2018-06"}, "20160101", "20180630"},
  };
  for (const Case& c : cases) {
    const QueryCommand command = ParseQueryArgs(c.args);
    EXPECT_EQ(command.config.from, c.from) << c.args[0] << " " << c.args[1];
    EXPECT_EQ(command.config.to, c.to) << c.args[0] << " " << c.args[1];
  }
}

TEST(QueryArgsTest, BadDatesNameTheFlag) {
  struct Case {
    std::string flag, value;
  };
  const Case cases[] = {
      {"--from", "2017-13"},     // no month 13
      {"--to", "2017-13"},       //
      {"--from", "17-01-01"},    // two-digit year
      {"--to", "2017-02-30"},    // no such day
      {"--from", "2017-2-3"},    // unpadded
      {"--to", "2017/02/03"},    // wrong separator
      {"--from", "next year"},   //
      {"--to", "2017-00"},       // no month 0
      {"--from", "2017-02-00"},  // no day 0
  };
  for (const Case& c : cases) {
    const std::string message = UsageErrorMessage({c.flag, c.value, "x"});
    EXPECT_EQ(message.rfind(c.flag + " ", 0), 0u) << message;
    EXPECT_NE(message.find("'" + c.value + "'"), std::string::npos) << message;
  }
}

TEST(QueryArgsTest, FromAfterToIsUsageError) {
  const std::string message = UsageErrorMessage({"--from", "2018", "--to", "2017", "x"});
  EXPECT_NE(message.find("--from 2018 is after --to 2017"), std::string::npos) << message;
  EXPECT_NO_THROW(ParseQueryArgs({"--from", "2017-08-28", "--to", "2017-08", "x"}));
  EXPECT_THROW(ParseQueryArgs({"--from", "2017-08-29", "--to", "2017-08-28", "x"}), UsageError);
}

TEST(QueryArgsTest, BadValuesAreUsageErrors) {
  struct Case {
    std::vector<std::string> args;
    std::string message_part;
  };
  const Case cases[] = {
      {{"--limit", "0", "x"}, "--limit"},
      {{"--limit", "10001", "x"}, "--limit"},
      {{"--format", "xml", "x"}, "--format must be text, json, csv, markdown or trec, not 'xml'"},
      {{"--sort", "size", "x"}, "--sort must be relevance, newest or oldest, not 'size'"},
      {{"--collapse", "body", "x"}, "--collapse must be meeting, not 'body'"},
      {{"--context", "21", "x"}, "--context must be between 0 and 20"},
      {{"--color", "sometimes", "x"}, "--color must be auto, always or never, not 'sometimes'"},
      {{"--lang", "xx", "x"}, "unknown language 'xx'"},
  };
  for (const Case& c : cases) {
    const std::string message = UsageErrorMessage(c.args);
    EXPECT_NE(message.find(c.message_part), std::string::npos) << message;
  }
}

TEST(QueryArgsTest, LimitBoundsAreInclusive) {
  EXPECT_EQ(ParseQueryArgs({"-n", "1", "x"}).config.limit, 1u);
  EXPECT_EQ(ParseQueryArgs({"-n", "10000", "x"}).config.limit, 10000u);
}

TEST(QueryArgsTest, NoQueryAndNoFilterIsUsageError) {
  EXPECT_NE(UsageErrorMessage({}).find("no QUERY"), std::string::npos);
  EXPECT_NE(UsageErrorMessage({"--db", "idx", "--any"}).find("no QUERY"), std::string::npos);
}

TEST(QueryArgsTest, AFilterWithoutQueryIsAccepted) {
  const std::vector<std::vector<std::string>> cases = {
      {"--meeting", "WG/REL/2017/7"},
      {"--agenda", "b"},
      {"--body", "working group"},
      {"--from", "2017"},
      {"--to", "2018-06"},
  };
  for (const auto& args : cases) {
    QueryCommand command;
    EXPECT_NO_THROW(command = ParseQueryArgs(args)) << args[0];
    EXPECT_EQ(command.action, CliAction::kRun) << args[0];
    EXPECT_EQ(command.config.query, "") << args[0];
  }
}

TEST(QueryArgsTest, HelpNeedsNoQuery) {
  for (const char* flag : {"--help", "-h"}) {
    const QueryCommand command = ParseQueryArgs({flag});
    EXPECT_EQ(command.action, CliAction::kHelp) << flag;
    EXPECT_NE(command.help.find("Usage: quorum-search"), std::string::npos) << command.help;
    // The field list comes from the schema.
    EXPECT_NE(command.help.find("meeting:"), std::string::npos) << command.help;
    EXPECT_NE(command.help.find("agenda:"), std::string::npos) << command.help;
  }
}

TEST(QueryArgsTest, VersionNeedsNoQuery) { EXPECT_EQ(ParseQueryArgs({"--version"}).action, CliAction::kVersion); }

TEST(QueryArgsTest, UnknownOptionIsProgramOptionsError) {
  EXPECT_THROW(ParseQueryArgs({"--no-such-flag", "x"}), boost::program_options::error);
  EXPECT_THROW(ParseQueryArgs({"--limit", "many", "x"}), boost::program_options::error);
}

TEST(QueryArgsTest, DefaultDatabaseWhenNoDbFlag) {
  const char* old = std::getenv("QUORUM_DB");
  const std::optional<std::string> saved = old ? std::optional<std::string>(old) : std::nullopt;
  setenv("QUORUM_DB", "/tmp/env-db", 1);
  const std::vector<std::string> from_env = ParseQueryArgs({"x"}).config.databases;
  unsetenv("QUORUM_DB");
  const std::vector<std::string> fallback = ParseQueryArgs({"x"}).config.databases;
  if (saved) setenv("QUORUM_DB", saved->c_str(), 1);
  EXPECT_EQ(from_env, std::vector<std::string>{"/tmp/env-db"});
  EXPECT_EQ(fallback, std::vector<std::string>{"quorum-db"});
}

TEST(DateBoundTest, LowerAndUpperBounds) {
  struct Case {
    std::string value;
    bool upper;
    std::string expected;
  };
  const Case cases[] = {
      {"2017", false, "20170101"},       {"2017", true, "20171231"},       {"2017-08", false, "20170801"},
      {"2017-08", true, "20170831"},     {"2017-04", true, "20170430"},    {"2017-02", true, "20170228"},
      {"2016-02", true, "20160229"},     {"2000-02", true, "20000229"},  // divisible by 400
      {"1900-02", true, "19000228"},                                     // divisible by 100 only
      {"2017-08-28", false, "20170828"}, {"2017-08-28", true, "20170828"}, {"2016-02-29", false, "20160229"},
  };
  for (const Case& c : cases)
    EXPECT_EQ(DateBound(c.value, c.upper, "--from"), c.expected) << c.value << (c.upper ? " upper" : " lower");
}

TEST(DateBoundTest, RejectsMalformedDates) {
  const char* const bad[] = {"",           "17",         "2017-13",    "2017-1",    "17-01-01",
                             "2017-02-30", "2017-02-29", "2017-08-32", "20170828",  "2017-08-28T00",
                             "abcd",       "2017-ab",    "2017_08",    "2017-08-2x"};
  for (const char* value : bad) {
    for (bool upper : {false, true}) {
      try {
        DateBound(value, upper, "--when");
        ADD_FAILURE() << "accepted '" << value << "'";
      } catch (const UsageError& e) {
        EXPECT_EQ(std::string(e.what()).rfind("--when ", 0), 0u) << e.what();
      }
    }
  }
}

}  // namespace
}  // namespace quorum
