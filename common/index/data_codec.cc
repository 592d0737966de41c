// SPDX-License-Identifier: MIT
// zstd with a trained dictionary for the paragraphs' stored data; see
// common/index/data_codec.h.
#include "common/index/data_codec.h"

#include <zdict.h>
#include <zstd.h>

#include <algorithm>
#include <mutex>

#include "common/base/error.h"
#include "common/index/schema.h"

namespace quorum {
namespace {

// zstd's own default dictionary size; larger ones gained under 2 % on the
// UN General Debate paragraphs.
constexpr size_t kDictionaryBytes = 112640;
// Level 3 (zstd's default) keeps 31.0 % of the bytes, level 9 28.8 % at a
// third of the speed; quorum-index compresses on its writer thread.
constexpr int kLevel = 3;
// zstd frames start with this magic number, little-endian; stored JSON
// starts with '{'.
constexpr unsigned char kZstdMagic[] = {0x28, 0xB5, 0x2F, 0xFD};

bool IsCompressed(std::string_view stored) {
  return stored.size() >= 4 && std::equal(kZstdMagic, kZstdMagic + 4, stored.begin(),
                                          [](unsigned char a, char b) { return a == static_cast<unsigned char>(b); });
}

}  // namespace

struct DataCodec::State {
  std::string dictionary;
  unsigned id = 0;
  // Made on the first Encode: only the indexer compresses, and a search
  // process should not pay for preparing the compressor.
  mutable std::once_flag compress_once;
  mutable std::unique_ptr<ZSTD_CDict, size_t (*)(ZSTD_CDict*)> compress{nullptr, ZSTD_freeCDict};
  std::unique_ptr<ZSTD_DDict, size_t (*)(ZSTD_DDict*)> decompress{nullptr, ZSTD_freeDDict};
};

DataCodec::DataCodec(const std::string& dictionary) {
  auto state = std::make_shared<State>();
  state->dictionary = dictionary;
  state->id = ZDICT_getDictID(dictionary.data(), dictionary.size());
  state->decompress.reset(ZSTD_createDDict(dictionary.data(), dictionary.size()));
  if (state->id == 0 || !state->decompress)
    throw Error("the index's data dictionary is damaged; rebuild the index with quorum-index --overwrite");
  state_ = std::move(state);
}

DataCodec DataCodec::Of(const Xapian::Database& database) {
  const std::string dictionary = database.get_metadata(std::string(schema::kDataDictionaryKey));
  return dictionary.empty() ? DataCodec() : DataCodec(dictionary);
}

std::string DataCodec::Train(const std::vector<std::string>& samples) {
  std::string joined;
  std::vector<size_t> sizes;
  for (const std::string& sample : samples) {
    joined += sample;
    sizes.push_back(sample.size());
  }
  std::string dictionary(kDictionaryBytes, '\0');
  const size_t size = ZDICT_trainFromBuffer(dictionary.data(), dictionary.size(), joined.data(), sizes.data(),
                                            static_cast<unsigned>(sizes.size()));
  if (ZDICT_isError(size)) return {};
  dictionary.resize(size);
  return dictionary;
}

const std::string& DataCodec::dictionary() const {
  static const std::string kNone;
  return state_ ? state_->dictionary : kNone;
}

std::string DataCodec::Encode(std::string_view data) const {
  if (!state_) return std::string(data);
  // A context per thread: contexts hold the compressor's working memory,
  // are not thread-safe, and cost more to make than a paragraph to compress.
  thread_local std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx*)> context{ZSTD_createCCtx(), ZSTD_freeCCtx};
  std::call_once(state_->compress_once, [this] {
    state_->compress.reset(ZSTD_createCDict(state_->dictionary.data(), state_->dictionary.size(), kLevel));
  });
  if (!state_->compress) throw Error("cannot prepare the data dictionary for compression (out of memory?)");
  std::string stored(ZSTD_compressBound(data.size()), '\0');
  const size_t size = ZSTD_compress_usingCDict(context.get(), stored.data(), stored.size(), data.data(), data.size(),
                                               state_->compress.get());
  if (ZSTD_isError(size)) throw Error(std::string("cannot compress paragraph data: ") + ZSTD_getErrorName(size));
  stored.resize(size);
  return stored;
}

std::string DataCodec::Decode(std::string_view stored) const {
  if (!IsCompressed(stored)) return std::string(stored);
  const unsigned id = ZSTD_getDictID_fromFrame(stored.data(), stored.size());
  if (!state_ || id != state_->id)
    throw Error(
        "paragraph data is compressed with a dictionary this index does not hold; rebuild the index "
        "with quorum-index --overwrite");
  const unsigned long long size = ZSTD_getFrameContentSize(stored.data(), stored.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN)
    throw Error("paragraph data is damaged; rebuild the index with quorum-index --overwrite");
  thread_local std::unique_ptr<ZSTD_DCtx, size_t (*)(ZSTD_DCtx*)> context{ZSTD_createDCtx(), ZSTD_freeDCtx};
  std::string data(static_cast<size_t>(size), '\0');
  const size_t written = ZSTD_decompress_usingDDict(context.get(), data.data(), data.size(), stored.data(),
                                                    stored.size(), state_->decompress.get());
  if (ZSTD_isError(written) || written != data.size())
    throw Error("paragraph data is damaged; rebuild the index with quorum-index --overwrite");
  return data;
}

}  // namespace quorum
