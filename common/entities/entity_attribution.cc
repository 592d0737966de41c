// SPDX-License-Identifier: MIT
// Attribution, tagged as a role: how many spoke ("one delegate" ->
// speakers:one, "several delegations" -> speakers:some, "most members" ->
// speakers:many, "unanimously" -> speakers:all), in English, French and
// Spanish.
#include <unordered_set>

#include "common/entities/entity_names.h"

namespace quorum::names {

namespace {

struct Attribution {
  std::vector<std::string_view> words;  // lower-cased keys
  std::string_view value;
};

// Who spoke, by how many: English, French and Spanish phrasings.
const std::vector<Attribution>& Attributions() {
  static const std::vector<Attribution> kTable = {
      {{"a", "large", "number", "of", "*"}, "speakers:many"},
      {{"a", "number", "of", "*"}, "speakers:some"},
      {{"one", "*"}, "speakers:one"},
      {{"another", "*"}, "speakers:one"},
      {{"several", "*"}, "speakers:some"},
      {{"some", "*"}, "speakers:some"},
      {{"a", "few", "*"}, "speakers:some"},
      {{"many", "*"}, "speakers:many"},
      {{"numerous", "*"}, "speakers:many"},
      {{"most", "*"}, "speakers:many"},
      {{"the", "majority", "of", "*"}, "speakers:many"},
      {{"all", "*"}, "speakers:all"},
      {{"unanimously"}, "speakers:all"},
      {{"un", "autre", "*"}, "speakers:one"},
      {{"une", "autre", "*"}, "speakers:one"},
      {{"un", "*"}, "speakers:one"},
      {{"une", "*"}, "speakers:one"},
      {{"plusieurs", "*"}, "speakers:some"},
      {{"certaines", "*"}, "speakers:some"},
      {{"certains", "*"}, "speakers:some"},
      {{"de", "nombreuses", "*"}, "speakers:many"},
      {{"de", "nombreux", "*"}, "speakers:many"},
      {{"la", "plupart", "des", "*"}, "speakers:many"},
      {{"toutes", "les", "*"}, "speakers:all"},
      {{"tous", "les", "*"}, "speakers:all"},
      {{"à", "l'unanimité"}, "speakers:all"},
      {{"otro", "*"}, "speakers:one"},
      {{"otra", "*"}, "speakers:one"},
      {{"una", "*"}, "speakers:one"},
      {{"varias", "*"}, "speakers:some"},
      {{"varios", "*"}, "speakers:some"},
      {{"algunas", "*"}, "speakers:some"},
      {{"algunos", "*"}, "speakers:some"},
      {{"muchas", "*"}, "speakers:many"},
      {{"muchos", "*"}, "speakers:many"},
      {{"numerosas", "*"}, "speakers:many"},
      {{"la", "mayoría", "de", "las", "*"}, "speakers:many"},
      {{"todas", "las", "*"}, "speakers:all"},
      {{"por", "unanimidad"}, "speakers:all"},
      {{"unánimemente"}, "speakers:all"},
  };
  return kTable;
}

// "*": who can speak at a meeting.
bool IsSpeaker(const Word& word) {
  const std::string& lower = word.lower;
  static const std::unordered_set<std::string_view> kSpeakers = {
      "delegate",        "delegates",   "delegation",   "delegations",  "speaker",    "speakers",     "representative",
      "representatives", "participant", "participants", "délégué",      "délégués",   "déléguée",     "délégation",
      "délégations",     "delegado",    "delegados",    "delegada",     "delegación", "delegaciones", "orador",
      "oradores",        "member",      "members",      "membre",       "membres",    "miembro",      "miembros",
      "conseiller",      "conseillers", "conseillère",  "conseillères", "councillor", "councillors"};
  return kSpeakers.count(lower) > 0;
}

}  // namespace

void TagAttribution(std::string_view /*text*/, const std::vector<Word>& words, std::vector<EntitySpan>* out) {
  // The words a pattern can start with, to try the table only there.
  static const std::unordered_set<std::string_view> kFirst = [] {
    std::unordered_set<std::string_view> first;
    for (const Attribution& pattern : Attributions()) first.insert(pattern.words.front());
    return first;
  }();
  for (size_t i = 0; i < words.size(); ++i) {
    if (!kFirst.count(words[i].lower)) continue;
    for (const Attribution& pattern : Attributions()) {
      size_t k = i;
      bool matched = true;
      for (std::string_view expected : pattern.words) {
        if (k >= words.size() || (k > i && !words[k].spaced)) {
          matched = false;
        } else if (expected == "*") {
          // "a number of Member States" are States, not members speaking.
          matched = IsSpeaker(words[k]) &&
                    !(words[k].capital && k + 1 < words.size() && words[k + 1].capital && words[k + 1].spaced);
        } else {
          // Only the first letter may differ in case ("One delegate" / "one delegate").
          matched = words[k].lower == expected && (words[k].key == expected || k == i);
        }
        if (!matched) break;
        ++k;
      }
      if (!matched) continue;
      // "adopted ... unanimously by the Parliament" tells how a vote went, not who spoke.
      if (pattern.words.size() == 1 &&
          (Is(words, k, {"by", "adopted", "approved", "to"}) ||
           (i > 0 &&
            Is(words, i - 1, {"was", "were", "been", "be", "voted", "agreed", "approved", "adopted", "decided"}))))
        continue;
      out->push_back({entity_type::kRole, words[i].start, words[k - 1].end, std::string(pattern.value)});
      i = k - 1;
      break;
    }
  }
}

}  // namespace quorum::names
