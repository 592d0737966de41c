// SPDX-License-Identifier: MIT
// Offices as Spanish and French print them: in lower case, after an
// honorific or an article ("el señor presidente", "la ministra de Empleo y
// Seguridad Social", "el secretario de Estado de Hacienda", "le ministre de
// l'Intérieur", "la portavoz"), their complement the capitalised name of a
// portfolio. The capitalised offices are read by TagRoles().
#include <unordered_set>

#include "common/entities/entity_names.h"

namespace quorum::names {
namespace {

// Offices that are titles alone: "presidente", "ministra", "portavoz".
// Singular only: "los diputados", "señores ministros" speak of many.
bool IsRomanceOffice(std::string_view key) {
  static const std::unordered_set<std::string_view> kOffices = {
      // Spanish
      "presidente", "presidenta", "vicepresidente", "vicepresidenta", "ministro", "ministra", "portavoz", "diputado",
      "diputada", "senador", "senadora", "secretario", "secretaria", "candidato", "candidata", "consejero", "consejera",
      "vicesecretario", "vicesecretaria",
      // French
      "président", "présidente", "vice-président", "vice-présidente", "ministre", "porte-parole", "député", "députée",
      "sénateur", "sénatrice"};
  return kOffices.count(key) > 0;
}

// Offices that need a complement or an adjective to be one: "secretario
// general", "secretario de Estado", "candidato a la Presidencia".
bool NeedsComplement(std::string_view key) {
  return key == "secretario" || key == "secretaria" || key == "candidato" || key == "candidata" || key == "consejero" ||
         key == "consejera" || key == "vicesecretario" || key == "vicesecretaria";
}

bool IsMember(std::string_view key) {
  return key == "diputado" || key == "diputada" || key == "senador" || key == "senadora" || key == "député" ||
         key == "députée" || key == "sénateur" || key == "sénatrice";
}

bool IsPostAdjective(const Word& word) {
  static const std::unordered_set<std::string_view> kWords = {"general", "primero", "primera", "segundo",
                                                              "segunda", "tercero", "tercera", "adjunto",
                                                              "adjunta", "général", "générale"};
  return kWords.count(word.key) > 0;
}

// Honorifics, articles and demonstratives a title follows; a title after
// other words ("su presidente", "los presidentes") may name someone else
// or no one, and stays untagged.
bool IntroducesTitle(const Word& word) {
  static const std::unordered_set<std::string_view> kWords = {
      "el", "la", "señor", "señora", "don", "doña", "sr", "sra", "al", "del", "le", "l'", "du", "au", "madame",
      "monsieur", "m", "mme", "este", "esta", "como", "nuevo", "nueva", "actual", "futuro", "futura", "ce", "cette",
      "ex", "y", "e", "et", "de",
      // "a un presidente del Gobierno", "el primer secretario general",
      // "que sea ministra del Interior": a title said of someone.
      "un", "una", "une", "primer", "primera", "ser", "sea", "es", "fue", "era", "être", "est",
      // "el propio presidente", "le même ministre"
      "propio", "propia", "mismo", "misma", "même"};
  return kWords.count(word.lower) > 0;
}

// The complement from words[i]: "de/del/de la/a la" and the capitalised
// words of a portfolio, joined by "y"/"e"/"et" and by further "de"
// ("de Estado de Hacienda"). Stops before a place or a body ("presidente
// de Canarias", "presidenta del Consejo de Estado"): those are theirs.
size_t RomanceComplement(const std::vector<Word>& words, size_t i) {
  size_t end = i;
  size_t k = i;
  while (k < words.size() && words[k].spaced && Is(words, k, {"de", "del", "d'", "du", "des", "a", "à"})) {
    size_t j = k + 1;
    if (Is(words, j, {"la", "l'", "las", "los", "le", "les"})) {
      ++j;
    } else if (Is(words, k, {"a", "à"})) {
      break;  // "candidato a la Presidencia"; "dijo el presidente a Oscar" is no complement
    }
    std::string ignored;
    if (j >= words.size() || !words[j].spaced || !words[j].capital || words[j].all_caps ||
        MatchPlace(words, j, &ignored) > 0 || MatchOrganization(words, j, &ignored) > 0 || IsRomanceHead(words[j]) ||
        IsHeadWord(words[j]))
      break;
    while (j < words.size() && words[j].spaced && words[j].capital && !words[j].all_caps) {
      end = ++j;
      if (Is(words, j, {"y", "e", "et"}) && j + 1 < words.size() && words[j + 1].capital) ++j;
    }
    k = end;
  }
  return end;
}

}  // namespace

void TagRomanceRoles(std::string_view text, const std::vector<Word>& words, std::vector<EntitySpan>* out) {
  for (size_t i = 1; i < words.size(); ++i) {
    const Word& word = words[i];
    if (word.capital || !IsRomanceOffice(word.key)) continue;
    // "el señor presidente", "en mi condición de ministro"; or a person's
    // standing after the name: "Cándido Reguera Díaz, diputado del …".
    const bool introduced = word.spaced && IntroducesTitle(words[i - 1]);
    const bool after_name = !word.spaced && words[i - 1].capital && !words[i - 1].all_caps && word.start >= 2 &&
                            text.substr(word.start - 2, 2) == ", ";
    // "presidente Rajoy", "ministro Montoro": a title before a surname.
    std::string ignored;
    const bool before_name = i + 1 < words.size() && words[i + 1].spaced && words[i + 1].capital &&
                             !words[i + 1].all_caps && !IsFunctionWord(words[i + 1]) && !IsRomanceHead(words[i + 1]) &&
                             !IsHeadWord(words[i + 1]) && MatchPlace(words, i + 1, &ignored) == 0 &&
                             MatchOrganization(words, i + 1, &ignored) == 0;
    if (!introduced && !after_name && !before_name) continue;
    // "Una señora diputada: Ilegal": an interjection from the benches,
    // no one's standing; a member's title is a named person's.
    if (IsMember(word.key) && i >= 2 && Is(words, i - 2, {"un", "una", "une", "varios", "varias"})) continue;
    size_t end = i + 1;
    while (end < words.size() && words[end].spaced && IsPostAdjective(words[end])) ++end;
    end = std::max(end, RomanceComplement(words, end));
    if (NeedsComplement(word.key) && end == i + 1) continue;
    out->push_back({entity_type::kRole, word.start, words[end - 1].end,
                    Normalised(text.substr(word.start, words[end - 1].end - word.start))});
    i = end - 1;
  }
}

void LowerCaseLabelRoles(std::string_view text, std::vector<EntitySpan>* roles) {
  for (EntitySpan& role : *roles) {
    const std::vector<Word> words = ScanWords(text.substr(role.start, role.end - role.start));
    if (words.empty() || !words.front().all_caps || role.value.empty()) continue;
    // "PRESIDENTE:" -> "presidente": the office's first word, as the text
    // would print it in a sentence; the portfolio keeps its capitals.
    const size_t first_end = role.value.find(' ');
    const std::string head = role.value.substr(0, first_end);
    std::string lowered;
    for (const Word& w : ScanWords(head)) lowered += w.lower;
    if (lowered.size() == head.size()) role.value.replace(0, head.size(), lowered);
  }
}

}  // namespace quorum::names
