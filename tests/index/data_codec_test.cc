// SPDX-License-Identifier: MIT
// DataCodec: paragraph data compressed with a trained zstd dictionary, and
// plain data read as it is.
#include "common/index/data_codec.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/base/error.h"

namespace quorum {
namespace {

// Paragraph-like JSON lines: the same keys, words drawn from one list in an
// order a fixed generator decides, so the samples differ as paragraphs do.
std::vector<std::string> Paragraphs(size_t count, unsigned seed) {
  static const char* const kWords[] = {"the",     "Committee", "decided", "to",        "request", "Secretariat",
                                       "report",  "on",        "budget",  "migration", "members", "agreed",
                                       "session", "meeting",   "policy",  "review",    "funds",   "of"};
  std::vector<std::string> lines;
  unsigned state = seed;
  for (size_t i = 0; i < count; ++i) {
    std::string text;
    for (int w = 0; w < 60; ++w) {
      state = state * 1103515245u + 12345u;
      text += std::string(text.empty() ? "" : " ") + kWords[(state >> 16) % 18];
    }
    lines.push_back(R"({"ordinal":)" + std::to_string(i) + R"(,"text":")" + text + R"(","number":")" +
                    std::to_string(i + 1) + R"("})");
  }
  return lines;
}

TEST(DataCodecTest, WithoutDictionaryDataStaysAsItIs) {
  const DataCodec codec;
  EXPECT_FALSE(codec.has_dictionary());
  EXPECT_EQ(codec.Encode(R"({"text":"x"})"), R"({"text":"x"})");
  EXPECT_EQ(codec.Decode(R"({"text":"x"})"), R"({"text":"x"})");
}

TEST(DataCodecTest, TrainedDictionaryCompressesAndRestores) {
  const std::vector<std::string> samples = Paragraphs(2000, 1);
  const std::string dictionary = DataCodec::Train(samples);
  ASSERT_FALSE(dictionary.empty());
  const DataCodec codec(dictionary);
  size_t plain = 0, stored = 0;
  for (const std::string& line : Paragraphs(200, 2)) {  // paragraphs it was not trained on
    const std::string encoded = codec.Encode(line);
    EXPECT_NE(encoded, line);
    EXPECT_EQ(codec.Decode(encoded), line);
    plain += line.size();
    stored += encoded.size();
  }
  EXPECT_LT(stored, plain / 2);
  // Data stored plain before the dictionary existed still reads.
  EXPECT_EQ(codec.Decode(samples[0]), samples[0]);
}

TEST(DataCodecTest, DataOfAnotherDictionaryIsAnError) {
  const DataCodec first(DataCodec::Train(Paragraphs(2000, 1)));
  const DataCodec second(DataCodec::Train(Paragraphs(2000, 7)));
  const std::string encoded = first.Encode(Paragraphs(1, 3)[0]);
  EXPECT_THROW(second.Decode(encoded), Error);
  EXPECT_THROW(DataCodec().Decode(encoded), Error);
  EXPECT_THROW(first.Decode(encoded.substr(0, encoded.size() - 3)), Error);
}

TEST(DataCodecTest, TooFewSamplesTrainNothing) {
  EXPECT_TRUE(DataCodec::Train(Paragraphs(3, 1)).empty());
  EXPECT_THROW(DataCodec("not a dictionary"), Error);
}

}  // namespace
}  // namespace quorum
