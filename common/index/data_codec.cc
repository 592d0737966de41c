// SPDX-License-Identifier: MIT
// zstd with a trained dictionary for the paragraphs' stored data; see
// common/index/data_codec.h.
#include "common/index/data_codec.h"

// The frame format without magic number (ZSTD_f_zstd1_magicless) is among
// zstd's experimental parameters; the shared library exports them.
#define ZSTD_STATIC_LINKING_ONLY
#include <zdict.h>
#include <zstd.h>

#include <algorithm>
#include <mutex>

#include "common/base/error.h"
#include "common/index/schema.h"

namespace quorum {
namespace {

// The dictionary's size: a sixteenth of the samples, at most 512 KB. On the
// UN General Debate paragraphs, 256 KB trained on 4 MB kept 5 % fewer bytes
// than zstd's default 110 KB on the same samples, 512 KB on 8 MB 5 % fewer
// again; the dictionary is stored once per index, so a small index gets a
// small one.
constexpr size_t kMaxDictionaryBytes = size_t{512} << 10;
constexpr size_t kSamplesPerDictionaryByte = 16;
// On the UN General Debate paragraphs, with a 110 KB dictionary, level 3
// (zstd's default) keeps 29.8 % of the bytes, level 12 26.8 % at 30 MB/s,
// level 15 25.9 % at a third of that speed; with a 256 KB dictionary level
// 15 keeps 24.9 % at level 12's speed (long matches in the dictionary end
// its search early). quorum-index compresses on its writer thread.
constexpr int kLevel = 15;

// A compressed record is one tag byte, then a zstd frame without its magic
// number and dictionary id: 8 bytes a paragraph that say nothing new inside
// one database. The tag is 0x80 plus the low 7 bits of the dictionary's id,
// so that data of another dictionary (an index merged from two) is mostly
// told apart; stored JSON starts with '{', below 0x80.
constexpr unsigned char kTagBit = 0x80;

unsigned char Tag(unsigned dictionary_id) { return static_cast<unsigned char>(kTagBit | (dictionary_id & 0x7F)); }

bool IsCompressed(std::string_view stored) {
  return !stored.empty() && (static_cast<unsigned char>(stored[0]) & kTagBit) != 0;
}

void Check(size_t code, const char* what) {
  if (ZSTD_isError(code)) throw Error(std::string(what) + ": " + ZSTD_getErrorName(code));
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
  // By reference: the state keeps the dictionary, and a search process need
  // not copy half a megabyte to read a page of results.
  state->decompress.reset(ZSTD_createDDict_byReference(state->dictionary.data(), state->dictionary.size()));
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
  std::string dictionary(std::min(kMaxDictionaryBytes, joined.size() / kSamplesPerDictionaryByte), '\0');
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
  ZSTD_CCtx* cctx = context.get();
  Check(ZSTD_CCtx_reset(cctx, ZSTD_reset_session_and_parameters), "cannot reset the compressor");
  Check(ZSTD_CCtx_refCDict(cctx, state_->compress.get()), "cannot use the data dictionary");
  Check(ZSTD_CCtx_setParameter(cctx, ZSTD_c_format, ZSTD_f_zstd1_magicless), "cannot set the frame format");
  Check(ZSTD_CCtx_setParameter(cctx, ZSTD_c_dictIDFlag, 0), "cannot set the frame format");
  std::string stored(1 + ZSTD_compressBound(data.size()), '\0');
  stored[0] = static_cast<char>(Tag(state_->id));
  const size_t size = ZSTD_compress2(cctx, stored.data() + 1, stored.size() - 1, data.data(), data.size());
  Check(size, "cannot compress paragraph data");
  stored.resize(1 + size);
  return stored;
}

std::string DataCodec::Decode(std::string_view stored) const {
  if (!IsCompressed(stored)) return std::string(stored);
  if (!state_ || static_cast<unsigned char>(stored[0]) != Tag(state_->id))
    throw Error(
        "paragraph data is compressed with a dictionary this index does not hold; rebuild the index "
        "with quorum-index --overwrite");
  const std::string_view frame = stored.substr(1);
  const char* const damaged = "paragraph data is damaged; rebuild the index with quorum-index --overwrite";
  ZSTD_frameHeader header;
  if (ZSTD_getFrameHeader_advanced(&header, frame.data(), frame.size(), ZSTD_f_zstd1_magicless) != 0 ||
      header.frameContentSize == ZSTD_CONTENTSIZE_UNKNOWN)
    throw Error(damaged);
  thread_local std::unique_ptr<ZSTD_DCtx, size_t (*)(ZSTD_DCtx*)> context{ZSTD_createDCtx(), ZSTD_freeDCtx};
  ZSTD_DCtx* dctx = context.get();
  if (ZSTD_isError(ZSTD_DCtx_reset(dctx, ZSTD_reset_session_and_parameters)) ||
      ZSTD_isError(ZSTD_DCtx_setParameter(dctx, ZSTD_d_format, ZSTD_f_zstd1_magicless)) ||
      ZSTD_isError(ZSTD_DCtx_refDDict(dctx, state_->decompress.get())))
    throw Error("cannot prepare the decompressor");
  std::string data(static_cast<size_t>(header.frameContentSize), '\0');
  const size_t written = ZSTD_decompressDCtx(dctx, data.data(), data.size(), frame.data(), frame.size());
  if (ZSTD_isError(written) || written != data.size()) throw Error(damaged);
  return data;
}

}  // namespace quorum
