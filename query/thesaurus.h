// SPDX-License-Identifier: MIT
// English synonyms from WordNet, as Debian's wordnet-base installs it
// (/usr/share/wordnet): a researcher who types "salary" also finds
// "remuneration". Read from the files on demand, by binary search of the
// sorted index files and a seek into the data files, so a search pays a few
// reads, not the loading of the whole database.
#pragma once

#include <string>
#include <vector>

namespace quorum {

class Thesaurus {
 public:
  /// WordNet in `folder`; $QUORUM_WORDNET, else /usr/share/wordnet, by
  /// default. Without it, Synonyms() is always empty.
  explicit Thesaurus(std::string folder = DefaultFolder());

  /// The other words of `word`'s most frequent sense as a noun, a verb and
  /// an adjective (WordNet lists senses by frequency), at most `limit`,
  /// multi-word ones with spaces ("food waste"). `word` is a lower-case
  /// English word; a plural or inflected form is looked up by its base form
  /// (WordNet's exception lists and detachment rules, in part).
  std::vector<std::string> Synonyms(const std::string& word, size_t limit) const;

  bool available() const { return available_; }
  static std::string DefaultFolder();

 private:
  std::vector<std::string> SenseWords(const std::string& part, const std::string& lemma) const;
  std::string folder_;
  bool available_ = false;
};

}  // namespace quorum
