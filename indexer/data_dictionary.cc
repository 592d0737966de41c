// SPDX-License-Identifier: MIT
// See indexer/data_dictionary.h.
#include "indexer/data_dictionary.h"

namespace quorum {

void DataDictionary::Adopt(const DataCodec& codec) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!codec_.has_dictionary() && codec.has_dictionary()) codec_ = codec;
}

void DataDictionary::Sample(const std::string& data) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (codec_.has_dictionary() || bytes_ >= kTrainingBytes) return;
  samples_.push_back(data);
  bytes_ += data.size();
  if (bytes_ >= kTrainingBytes) TrainLocked();
}

void DataDictionary::Finish() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!codec_.has_dictionary() && bytes_ >= kMinTrainingBytes) TrainLocked();
}

DataCodec DataDictionary::codec() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return codec_;
}

void DataDictionary::TrainLocked() {
  const std::string dictionary = DataCodec::Train(samples_);
  // Samples zstd cannot learn from (too few, or all alike) leave the data
  // plain; they are kept, and a later Finish() tries again with more.
  if (dictionary.empty()) return;
  codec_ = DataCodec(dictionary);
  samples_.clear();
  samples_.shrink_to_fit();
}

}  // namespace quorum
