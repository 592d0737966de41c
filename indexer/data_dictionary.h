// SPDX-License-Identifier: MIT
// The training of a database's data dictionary (common/index/data_codec.h)
// during an indexing run: the writers pass it the data of the paragraphs
// they write plain, and once eight megabytes are gathered (or the run commits
// with less, but enough) it trains one dictionary. The shards of a run
// share one DataDictionary, so every shard gets the same dictionary.
#pragma once

#include <mutex>
#include <string>
#include <vector>

#include "common/index/data_codec.h"

namespace quorum {

class DataDictionary {
 public:
  /// Samples gathered before training: 8 MB of paragraphs, for a 512 KB
  /// dictionary (common/index/data_codec.cc), or what the run brings when
  /// it brings less; training takes under half a second, and the
  /// paragraphs written before it are compressed again once it exists.
  static constexpr size_t kTrainingBytes = size_t{8} << 20;
  /// Fewer bytes than this train no dictionary: a small index stays plain
  /// (Xapian compresses each record) until a later run brings more.
  static constexpr size_t kMinTrainingBytes = size_t{64} << 10;

  /// Takes the dictionary a database already holds, if none is set yet.
  void Adopt(const DataCodec& codec);
  /// Gathers one paragraph's data; trains once kTrainingBytes are in.
  void Sample(const std::string& data);
  /// Trains on what was gathered if no dictionary exists yet and the
  /// samples reach kMinTrainingBytes.
  void Finish();
  /// The dictionary's codec; one without a dictionary while none exists.
  DataCodec codec() const;

 private:
  void TrainLocked();

  mutable std::mutex mutex_;
  std::vector<std::string> samples_;
  size_t bytes_ = 0;
  DataCodec codec_;
};

}  // namespace quorum
