// SPDX-License-Identifier: MIT
// The words follow-up reads (see follow_up_text.h). The tables hold English,
// French and Spanish forms together: the forms do not collide across these
// languages, and a note's language need not be known to read it.
#include "common/requests/follow_up_text.h"

#include <array>
#include <cctype>

#include "common/base/note.h"
#include "common/text/tokeniser.h"

namespace quorum::follow_up {
namespace {

using WordSet = std::set<std::string, std::less<>>;

// Past forms of handing something over. Present and future forms are left
// out on purpose: "the Administration would provide" promises, it does not deliver.
const WordSet& DeliveryWords() {
  static const WordSet words = {// English
                                "presented", "introduced", "submitted", "circulated", "issued", "distributed",
                                "provided", "delivered", "transmitted", "published", "gave", "reported", "tabled",
                                // Spanish
                                "presentó", "presentado", "presentada", "presentados", "presentadas", "informó",
                                "distribuyó", "distribuido", "distribuida", "publicó", "publicado", "publicada",
                                "facilitó", "facilitado", "entregó", "entregado", "proporcionó", "expuso",
                                // French
                                "présenté", "présentée", "présentés", "présentées", "présenta", "distribué",
                                "distribuée", "publié", "publiée", "communiqué", "communiquée", "fourni", "fournie",
                                "rendu", "informé", "remis", "remise"};
  return words;
}

// A delivery word this close after one of these is a promise or a denial
// ("would be circulated", "had not been presented", "sera présenté").
constexpr size_t kBlockerReach = 3;
const WordSet& BlockerWords() {
  static const WordSet words = {"would",    "will", "shall", "should", "could",  "may",     "might",
                                "to",       "not",  "no",    "pas",    "sera",   "seront",  "serait",
                                "seraient", "será", "serán", "sería",  "serían", "pending", "yet"};
  return words;
}

// Participles that tie a cited meeting to what was asked there: "requested
// at the meeting of …", "as announced at …", "solicitado por el Comité en su reunión del …".
struct Cue {
  std::string_view word;
  std::string_view kind;
};
constexpr std::array kCues = {Cue{"requested", request_kind::kRequest},     Cue{"solicited", request_kind::kRequest},
                              Cue{"solicitado", request_kind::kRequest},    Cue{"solicitada", request_kind::kRequest},
                              Cue{"solicitados", request_kind::kRequest},   Cue{"solicitadas", request_kind::kRequest},
                              Cue{"pedido", request_kind::kRequest},        Cue{"pedida", request_kind::kRequest},
                              Cue{"demandé", request_kind::kRequest},       Cue{"demandée", request_kind::kRequest},
                              Cue{"demandés", request_kind::kRequest},      Cue{"demandées", request_kind::kRequest},
                              Cue{"undertaken", request_kind::kCommitment}, Cue{"promised", request_kind::kCommitment},
                              Cue{"announced", request_kind::kCommitment},  Cue{"pledged", request_kind::kCommitment},
                              Cue{"anunciado", request_kind::kCommitment},  Cue{"anunciada", request_kind::kCommitment},
                              Cue{"prometido", request_kind::kCommitment},  Cue{"prometida", request_kind::kCommitment},
                              Cue{"annoncé", request_kind::kCommitment},    Cue{"annoncée", request_kind::kCommitment},
                              Cue{"promis", request_kind::kCommitment},     Cue{"decided", request_kind::kDecision},
                              Cue{"agreed", request_kind::kDecision},       Cue{"decidido", request_kind::kDecision},
                              Cue{"acordado", request_kind::kDecision},     Cue{"décidé", request_kind::kDecision},
                              Cue{"convenu", request_kind::kDecision}};

// "previous meeting" in its word orders: adjective first (English, French
// "dernière réunion") or noun first (Spanish, French).
const WordSet& MeetingNouns() {
  static const WordSet words = {"meeting", "session", "reunión", "sesión", "réunion"};
  return words;
}

bool ReadsDelivery(const std::vector<std::string>& words) {
  for (size_t i = 0; i < words.size(); ++i) {
    if (!DeliveryWords().contains(words[i])) continue;
    bool blocked = false;
    for (size_t back = 1; back <= kBlockerReach && back <= i; ++back)
      blocked = blocked || BlockerWords().contains(words[i - back]);
    if (!blocked) return true;
  }
  return false;
}

std::string CueKind(const std::vector<std::string>& words) {
  for (const std::string& word : words)
    for (const Cue& cue : kCues)
      if (cue.word == word) return std::string(cue.kind);
  return {};
}

const WordSet& PreviousWordSet() {
  static const WordSet words(PreviousWords().begin(), PreviousWords().end());
  return words;
}

bool NamesPreviousMeeting(const std::vector<std::string>& words) {
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const bool adjective_first = PreviousWordSet().contains(words[i]) && MeetingNouns().contains(words[i + 1]);
    const bool noun_first = MeetingNouns().contains(words[i]) && PreviousWordSet().contains(words[i + 1]);
    if (adjective_first || noun_first) return true;
  }
  return false;
}

Sentence Read(std::string text) {
  Sentence sentence;
  sentence.words = Words(text);
  sentence.text = std::move(text);
  sentence.delivers = ReadsDelivery(sentence.words);
  // "reported" is how a thing was delivered; left in, it would match a deliverable "report".
  for (const std::string& word : sentence.words)
    if (!DeliveryWords().contains(word)) sentence.content.push_back(word);
  sentence.cue = CueKind(sentence.words);
  sentence.previous_meeting = NamesPreviousMeeting(sentence.words);
  return sentence;
}

}  // namespace

const std::vector<std::string>& PreviousWords() {
  static const std::vector<std::string> words = {"previous", "last",       "preceding", "anterior",
                                                 "pasada",   "précédente", "dernière"};
  return words;
}

std::vector<Sentence> ReadSentences(std::string_view text, const std::vector<std::string>& items) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    // ". X" with X a capital ends a sentence; "No. 214" and "para. 12" do not.
    if (text[i] == '.' && text[i + 1] == ' ' && std::isupper(static_cast<unsigned char>(text[i + 2]))) {
      parts.emplace_back(text.substr(start, i + 1 - start));
      start = i + 2;
    }
  }
  parts.emplace_back(text.substr(start));
  // Each item is read on its own: a list of thirty recommendations read as
  // one sentence would hold every word, and some delivery verb among them.
  const size_t own = parts.size();
  for (const std::string& item : items) parts.push_back(item);
  std::vector<Sentence> sentences;
  for (std::string& part : parts) {
    sentences.push_back(Read(std::move(part)));
    sentences.back().item = sentences.size() > own;
  }
  return sentences;
}

std::string CitedParagraph(std::string_view text, std::string_view symbol) {
  static constexpr std::string_view kNouns[] = {"paragraphs", "paragraph",   "para.",      "párrafos",
                                                "párrafo",    "paragraphes", "paragraphe", "\u00B6"};
  for (size_t at = text.find(symbol); at != std::string_view::npos; at = text.find(symbol, at + 1)) {
    std::string_view rest = text.substr(at + symbol.size());
    auto skip = [&rest](std::string_view chars) {
      while (!rest.empty() && chars.find(rest.front()) != std::string_view::npos) rest.remove_prefix(1);
    };
    skip(", ");
    if (rest.starts_with("\u00A0")) rest.remove_prefix(2);
    for (std::string_view noun : kNouns) {
      if (!rest.starts_with(noun)) continue;
      rest.remove_prefix(noun.size());
      skip(" ");
      if (rest.starts_with("\u00A0")) rest.remove_prefix(2);
      std::string number;
      while (!rest.empty() && std::isdigit(static_cast<unsigned char>(rest.front()))) {
        number += rest.front();
        rest.remove_prefix(1);
      }
      if (!number.empty()) return number;
    }
  }
  return {};
}

bool IsCheckedTask(std::string_view sentence) {
  // List and emphasis marks may precede the box ("- [x] …", "* **[x]** …").
  while (!sentence.empty() && (sentence.front() == ' ' || sentence.front() == '-' || sentence.front() == '*' ||
                               sentence.front() == '+' || sentence.front() == '_'))
    sentence.remove_prefix(1);
  return sentence.size() >= 3 && sentence[0] == '[' && (sentence[1] == 'x' || sentence[1] == 'X') && sentence[2] == ']';
}

}  // namespace quorum::follow_up
