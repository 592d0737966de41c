// SPDX-License-Identifier: MIT
// ParseIndexArgs: quorum-index's flags to an IndexCommand, or a usage error.
#include "indexer/index_args.h"

#include <gtest/gtest.h>

#include <boost/program_options.hpp>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "common/base/error.h"
#include "common/text/language.h"
#include "tests/support/test_support.h"

namespace quorum {
namespace {

using testing_support::ScopedEnv;

// The message of the UsageError `args` throws; fails the test if none is thrown.
std::string UsageErrorMessage(const std::vector<std::string>& args) {
  try {
    ParseIndexArgs(args);
  } catch (const UsageError& e) {
    return e.what();
  }
  ADD_FAILURE() << "no UsageError thrown";
  return {};
}

TEST(IndexArgsTest, DbAndPath) {
  const IndexCommand command = ParseIndexArgs({"--db", "x", "corpus"});
  EXPECT_EQ(command.action, CliAction::kRun);
  EXPECT_EQ(command.config.db, "x");
  EXPECT_EQ(command.config.paths, std::vector<std::string>{"corpus"});
}

TEST(IndexArgsTest, Defaults) {
  const IndexCommand command = ParseIndexArgs({"--db", "x", "corpus"});
  EXPECT_FALSE(command.config.parse_only);
  EXPECT_EQ(command.config.format, "text");
  EXPECT_EQ(command.config.language, "");
  EXPECT_FALSE(command.config.overwrite);
  EXPECT_FALSE(command.config.quiet);
  EXPECT_EQ(command.config.progress, "auto");
  EXPECT_EQ(command.config.ocr, OcrMode::kAuto);
}

TEST(IndexArgsTest, SeveralPathsKeepTheirOrder) {
  const IndexCommand command = ParseIndexArgs({"b.txt", "-d", "idx", "a", "c/"});
  EXPECT_EQ(command.config.db, "idx");
  EXPECT_EQ(command.config.paths, (std::vector<std::string>{"b.txt", "a", "c/"}));
}

TEST(IndexArgsTest, HelpNeedsNoPath) {
  for (const char* flag : {"--help", "-h"}) {
    const IndexCommand command = ParseIndexArgs({flag});
    EXPECT_EQ(command.action, CliAction::kHelp) << flag;
    EXPECT_NE(command.help.find("Usage: quorum-index"), std::string::npos) << command.help;
    EXPECT_NE(command.help.find("--parse-only"), std::string::npos) << command.help;
  }
}

TEST(IndexArgsTest, HelpWinsOverBadValues) {
  const IndexCommand command = ParseIndexArgs({"--help", "--format", "xml"});
  EXPECT_EQ(command.action, CliAction::kHelp);
}

TEST(IndexArgsTest, VersionNeedsNoPath) {
  const IndexCommand command = ParseIndexArgs({"--version"});
  EXPECT_EQ(command.action, CliAction::kVersion);
}

TEST(IndexArgsTest, MissingPathIsUsageError) {
  EXPECT_THROW(ParseIndexArgs({}), UsageError);
  EXPECT_THROW(ParseIndexArgs({"--db", "x"}), UsageError);
  EXPECT_NE(UsageErrorMessage({"--db", "x"}).find("no PATH"), std::string::npos);
}

TEST(IndexArgsTest, BadFlagValuesAreUsageErrors) {
  struct Case {
    std::vector<std::string> args;
    std::string message_part;
  };
  const Case cases[] = {
      {{"--format", "xml", "corpus"}, "--format must be text or json, not 'xml'"},
      {{"--progress", "sometimes", "corpus"}, "--progress must be auto, always or never"},
      {{"--ocr", "yes", "corpus"}, "--ocr must be auto, always or never"},
      {{"--lang", "xx", "corpus"}, "unknown language 'xx'"},
  };
  for (const Case& c : cases) {
    const std::string message = UsageErrorMessage(c.args);
    EXPECT_NE(message.find(c.message_part), std::string::npos) << message;
  }
}

TEST(IndexArgsTest, UnknownLanguageListsKnownOnes) {
  const std::string message = UsageErrorMessage({"--lang", "xx", "corpus"});
  EXPECT_NE(message.find("en, fr, es, de"), std::string::npos) << message;
  for (const std::string& code : KnownLanguages())
    EXPECT_NE(message.find(code), std::string::npos) << code << " missing from: " << message;
}

TEST(IndexArgsTest, KnownLanguageIsAccepted) {
  const IndexCommand command = ParseIndexArgs({"--lang", "fr", "corpus"});
  EXPECT_EQ(command.config.language, "fr");
}

TEST(IndexArgsTest, UnknownOptionIsProgramOptionsError) {
  EXPECT_THROW(ParseIndexArgs({"--no-such-flag", "corpus"}), boost::program_options::error);
}

TEST(IndexArgsTest, MissingOptionValueIsProgramOptionsError) {
  EXPECT_THROW(ParseIndexArgs({"corpus", "--db"}), boost::program_options::error);
}

TEST(IndexArgsTest, ParseOnlyJson) {
  const IndexCommand command = ParseIndexArgs({"--parse-only", "--format", "json", "note.txt"});
  EXPECT_EQ(command.action, CliAction::kRun);
  EXPECT_TRUE(command.config.parse_only);
  EXPECT_EQ(command.config.format, "json");
  EXPECT_EQ(command.config.paths, std::vector<std::string>{"note.txt"});
}

TEST(IndexArgsTest, Switches) {
  const IndexCommand command = ParseIndexArgs({"--overwrite", "-q", "--progress", "never", "--lang", "de", "corpus"});
  EXPECT_TRUE(command.config.overwrite);
  EXPECT_TRUE(command.config.quiet);
  EXPECT_EQ(command.config.progress, "never");
  EXPECT_EQ(command.config.language, "de");
}

TEST(IndexArgsTest, OcrModes) {
  EXPECT_EQ(ParseIndexArgs({"--ocr", "always", "corpus"}).config.ocr, OcrMode::kAlways);
  EXPECT_EQ(ParseIndexArgs({"--ocr", "never", "corpus"}).config.ocr, OcrMode::kNever);
  EXPECT_EQ(ParseIndexArgs({"--ocr", "auto", "corpus"}).config.ocr, OcrMode::kAuto);
}

TEST(IndexArgsTest, DefaultDbComesFromEnvironment) {
  {
    const ScopedEnv env("QUORUM_DB", std::string("/tmp/from-env-db"));
    EXPECT_EQ(ParseIndexArgs({"corpus"}).config.db, "/tmp/from-env-db");
    // --db still wins over the environment.
    EXPECT_EQ(ParseIndexArgs({"--db", "x", "corpus"}).config.db, "x");
  }
  {
    const ScopedEnv env("QUORUM_DB", std::nullopt);
    EXPECT_EQ(ParseIndexArgs({"corpus"}).config.db, "quorum-db");
  }
  {
    // An empty value counts as unset.
    const ScopedEnv env("QUORUM_DB", std::string());
    EXPECT_EQ(ParseIndexArgs({"corpus"}).config.db, "quorum-db");
  }
}

TEST(IndexArgsTest, IncrementalAndLockingSwitches) {
  const IndexConfig defaults = ParseIndexArgs({"corpus"}).config;
  EXPECT_FALSE(defaults.prune);
  EXPECT_FALSE(defaults.force);
  EXPECT_FALSE(defaults.wait);
  EXPECT_EQ(defaults.commit_every, 100u);
  const IndexConfig config = ParseIndexArgs({"--prune", "--force", "--wait", "--commit-every", "7", "corpus"}).config;
  EXPECT_TRUE(config.prune);
  EXPECT_TRUE(config.force);
  EXPECT_TRUE(config.wait);
  EXPECT_EQ(config.commit_every, 7u);
}

TEST(IndexArgsTest, CommitEveryMustBePositive) {
  EXPECT_EQ(UsageErrorMessage({"--commit-every", "0", "corpus"}), "--commit-every must be at least 1, not 0");
  // Not wrapped into a huge unsigned number.
  EXPECT_EQ(UsageErrorMessage({"--commit-every", "-1", "corpus"}), "--commit-every must be at least 1, not -1");
}

TEST(IndexArgsTest, HelpStatesTheCommitDefaultAndSignalExitCodes) {
  const std::string help = ParseIndexArgs({"--help"}).help;
  EXPECT_NE(help.find("--commit-every"), std::string::npos);
  EXPECT_NE(help.find("(=100)"), std::string::npos);
  EXPECT_NE(help.find("130 or 143"), std::string::npos);
}

}  // namespace
}  // namespace quorum
