// SPDX-License-Identifier: MIT
// WordNet 3.0's file formats (wndb(5WN)): index.POS lines "lemma pos
// synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...",
// sorted by lemma, offsets most frequent sense first; data.POS lines start
// at their byte offset: "offset lex_filenum ss_type w_cnt(hex) word lex_id ...".
#include "query/thesaurus.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace quorum {
namespace {

constexpr const char* kParts[] = {"noun", "verb", "adj"};

// The first whole line starting at or after byte `position` of `file`.
std::string LineFrom(std::ifstream& file, std::streamoff position) {
  file.clear();
  file.seekg(position > 0 ? position - 1 : 0);
  std::string line;
  if (position > 0) std::getline(file, line);  // up to the end of the line `position - 1` is in
  if (!std::getline(file, line)) return {};
  return line;
}

// The line of the sorted `file` whose first field is `key`, or "": a binary
// search for the first line whose first field is not below `key` (the
// licence lines at the top start with a space, an empty field, below all).
std::string FindLine(std::ifstream& file, const std::string& key) {
  file.seekg(0, std::ios::end);
  std::streamoff low = 0, high = file.tellg();
  auto lemma = [](const std::string& line) { return line.substr(0, line.find(' ')); };
  while (low < high) {
    const std::streamoff middle = low + (high - low) / 2;
    const std::string line = LineFrom(file, middle);
    if (line.empty() || lemma(line) >= key) {
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  const std::string line = LineFrom(file, low);
  return lemma(line) == key ? line : std::string();
}

// Base forms to try for an inflected word, the word itself first.
std::vector<std::string> BaseForms(const std::string& word) {
  std::vector<std::string> forms = {word};
  auto ends = [&](const std::string& suffix) {
    return word.size() > suffix.size() + 2 && word.compare(word.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  auto strip = [&](size_t n, const std::string& add) { forms.push_back(word.substr(0, word.size() - n) + add); };
  if (ends("ies")) strip(3, "y");
  if (ends("es")) strip(2, "");
  if (ends("s") && !ends("ss")) strip(1, "");
  if (ends("ed")) {
    strip(2, "");
    strip(1, "");
  }
  if (ends("ing")) {
    strip(3, "");
    strip(3, "e");
  }
  return forms;
}

}  // namespace

std::string Thesaurus::DefaultFolder() {
  const char* folder = std::getenv("QUORUM_WORDNET");
  return folder && *folder ? folder : "/usr/share/wordnet";
}

Thesaurus::Thesaurus(std::string folder) : folder_(std::move(folder)) {
  available_ = std::ifstream(folder_ + "/index.noun").good() && std::ifstream(folder_ + "/data.noun").good();
}

std::vector<std::string> Thesaurus::SenseWords(const std::string& part, const std::string& lemma) const {
  std::ifstream index(folder_ + "/index." + part);
  const std::string line = FindLine(index, lemma);
  if (line.empty()) return {};
  // The last synset_cnt fields are the offsets, most frequent sense first.
  std::istringstream fields(line);
  std::vector<std::string> words;
  for (std::string field; fields >> field;) words.push_back(field);
  if (words.size() < 4) return {};
  const size_t senses = std::strtoul(words[2].c_str(), nullptr, 10);
  if (senses == 0 || senses > words.size()) return {};
  const std::string offset = words[words.size() - senses];
  std::ifstream data(folder_ + "/data." + part);
  data.seekg(static_cast<std::streamoff>(std::strtoll(offset.c_str(), nullptr, 10)));
  std::string synset;
  if (!std::getline(data, synset) || synset.rfind(offset + ' ', 0) != 0) return {};
  std::istringstream entry(synset);
  std::string skip, count;
  entry >> skip >> skip >> skip >> count;
  const unsigned long members = std::strtoul(count.c_str(), nullptr, 16);
  std::vector<std::string> result;
  for (unsigned long i = 0; i < members; ++i) {
    std::string word, lex_id;
    if (!(entry >> word >> lex_id)) break;
    word = word.substr(0, word.find('('));  // adjective markers: "(a)", "(p)"
    std::replace(word.begin(), word.end(), '_', ' ');
    std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return std::tolower(c); });
    if (word != lemma) result.push_back(word);
  }
  return result;
}

std::vector<std::string> Thesaurus::Synonyms(const std::string& word, size_t limit) const {
  std::vector<std::string> synonyms;
  if (!available_ || word.empty()) return synonyms;
  for (const char* part : kParts) {
    for (const std::string& form : BaseForms(word)) {
      const std::vector<std::string> found = SenseWords(part, form);
      if (found.empty()) continue;
      for (const std::string& synonym : found)
        if (synonyms.size() < limit && std::find(synonyms.begin(), synonyms.end(), synonym) == synonyms.end() &&
            synonym != word)
          synonyms.push_back(synonym);
      break;  // the first base form WordNet knows
    }
  }
  return synonyms;
}

}  // namespace quorum
