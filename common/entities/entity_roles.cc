// SPDX-License-Identifier: MIT
// Roles: offices as printed ("Deputy Director General", "Minister for
// Foreign Affairs", "Special Representative of the Secretary-General for
// International Migration"), in any case ("The CHAIRMAN", "le maire").
// Attribution (how many spoke) is in entity_attribution.cc.
#include <unordered_set>

#include "common/entities/entity_names.h"

namespace quorum::names {
namespace {

// Words naming an office. An office is tagged when printed as a title,
// with a capital; "the head of delegation" is a description, not a title.
bool IsHeadKey(std::string_view key) {
  static const std::unordered_set<std::string_view> kHeads = {"Economist",
                                                              "Counsel",
                                                              "Manager",
                                                              "Member",
                                                              "Chairperson",
                                                              "Chairman",
                                                              "Chairwoman",
                                                              "Chair",
                                                              "Vice-Chair",
                                                              "Vice-Chairperson",
                                                              "Vice-Chairman",
                                                              "Co-Chair",
                                                              "President",
                                                              "Vice-President",
                                                              "Secretary-General",
                                                              "Under-Secretary-General",
                                                              "Secretary",
                                                              "Minister",
                                                              "Vice-Minister",
                                                              "Director-General",
                                                              "Director",
                                                              "Ambassador",
                                                              "Representative",
                                                              "Rapporteur",
                                                              "Envoy",
                                                              "Expert",
                                                              "Commissioner",
                                                              "Adviser",
                                                              "Advisor",
                                                              "Head",
                                                              "Attorney",
                                                              "Attorney-General",
                                                              "Justice",
                                                              "Governor",
                                                              "Mayor",
                                                              "Officer",
                                                              "Clerk",
                                                              "Treasurer",
                                                              "Councilman",
                                                              "Councilmen",
                                                              "Councilwoman",
                                                              "Councilmember",
                                                              "Councillor",
                                                              "Alderman",
                                                              "Speaker",
                                                              "Coordinator",
                                                              "Facilitator",
                                                              "Prosecutor",
                                                              "Prosecutor-General",
                                                              "Procurator",
                                                              "King",
                                                              "Queen",
                                                              "Emir",
                                                              "Sultan",
                                                              "Président",
                                                              "Présidente",
                                                              "Vice-Président",
                                                              "Vice-Présidente",
                                                              "Directeur",
                                                              "Directrice",
                                                              "Conseiller",
                                                              "Conseillère",
                                                              "Ministre",
                                                              "Secrétaire",
                                                              "Ambassadeur",
                                                              "Représentant",
                                                              "Représentante",
                                                              "Presidente",
                                                              "Presidenta",
                                                              "Vicepresidente",
                                                              "Vicepresidenta",
                                                              "Directora",
                                                              "Ministro",
                                                              "Ministra",
                                                              "Secretario",
                                                              "Secretaria",
                                                              "Relator",
                                                              "Relatora",
                                                              "Embajador",
                                                              "Embajadora",
                                                              "Representante"};
  return kHeads.count(key) > 0;
}

// The all-caps speaker labels of summary records and Hansards ("The
// CHAIRMAN", "The ACTING DIRECTOR-GENERAL") are read as their title case,
// written into `buffer`; any other word is read as it is, without a copy.
std::string_view KeyOf(const Word& word, std::string* buffer) {
  if (!word.all_caps) return word.key;
  *buffer = TitleCase(word.key);
  return *buffer;
}

// An office, or offices ("Vice-Presidents", "Co-Chairs", "Associate
// Economists"). Most words are lower case: rejected first.
bool IsHead(const Word& word) {
  if (!word.capital) return false;
  std::string buffer;
  const std::string_view key = KeyOf(word, &buffer);
  if (IsHeadKey(key)) return true;
  return key.size() > 4 && key.back() == 's' && key != "Speakers" && IsHeadKey(key.substr(0, key.size() - 1));
}

// Offices that are titles only with a word before or after them: "Head
// of Delegation", "Independent Expert", "Attorney General", "Chief Justice".
bool NeedsMore(const Word& word) {
  std::string buffer;
  const std::string_view key = KeyOf(word, &buffer);
  return key == "Head" || key == "Expert" || key == "Attorney" || key == "Justice" || key == "Speaker" ||
         key == "Member" || key == "Members" || key == "Officer";
}

bool IsModifier(const Word& word) {
  static const std::unordered_set<std::string_view> kModifiers = {
      "Deputy",    "Vice",      "Acting",      "Assistant", "Senior",    "Chief",          "Permanent",  "Special",
      "Executive", "Principal", "Associate",   "State",     "Prime",     "Policy",         "Legal",      "Regional",
      "Resident",  "Under",     "Independent", "High",      "Co",        "Foreign",        "Public",     "Interim",
      "Alternate", "Council",   "City",        "Operating", "Financial", "Administrative", "Information"};
  if (!word.capital) return false;
  std::string buffer;
  return kModifiers.count(KeyOf(word, &buffer)) > 0;
}

// Words after an office that belong to its title: "Director General",
// "Directeur général adjoint", "Directora General Adjunta".
bool IsPostModifier(const Word& word) {
  static const std::unordered_set<std::string_view> kPost = {
      "General",  "Général",    "général",    "générale", "Générale", "adjoint",   "adjointe",  "Adjoint",
      "Adjointe", "principal",  "principale", "Adjunto",  "Adjunta",  "adjunto",   "adjunta",   "Especial",
      "especial", "Permanente", "permanente", "spécial",  "spéciale", "permanent", "permanente"};
  std::string buffer;
  return kPost.count(KeyOf(word, &buffer)) > 0;
}

// Capitalised words after a comma that start something else than the rest
// of an office's title: "Minister of Justice, H.E. Mr. ...", "..., Ministry of ...".
bool StopsTitle(const Word& word) {
  static const std::unordered_set<std::string_view> kStops = {
      "Ministry", "Department", "Office",     "Mission", "Permanent", "H",      "Mr",  "Mrs", "Ms",
      "Dr",       "Hon",        "Lieutenant", "General", "Chief",     "Sheikh", "His", "Her", "The"};
  if (kStops.count(word.key) > 0) return true;
  return (IsHead(word) && !NeedsMore(word)) || IsModifier(word);
}

// Does a name with an organisational head begin at words[j]? ("Board",
// "Federal Reserve Banks", "Supreme Court"; not "Trade and Industry".)
bool StartsNameByForm(const std::vector<Word>& words, size_t j) {
  for (size_t k = j;
       k < words.size() && k < j + 5 && words[k].capital && !words[k].all_caps && (k == j || words[k].spaced); ++k) {
    const std::string& key = words[k].key;
    if (IsOrganizationHead(key) ||
        (key.size() > 4 && key.back() == 's' && IsOrganizationHead(std::string_view(key).substr(0, key.size() - 1))))
      return true;
  }
  return false;
}

bool StartsPlaceOrOrganization(const std::vector<Word>& words, size_t i) {
  std::string ignored;
  if (MatchPlace(words, i, &ignored) > 0 || MatchOrganization(words, i, &ignored) > 0 ||
      (words[i].all_caps && !KnownAcronym(words[i].key).empty()))
    return true;
  // "Republic of Colombia", "State of Kuwait", "Bolivarian Republic of ...".
  size_t k = i;
  if (k + 1 < words.size() && Is(words, k + 1, {"republic", "kingdom", "state"})) ++k;
  if (!Is(words, k, {"republic", "kingdom", "state"}) || !Is(words, k + 1, {"of"})) return false;
  k += Is(words, k + 2, {"the"}) ? 3u : 2u;
  return k < words.size() && MatchPlace(words, k, &ignored) > 0;
}

// After "Minister for Defence," do more words of the title follow, closed
// by "and" ("Justice and Security"), or something else (a name)?
bool ListGoesOn(const std::vector<Word>& words, size_t j) {
  const size_t first = j;
  while (j < words.size() && words[j].capital && (j == first || words[j].spaced)) ++j;
  return Is(words, j, {"and"}) && j + 1 < words.size() && words[j + 1].capital;
}

// The complement of an office from words[i] ("of", "for", "to", "on"
// followed by a capitalised title): returns the end of the title, or i.
size_t Complement(std::string_view text, const std::vector<Word>& words, size_t i) {
  size_t end = i;
  size_t k = i;
  while (k < words.size() && words[k].spaced &&
         (Is(words, k, {"of", "for", "to", "on"}) || (Is(words, k, {"and", "or", "with", "against"}) && end > i))) {
    size_t j = k + 1;
    if (Is(words, j, {"the"})) ++j;
    // "Special Adviser to the Board", "Presidents of the Federal Reserve
    // Banks": the title stops where a body's name begins.
    if (j < words.size() && StartsNameByForm(words, j)) break;
    // "... and the Special Rapporteur": another office.
    if (Is(words, k, {"and", "or"}) && j < words.size() && StopsTitle(words[j])) break;
    if (j >= words.size() || !words[j].spaced || !words[j].capital || IsFunctionWord(words[j]) ||
        StartsPlaceOrOrganization(words, j))
      break;
    // The capitalised words of the title, across "Defence, Justice and
    // Security"; an all-caps label's title stays in capitals ("MINISTER OF
    // COMMUNICATIONS Hon member").
    const bool caps = i > 0 && words[i - 1].all_caps;
    while (j < words.size() && words[j].capital && (!caps || words[j].all_caps) &&
           !StartsPlaceOrOrganization(words, j)) {
      end = j + 1;
      ++j;
      if (j < words.size() && text.substr(words[j - 1].end, 2) == ", " && words[j].capital && !StopsTitle(words[j]) &&
          !StartsPlaceOrOrganization(words, j) && ListGoesOn(words, j))
        continue;
      if (j < words.size() && !words[j].spaced) break;
    }
    k = end;
  }
  return end;
}

bool AfterComma(std::string_view text, const Word& word) {
  return word.start >= 2 && text.substr(word.start - 2, 2) == ", ";
}

// Where the office begins after up to two capitalised words that qualify
// it ("Senior Research Advisor"): the office's index, or `i` when none.
size_t FreeModifiers(const std::vector<Word>& words, size_t i) {
  std::string ignored;
  for (size_t k = i; k < words.size() && k < i + 3; ++k) {
    if (k > i && !words[k].spaced) break;
    if (IsHead(words[k])) return k;
    if (!words[k].capital || IsFunctionWord(words[k]) || MatchPlace(words, k, &ignored) > 0 ||
        MatchOrganization(words, k, &ignored) > 0 || (StopsTitle(words[k]) && !IsModifier(words[k])))
      break;
  }
  return i;
}

// The office as a title: as printed, but an all-caps label in title case
// with its small words in lower case ("CHAIRPERSON OF COMMITTEES" ->
// "Chairperson of Committees").
std::string RoleValue(std::string_view text, const std::vector<Word>& words, size_t from, size_t to) {
  std::string value(text.substr(words[from].start, words[to - 1].end - words[from].start));
  bool caps = false;
  for (size_t k = from; k < to; ++k) caps = caps || words[k].all_caps;
  if (!caps) return Normalised(value);
  for (size_t k = from; k < to; ++k) {
    const bool small = words[k].lower == "of" || words[k].lower == "for" || words[k].lower == "to" ||
                       words[k].lower == "on" || words[k].lower == "and" || words[k].lower == "the";
    if (!words[k].all_caps && !small) continue;
    const std::string cased = small ? words[k].lower : TitleCase(words[k].text);
    value.replace(words[k].start - words[from].start, cased.size(), cased);
  }
  return Normalised(value);
}

// Offices written in lower case, as French always and English often
// writes them: "le maire", "conseiller municipal", "the chairperson of
// the Board", "2ème adjoint". Only words that name nothing else.
void TagLowerCaseRoles(std::string_view text, const std::vector<Word>& words, std::vector<EntitySpan>* out) {
  static const std::unordered_set<std::string_view> kAlone = {"chairperson", "chairman", "chairwoman",
                                                              "maire",       "alcalde",  "alcaldesa"};
  static const std::unordered_set<std::string_view> kWithAdjective = {"conseiller",   "conseillère", "conseillers",
                                                                      "conseillères", "secrétaire",  "concejal"};
  static const std::unordered_set<std::string_view> kAdjectives = {"municipal",   "municipale", "municipaux",
                                                                   "municipales", "général",    "générale"};
  static const std::unordered_set<std::string_view> kRanks = {
      "1er", "premier", "première", "1ère", "2ème", "2e", "deuxième", "3ème", "3e", "troisième", "4ème", "4e"};
  for (size_t i = 0; i < words.size(); ++i) {
    // "Joyee Cheung (voting member)", "(observer)": the standing of a
    // person named just before, in brackets, as attendance lists give it.
    if (Is(words, i, {"member", "observer", "liaison"}) && words[i].end < text.size() && text[words[i].end] == ')') {
      size_t from = i;
      while (from > 0 && from + 3 > i && words[from].spaced && !words[from - 1].capital) --from;
      if (words[from].start > 0 && text[words[from].start - 1] == '(') {
        out->push_back({entity_type::kRole, words[from].start, words[i].end,
                        Normalised(text.substr(words[from].start, words[i].end - words[from].start))});
        continue;
      }
    }
    // "the Treasury representative", "the UNDP representative": the body
    // a representative speaks for, then the office in lower case.
    if (Is(words, i, {"representative", "observer"}) && words[i].key == words[i].lower && i > 0 && words[i].spaced &&
        words[i - 1].capital && !IsFunctionWord(words[i - 1]) && words[i - 1].key != "'s") {
      out->push_back({entity_type::kRole, words[i - 1].start, words[i].end,
                      Normalised(text.substr(words[i - 1].start, words[i].end - words[i - 1].start))});
      continue;
    }
    const Word& word = words[i];
    // Cheap rejection first: every office here starts with a, c, m or s.
    if (word.capital || (word.key[0] != 'a' && word.key[0] != 'c' && word.key[0] != 'm' && word.key[0] != 's'))
      continue;
    size_t from = i, to = i;
    if (kAlone.count(word.key)) {
      to = i + 1;
    } else if (kWithAdjective.count(word.key) && i + 1 < words.size() && words[i + 1].spaced &&
               kAdjectives.count(words[i + 1].key)) {
      to = i + 2;
    } else if (word.key == "adjoint" && i > 0 && word.spaced && kRanks.count(words[i - 1].lower)) {
      from = i - 1;
      to = i + 1;
    }
    if (to == from) continue;
    out->push_back({entity_type::kRole, words[from].start, words[to - 1].end,
                    Normalised(text.substr(words[from].start, words[to - 1].end - words[from].start))});
    i = to - 1;
  }
}

// "*Chairs:* Daniel Appelquist", "Morning Scribe: Travis": the labels
// of a minutes' header name who held each office at the meeting, in the
// singular whatever the count.
void TagHeaderLabels(std::string_view text, const std::vector<Word>& words, std::vector<EntitySpan>* out) {
  for (const Word& word : words) {
    const bool label = word.end < text.size() &&
                       (text[word.end] == ':' || (text[word.end] == '*' && text.substr(word.end + 1, 1) == ":"));
    if (!label || (word.key != "Scribe" && word.key != "Scribes" && word.key != "Chairs")) continue;
    out->push_back({entity_type::kRole, word.start, word.end, word.key == "Chairs" ? "Chair" : "Scribe"});
  }
}

}  // namespace

bool IsRoleHead(std::string_view key) {
  Word word;
  word.key = std::string(key);
  word.capital = true;
  return IsHead(word);
}

void TagRoles(std::string_view text, const std::vector<Word>& words, std::vector<EntitySpan>* out) {
  for (size_t i = 0; i < words.size(); ++i) {
    size_t start = i;
    while (start < words.size() && IsModifier(words[start]) && start + 1 < words.size() && words[start + 1].spaced &&
           start - i < 3)
      ++start;
    // In a list "Name, Title, Body" the words before the office are its
    // title whatever they are: ", Senior Research Advisor".
    // "General Counsel", "Deputy General Counsel".
    std::string buffer;
    if (start + 1 < words.size() && words[start].key == "General" && KeyOf(words[start + 1], &buffer) == "Counsel")
      ++start;
    if (start < words.size() && !IsHead(words[start]) && AfterComma(text, words[i])) start = FreeModifiers(words, i);
    if (start >= words.size() || !IsHead(words[start]) || (start > i && !words[start].spaced)) continue;
    size_t end = start + 1;
    while (end < words.size() && words[end].spaced && IsPostModifier(words[end])) ++end;
    // "Minister and Secretary-General of the Presidency": one office.
    if (end + 1 < words.size() && Is(words, end, {"and"}) && words[end].spaced && IsHead(words[end + 1]) &&
        words[end + 1].spaced)
      end += 2;
    const std::string key(KeyOf(words[start], &buffer));
    // "Member States" are States; a bare plural is an office only in a
    // list ("…, Presidents of …") or as a compound ("Vice-Presidents").
    if ((key == "Member" || key == "Members") && end < words.size() && words[end].capital) continue;
    const bool plural = !IsHeadKey(key);
    if (plural && start == i && !AfterComma(text, words[i]) && key.find('-') == std::string::npos) continue;
    // "The SPEAKER:", "Hon Speaker": the office alone, where a speaker is named or addressed.
    const bool addressed =
        key == "Speaker" && (words[start].all_caps || (i > 0 && Is(words, i - 1, {"hon", "mr", "madam", "the"})) ||
                             (words[i].start >= 2 && text.substr(words[i].start - 2, 2) == ": "));
    if (NeedsMore(words[start]) && end == start + 1 && start == i && !addressed &&
        !(Is(words, end, {"of"}) && key != "Justice" && key != "Member" && key != "Members"))
      continue;
    if (key == "Justice" && !(start > i && words[i].key == "Chief")) continue;
    end = std::max(end, Complement(text, words, end));
    if (key == "Head" && end == start + 1) continue;
    // "Office of the Public Prosecutor", "General Prosecutor's Office": the
    // name of an office (an institution), not a mention of the office-holder.
    const bool office_of =
        (i >= 2 && Is(words, i - 2, {"office"}) && Is(words, i - 1, {"of"})) ||
        (i >= 3 && Is(words, i - 3, {"office"}) && Is(words, i - 2, {"of"}) && Is(words, i - 1, {"the"}));
    const bool owns_office = Is(words, end, {"'s"}) && Is(words, end + 1, {"office", "ministry", "department"});
    if (office_of || owns_office) {
      i = end - 1;
      continue;
    }
    out->push_back({entity_type::kRole, words[i].start, words[end - 1].end, RoleValue(text, words, i, end)});
    i = end - 1;
  }
  TagLowerCaseRoles(text, words, out);
  TagHeaderLabels(text, words, out);
}

}  // namespace quorum::names
