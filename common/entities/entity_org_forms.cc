// SPDX-License-Identifier: MIT
// Organisations by form rather than by list: a capitalised name built on
// an organisational head ("Bank of Canada", "Federal Open Market
// Committee", "Conseil Départemental", "Tribunal de grande instance de
// Digne-les-Bains"). No list of a body's names can hold every body's;
// their form can. References back to them: entity_org_references.cc.
#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "common/text/date_words.h"
#include "common/entities/entity_names.h"

namespace quorum::names {

// Heads the acronym tables do not need but names by form do.
bool IsFormHead(std::string_view key) {
  // Heads that name a programme, a process or a force as often as a body.
  static const std::unordered_set<std::string_view> kNotAlone = {
      "Programme", "Program", "Programa", "Mechanism", "Dialogue",  "Diálogo",   "Partnership", "Partenariat",
      "Entity",    "Nations", "Network",  "Réseau",    "Movement",  "Mouvement", "Movimiento",  "Front",
      "Frente",    "Army",    "Armée",    "Ejército",  "Forces",    "Fuerzas",   "Cross",       "Crescent",
      "Mission",   "Party",   "Parti",    "Partido",   "Coalition", "Coalición", "Alliance",    "Alianza"};
  if (kNotAlone.count(key) > 0) return false;
  static const std::unordered_set<std::string_view> kHeads = {
      "Ministry", "Ministère", "Ministerio", "Division",  "Syndicat",  "Amicale",   "Caisse",
      "Brigade",  "Junta",     "Congress",   "Congreso",  "Senate",    "Sénat",     "Senado",
      "Chamber",  "Chambre",   "Cámara",     "Direction", "Dirección", "Préfecture"};
  return kHeads.count(key) > 0 || IsOrganizationHead(key);
}

// A head, or its plural ("Federal Reserve Banks", "Caisses d'épargne").
bool IsHeadWord(const Word& word) {
  if (!word.capital || word.all_caps) return false;
  if (IsFormHead(word.key)) return true;
  const std::string& key = word.key;
  return key.size() > 4 && key.back() == 's' && IsFormHead(std::string_view(key).substr(0, key.size() - 1));
}

// Heads of French and Spanish names, which are built head first, their
// complements in lower case: "Agence de financement des collectivités".
bool IsRomanceHead(const Word& word) {
  static const std::unordered_set<std::string_view> kHeads = {
      "Conseil",    "Comité",     "Commission", "Assemblée",  "Agence",     "Banque",    "Centre",     "Fondation",
      "Ligue",      "Tribunal",   "Syndicat",   "Amicale",    "Caisse",     "Caisses",   "Société",    "Association",
      "Union",      "Fédération", "Ministère",  "Direction",  "Institut",   "Cour",      "Chambre",    "Communauté",
      "Brigades",   "Comisión",   "Consejo",    "Junta",      "Ministerio", "Agencia",   "Banco",      "Fundación",
      "Asociación", "Sociedad",   "Cámara",     "Dirección",  "Federación", "Instituto", "Préfecture", "Grupo",
      "Groupe",     "Partido",    "Parti",      "Parlamento", "Parlement"};
  return kHeads.count(word.key) > 0;
}

namespace {

// Words that make a head a kind of body rather than a name ("Working Group").
bool IsGenericModifier(const Word& word) {
  static const std::unordered_set<std::string_view> kWords = {"Working",   "Expert",   "Steering",  "Advisory",
                                                              "Executive", "Standing", "Technical", "Drafting"};
  return kWords.count(word.key) > 0;
}

bool NamesPlace(const std::vector<Word>& words, size_t from, size_t to) {
  std::string ignored;
  for (size_t i = from; i < to; ++i)
    if (MatchPlace(words, i, &ignored) > 0) return true;
  return false;
}

// Lower-case adjectives that stay in a French or Spanish body's name.
bool IsNameAdjective(const Word& word) {
  static const std::unordered_set<std::string_view> kAdjectives = {
      "municipal",     "général",         "générale",      "départemental", "régional",  "régionale", "national",
      "nationale",     "communautaire",   "postale",       "mixte",         "technique", "paritaire", "communal",
      "intercommunal", "constitutionnel", "administratif", "general",       "nacional"};
  return kAdjectives.count(word.key) > 0;
}

bool IsRomancePreposition(const Word& word) {
  static const std::unordered_set<std::string_view> kWords = {"de",   "du",  "des", "d'",  "contre",
                                                              "pour", "sur", "del", "para"};
  return kWords.count(word.key) > 0;
}

// A month's full name printed in lower case, as French and Spanish print
// them: the date grammar's table (date_words.h), not a list of its own.
bool IsLowerMonth(const Word& word) {
  bool ambiguous = false, full = false;
  return date_words::Month(word.key, &ambiguous, &full) != 0 && full;
}

bool IsArticle(const Word& word) {
  static const std::unordered_set<std::string_view> kWords = {"la", "le", "les", "l'", "el", "los", "las", "the"};
  return kWords.count(word.key) > 0;
}

// The end of an English name whose head is words[head]: more heads
// ("Forum Secretariat"), then complements "of/on/for (the) Capitalised …".
// Returns 0 when a capitalised word that is not a head follows the head
// ("Mutual Banks Act", "Council Resolution"): the head qualifies another noun.
size_t EnglishNameEnd(const std::vector<Word>& words, const std::vector<bool>& named, size_t head) {
  size_t end = head + 1;
  while (end < words.size() && words[end].spaced && IsHeadWord(words[end])) ++end;
  if (end < words.size() && words[end].spaced && words[end].capital && !words[end].all_caps &&
      !IsFunctionWord(words[end]) && words[end].key != "'s")
    return 0;
  while (end < words.size() && words[end].spaced && Is(words, end, {"of", "on", "for"}) &&
         words[end].key == words[end].lower) {
    size_t j = end + 1;
    if (Is(words, j, {"the"})) ++j;
    if (j >= words.size() || !words[j].spaced || !words[j].capital || IsFunctionWord(words[j]) || named[j]) break;
    // "of Trade and Industry", "of the Federal Reserve System"; not "and
    // the National Commission" (another body) nor into a known name.
    size_t k = j;
    while (k < words.size() && words[k].spaced && !named[k] &&
           (words[k].capital || (Is(words, k, {"and"}) && k + 1 < words.size() && words[k + 1].capital) ||
            (Is(words, k, {"of"}) && k + 1 < words.size() && (words[k + 1].capital || Is(words, k + 1, {"the"}))) ||
            (Is(words, k, {"the"}) && k > j && Is(words, k - 1, {"of"}))))
      ++k;
    while (k > j && !words[k - 1].capital) --k;
    // "Federal Reserve Banks of Boston, St. Louis, and Kansas City": a
    // plural head shared out over a list; the name is the head's.
    if (!IsFormHead(words[head].key) && k < words.size() && !words[k].spaced) break;
    end = k;
  }
  return end;
}

// The end of a French or Spanish name from its head: capitalised or
// listed adjectives, then groups "de (la) …" of capitalised words or at
// most three lower-case ones.
size_t RomanceNameEnd(const std::vector<Word>& words, size_t head) {
  size_t end = head + 1;
  while (end < words.size() && words[end].spaced &&
         ((words[end].capital && !words[end].all_caps && words[end].key.size() > 1 && !IsFunctionWord(words[end])) ||
          IsNameAdjective(words[end])))
    ++end;
  while (end < words.size() && words[end].spaced && IsRomancePreposition(words[end])) {
    size_t j = end + 1;
    if (j < words.size() && IsArticle(words[j])) ++j;
    size_t lower = 0;
    size_t k = j;
    // Lower-case words only before the capitalised ones: "de loisirs Léo
    // Lagrange", not "... Lagrange été 2012" nor "... de la Bléone propose".
    // Not a date ("Consejo de noviembre de 2019"), a number sign ("N.º")
    // nor a day ("Cámara para el próximo día 25").
    bool capitals = false;
    while (k < words.size() && words[k].spaced && !IsRomancePreposition(words[k]) && !IsArticle(words[k]) &&
           !words[k].all_caps && words[k].key.size() > 1 && !IsLowerMonth(words[k]) &&
           !std::isdigit(static_cast<unsigned char>(words[k].key[0])) &&
           (words[k].capital || (!capitals && ++lower <= 3)) && !Is(words, k, {"et", "y", "ou", "o"})) {
      capitals = capitals || words[k].capital;
      ++k;
      // "de Presupuesto y Finanzas": capitals joined by "y" / "et".
      if (capitals && Is(words, k, {"et", "y"}) && k + 1 < words.size() && words[k + 1].capital) k += 1;
    }
    if (k == j) break;
    // "Cámara para el próximo día 25": lower-case words before a number
    // say when, not whose.
    if (!capitals && k < words.size() && words[k].spaced && std::isdigit(static_cast<unsigned char>(words[k].key[0])))
      break;
    end = k;
  }
  return end;
}

// "IU", "ICV-EUiA": a party's acronym, two capitals or more.
bool IsAcronymLike(const Word& word) {
  int capitals = 0;
  for (char c : word.key) capitals += c >= 'A' && c <= 'Z';
  return word.capital && capitals >= 2;
}

// A parliament's groups and parties: "Grupo Parlamentario Socialista",
// "Groupe socialiste", "Partido Popular".
bool IsGroupHead(const Word& word) {
  return word.key == "Grupo" || word.key == "Groupe" || word.key == "Partido" || word.key == "Parti";
}

// A group's name goes on where a chamber's groups print more: the party
// in brackets ("Grupo Parlamentario Vasco (EAJ-PNV)") and the chamber
// ("Grupo Parlamentario Popular en el Congreso"). Returns the new end (in
// words) and sets *text_end past a closing bracket.
size_t GroupNameEnd(std::string_view text, const std::vector<Word>& words, size_t end, size_t* text_end) {
  // "Grupo Parlamentario VOX": a party's name in capitals.
  if (end < words.size() && words[end].spaced && words[end].all_caps && IsAcronymLike(words[end])) {
    ++end;
    *text_end = words[end - 1].end;
  }
  // A coalition's group: "Grupo Parlamentario de IU, ICV-EUiA, CHA: La
  // Izquierda Plural", its parties' acronyms, then the group's own name.
  if (Is(words, end, {"de"}) && end + 1 < words.size() && words[end + 1].all_caps) {
    size_t k = end + 1;
    while (k + 1 < words.size() && text.substr(words[k].end, 2) == ", " && IsAcronymLike(words[k + 1])) ++k;
    if (k + 1 < words.size() && text.substr(words[k].end, 2) == ": " && words[k + 1].capital) {
      ++k;
      while (k + 1 < words.size() && words[k + 1].spaced && words[k + 1].capital) ++k;
    }
    end = k + 1;
    *text_end = words[k].end;
  }
  if (end + 2 < words.size() && Is(words, end, {"en"}) && IsArticle(words[end + 1]) && IsHeadWord(words[end + 2]) &&
      words[end].spaced && words[end + 2].spaced) {
    end += 3;
    *text_end = words[end - 1].end;
  }
  if (end < words.size() && text.substr(words[end - 1].end, 2) == " (" && words[end].capital) {
    const size_t close = text.find(')', words[end].start);
    // A short bracket of names, nothing else: not "(Montoro Romero) expone".
    if (close != std::string_view::npos && close - words[end].start <= 40 &&
        text.substr(words[end].start, close - words[end].start).find_first_of("(;:.") == std::string_view::npos) {
      while (end < words.size() && words[end].end <= close) ++end;
      *text_end = close + 1;
    }
  }
  return end;
}

// "Grupo Mixto" after "Grupo Parlamentario Mixto": a name the note gave in
// full, then without the word that qualified its head, takes the full
// name. Records each name of three words or more under its short form.
void RememberOrShorten(const std::vector<Word>& words, size_t from, size_t to, EntityContext* context,
                       std::string* value) {
  if (to - from >= 3 && words[from + 1].capital) {
    context->short_names[words[from].key + " " + Join(words, from + 2, to)] = *value;
    return;
  }
  const auto full = context->short_names.find(*value);
  if (full != context->short_names.end()) *value = full->second;
}

void AddName(const std::vector<Word>& words, size_t from, size_t to, std::string value, std::vector<bool>* named,
             std::vector<std::pair<size_t, size_t>>* found, std::vector<EntitySpan>* out) {
  out->push_back({entity_type::kOrganization, words[from].start, words[to - 1].end, std::move(value)});
  found->push_back({from, to});
  for (size_t k = from; k < to; ++k) (*named)[k] = true;
}

// "Conseil municipal" as the note names its body, whatever the case.
std::string Capitalised(std::string value) {
  if (!value.empty() && value[0] >= 'a' && value[0] <= 'z') value[0] = static_cast<char>(value[0] - 'a' + 'A');
  if (value.compare(0, 2, "\xC3\xA9") == 0) value.replace(0, 2, "\xC3\x89");  // é -> É
  return value;
}

bool SameLetters(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

}  // namespace

std::string TitleCase(std::string_view word) {
  std::string out(word);
  bool first = true;
  for (char& c : out) {
    if (c == '-' || c == '\'') {
      first = true;
      continue;
    }
    if (!first && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    first = false;
  }
  return out;
}

std::string NameHead(const std::vector<Word>& words, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    if (!IsHeadWord(words[i]) && !IsRomanceHead(words[i])) continue;
    std::string head = words[i].key;
    if (!IsFormHead(head) && head.back() == 's') head.pop_back();
    return head;
  }
  return "";
}

void TagOrganizationForms(std::string_view text, const std::vector<Word>& words, EntityContext* context,
                          std::vector<bool>* named, std::vector<std::pair<size_t, size_t>>* found,
                          std::vector<EntitySpan>* out) {
  for (size_t h = 0; h < words.size(); ++h) {
    if ((*named)[h]) continue;
    // "le conseil municipal", "conseil général": a French council named in
    // lower case, as French writes it; the note's body when it is that.
    if (words[h].key == "conseil" && h + 1 < words.size() && words[h + 1].spaced && IsNameAdjective(words[h + 1])) {
      std::string value = Capitalised(Normalised(text.substr(words[h].start, words[h + 1].end - words[h].start)));
      if (SameLetters(value, context->body)) value = context->body;
      AddName(words, h, h + 2, value, named, found, out);
      ++h;
      continue;
    }
    if (!words[h].capital || words[h].all_caps) continue;
    if (IsRomanceHead(words[h]) && context->language != "en") {
      size_t end = RomanceNameEnd(words, h);
      if (end == h + 1) continue;  // a bare head: TagOrganizationReferences
      size_t text_end = words[end - 1].end;
      if (IsGroupHead(words[h])) end = GroupNameEnd(text, words, end, &text_end);
      std::string value = Normalised(text.substr(words[h].start, text_end - words[h].start));
      RememberOrShorten(words, h, end, context, &value);
      AddName(words, h, end, value, named, found, out);
      h = end - 1;
      continue;
    }
    if (!IsHeadWord(words[h])) continue;
    // The capitalised words before the head that qualify it: "Swiss
    // National Bank", "Portfolio Committee", "Selected Bank".
    size_t start = h;
    while (start > 0 && start + 4 > h && words[start].spaced && words[start - 1].capital &&
           !words[start - 1].all_caps && !IsFunctionWord(words[start - 1]) && words[start - 1].key != "'s" &&
           !(*named)[start - 1])
      --start;
    const size_t end = EnglishNameEnd(words, *named, h);
    if (end == 0 || (start == h && end == h + 1)) continue;
    // "the Working Group", "the Steering Committee": a kind of body, not
    // one body's name; a short form of a name the note gave in full.
    if (start + 1 == h && end == h + 1 && IsGenericModifier(words[start])) continue;
    // "National Human Rights Commission", "National Lotteries Board": every
    // State has one, and the name does not say whose (tests/entities/README.md);
    // "National Bank of Denmark" does.
    if (words[start].key == "National" && !NamesPlace(words, start, end)) continue;
    AddName(words, start, end, Normalised(text.substr(words[start].start, words[end - 1].end - words[start].start)),
            named, found, out);
    h = end - 1;
  }
}

}  // namespace quorum::names
