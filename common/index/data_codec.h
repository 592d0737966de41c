// SPDX-License-Identifier: MIT
// How a paragraph's stored data (its JSON line) is kept in the database:
// compressed with zstd and a dictionary trained on the database's own
// paragraphs. A paragraph's data is a few hundred bytes; compressed alone
// (as Xapian compresses each record with zlib) it keeps about half its
// size, because every record starts the compressor's model from nothing.
// A dictionary carries the model over: the JSON keys, the body's names and
// phrases, the common words. On the UN General Debate paragraphs, zlib per
// record keeps 52 % of the bytes and zstd with a 512 KB dictionary 23 %
// (level 15; each record a frame without magic number or dictionary id,
// behind one tag byte).
//
// The dictionary is trained once per database, on its first eight megabytes of
// paragraphs (quorum-index does it; indexer/indexer.h), stored in the
// metadata under schema::kDataDictionaryKey and never changed after: every
// shard of a sharded index holds the same one. Data written before there
// was a dictionary (a database too small to train one) stays plain JSON;
// Decode reads both.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace quorum {

class DataCodec {
 public:
  /// No dictionary: Encode keeps the data as it is.
  DataCodec() = default;
  /// A codec with `dictionary` (as Train made it); throws quorum::Error if
  /// zstd cannot load it.
  explicit DataCodec(const std::string& dictionary);

  /// The codec of `database`: its stored dictionary, or none.
  static DataCodec Of(const Xapian::Database& database);

  /// Trains a dictionary on `samples` (paragraph data, JSON lines); empty
  /// when they are too few or too alike for zstd to learn from.
  static std::string Train(const std::vector<std::string>& samples);

  bool has_dictionary() const { return state_ != nullptr; }
  const std::string& dictionary() const;

  /// The data as stored: compressed when there is a dictionary.
  std::string Encode(std::string_view data) const;
  /// The data as written: `stored` decompressed, or as it is when it was
  /// stored plain. Throws quorum::Error when it is compressed with another
  /// dictionary than this codec's, or damaged.
  std::string Decode(std::string_view stored) const;

 private:
  struct State;
  std::shared_ptr<const State> state_;
};

}  // namespace quorum
