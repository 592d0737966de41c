// SPDX-License-Identifier: MIT
// References to organisations named before or known to the reader: a bare
// head ("the Committee", "the Bank", ", Board") resolved to the note's body
// or the last name with that head; an acronym where a body stands ("the
// SABC", "du CNFPT"); a State acting in a summary record's capitals
// ("JAPAN said") and the Group of 77.
#include <algorithm>
#include <unordered_set>

#include "common/entities/entity_names.h"

namespace quorum::names {
namespace {

bool IsDeterminer(const Word& word) {
  static const std::unordered_set<std::string_view> kWords = {
      "the", "The", "this", "This", "its", "Its", "la",  "La",   "le",   "Le",   "l'",   "L'",    "du",
      "au",  "el",  "El",   "del",  "al",  "aux", "des", "esta", "Esta", "este", "Este", "cette", "Cette"};
  return kWords.count(word.key) > 0;
}

// Nouns that say what kind of organisation a name that follows is:
// "l'entreprise COSEPI", "l'association GESPER".
bool IsKindNoun(const Word& word) {
  static const std::unordered_set<std::string_view> kWords = {
      "entreprise", "association", "société", "company", "firm", "syndicat", "empresa", "asociación", "sociedad"};
  return kWords.count(word.lower) > 0;
}

// Institutions a text names by their head alone ("before it comes to
// Parliament"), which then refer to the body or a name given before.
bool StandsAlone(std::string_view key) {
  return key == "Parliament" || key == "Congress" || key == "Senate" || key == "Sénat" || key == "Parlement" ||
         key == "Congreso" || key == "Senado";
}

// All-caps words that are not organisations even after "the": units,
// currencies, numerals, diseases, formats.
bool IsOtherCapitals(std::string_view key) {
  static const std::unordered_set<std::string_view> kWords = {
      "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "HT", "TTC", "TVA", "EUR", "USD", "GBP",
      "CHF", "JPY", "HIV", "AIDS", "COVID", "GDP", "PIB", "PDF", "URL", "API", "CEO", "OK", "TV", "AM", "PM", "NGO",
      "NGOs", "ONG", "SMME", "SMMEs", "JSON", "HTML", "CSS", "CBD", "ICT", "ID", "VAT", "IT", "UTC", "GMT", "PS",
      // Web formats and protocols; "the WG", "the CG": a kind of group
      // said short, no one group's name.
      "HTML5", "DOM", "XML", "HTTP", "HTTPS", "RFC", "DNS", "TLS", "SVG", "DRM", "WG", "CG", "IG"};
  return kWords.count(key) > 0;
}

bool HasWord(std::string_view name, std::string_view word) {
  for (size_t at = name.find(word); at != std::string_view::npos; at = name.find(word, at + 1)) {
    const size_t end = at + word.size();
    if ((at == 0 || name[at - 1] == ' ') && (end == name.size() || name[end] == ' ')) return true;
  }
  return false;
}

// A chamber named by its kind: "la Cámara", "esta Cámara", "cette
// Chambre" in a parliament's record is that parliament (not "the House":
// the Hansard's "House" is the room as often as the body).
bool IsChamberNoun(std::string_view key) { return key == "Cámara" || key == "Chambre" || key == "Chamber"; }

// Does the body's name say it is a parliament or one of its chambers?
bool IsParliament(const std::string& body) {
  const std::vector<Word> words = ScanWords(body);
  const std::string head = NameHead(words, 0, words.size());
  return head == "Congreso" || head == "Congress" || head == "Senado" || head == "Senate" || head == "Sénat" ||
         head == "Parlamento" || head == "Parliament" || head == "Parlement" || head == "Assemblée" ||
         head == "Asamblea" || head == "Assembly";
}

// The body when its name is built on the head ("Conseil municipal" for
// "le Conseil"; not "Council of the International Organization …" for
// "the Organization"), else empty.
std::string BodyWithHead(const std::string& body, std::string_view head) {
  if (body.empty() || !HasWord(body, head)) return "";
  const std::vector<Word> words = ScanWords(body);
  return NameHead(words, 0, words.size()) == head ? body : "";
}

bool IsSpeechVerb(const Word& word) {
  static const std::unordered_set<std::string_view> kVerbs = {
      "said",        "stated",      "proposed",  "noted",      "supported", "suggested", "welcomed", "opposed",
      "underscored", "highlighted", "expressed", "called",     "requested", "urged",     "stressed", "emphasized",
      "emphasised",  "added",       "objected",  "preferred",  "recalled",  "reported",  "agreed",   "cautioned",
      "questioned",  "announced",   "presented", "introduced", "speaking",  "spoke",     "declaró",  "déclaré"};
  return kVerbs.count(word.key) > 0;
}

// "JAPAN said", "SAUDI ARABIA, for the G-77/CHINA": a State in the
// capitals of a summary record, acting; the number of words of its name,
// 0 when the capitals at words[i] name no State or it does not act. (A
// State named as a place, "in Japan", stays a place.)
size_t ActingState(std::string_view text, const std::vector<Word>& words, size_t i, std::string* value) {
  size_t end = i;
  std::string cased;
  while (end < words.size() && end < i + 5 && words[end].all_caps && (end == i || words[end].spaced)) {
    cased += (end == i ? "" : " ") + (words[end].key == "AND" || words[end].key == "OF" || words[end].key == "THE"
                                          ? words[end].lower
                                          : TitleCase(words[end].key));
    ++end;
  }
  if (end == i) return 0;
  const std::vector<Word> title = ScanWords(cased);
  if (title.empty() || MatchPlace(title, 0, value) != title.size()) return 0;
  const bool acts = (end < words.size() && words[end].spaced && IsSpeechVerb(words[end])) ||
                    (end < words.size() && text.substr(words[end - 1].end, 2) == ", " &&
                     (Is(words, end, {"for", "on"}) || IsSpeechVerb(words[end])));
  return acts ? end - i : 0;
}

}  // namespace

// "Régimen Económico y Fiscal ... el REF", "la ZEC, la Zona Especial
// Canaria": an acronym that spells the capitals of a name that is no
// body's (no organisational head) abbreviates a regime, a zone or a fund
// rule, not an organisation. Records the initials of every capitalised
// run of the paragraph, and of its beginnings, of three letters or more.
void LearnOtherAcronyms(const std::vector<Word>& words, EntityContext* context) {
  for (size_t i = 0; i < words.size(); ++i) {
    if (!words[i].capital || words[i].all_caps || (i > 0 && words[i - 1].capital && words[i].spaced)) continue;
    std::string initials;
    bool head = false;
    for (size_t k = i; k < words.size() && (k == i || words[k].spaced); ++k) {
      if (!words[k].capital) {
        if (IsNameJoiner(words[k]) || Is(words, k, {"en", "in", "y"})) continue;
        break;
      }
      if (words[k].all_caps) break;
      head = head || IsHeadWord(words[k]) || IsRomanceHead(words[k]) || IsOrganizationHead(words[k].key);
      if (head) break;
      size_t next = 0;
      const int32_t c = DecodeAt(words[k].text, 0, &next);
      if (c < 0) break;
      // The initial without its accent ("Económico" -> 'E') when it is a Latin-1 capital.
      static constexpr std::string_view kFolded = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUY";
      initials +=
          c < 0x80 ? static_cast<char>(c) : (c >= 0xC0 && c <= 0xDD ? kFolded[static_cast<size_t>(c - 0xC0)] : '?');
      if (initials.size() >= 3 && !context->acronyms.count(initials) && KnownAcronym(initials).empty())
        context->other_acronyms.insert(initials);
    }
  }
}

void TagOrganizationReferences(std::string_view text, const std::vector<Word>& words, EntityContext* context,
                               std::vector<bool>* named, std::vector<EntitySpan>* out) {
  LearnOtherAcronyms(words, context);
  // What this paragraph names, by head, for what comes after it.
  for (const EntitySpan& span : *out) {
    if (span.type != entity_type::kOrganization) continue;
    size_t from = 0;
    while (from < words.size() && words[from].start < span.start) ++from;
    size_t to = from;
    while (to < words.size() && words[to].end <= span.end) ++to;
    if (to > from + 1) {
      const std::string head = NameHead(words, from, to);
      if (!head.empty()) context->last_by_head[head] = span.value;
    }
  }
  for (size_t i = 0; i < words.size(); ++i) {
    if ((*named)[i]) continue;
    const Word& word = words[i];
    if (!word.capital) continue;  // acronyms and heads are capitalised
    const bool after_determiner = i > 0 && word.spaced && IsDeterminer(words[i - 1]);
    // "G-77/CHINA", "G-77": the group of developing States, acting.
    if (word.key.compare(0, 4, "G-77") == 0 || word.key == "G77") {
      const bool china = text.substr(word.end, 6) == "/CHINA" || text.substr(word.end, 10) == " and China";
      const size_t end = china ? word.end + (text[word.end] == '/' ? 6 : 10) : word.end;
      out->push_back({entity_type::kOrganization, word.start, end, china ? "Group of 77 and China" : "Group of 77"});
      continue;
    }
    if (word.all_caps) {
      std::string state;
      if (const size_t length = ActingState(text, words, i, &state); length > 0) {
        out->push_back({entity_type::kOrganization, word.start, words[i + length - 1].end, state});
        for (size_t k = i; k < i + length; ++k) (*named)[k] = true;
        i += length - 1;
        continue;
      }
      // "the SABC", "du CNFPT", "l'entreprise COSEPI": an acronym where a
      // body stands; its value is what the note or the tables say it is.
      const bool kind = i > 0 && word.spaced && IsKindNoun(words[i - 1]);
      // A run of capitals is a label or a heading ("The ACTING DIRECTOR-GENERAL").
      const bool run = (i + 1 < words.size() && words[i + 1].all_caps && words[i + 1].spaced) ||
                       (i > 0 && words[i - 1].all_caps && word.spaced);
      if (run) continue;
      std::string place;  // "the US", "the UK government": a place
      if (word.key.size() < 2 || word.key.size() > 10 || (!after_determiner && !kind) || IsOtherCapitals(word.key) ||
          MatchPlace(words, i, &place) > 0 || IsRoleHead(TitleCase(word.key)) ||
          (!kind && context->other_acronyms.count(word.key)))
        continue;
      const bool tagged = std::any_of(out->begin(), out->end(), [&](const EntitySpan& s) {
        return s.type == entity_type::kOrganization && s.start <= word.start && word.start < s.end;
      });
      if (tagged) continue;
      const auto learnt = context->acronyms.find(word.key);
      const std::string_view known = KnownAcronym(word.key);
      out->push_back({entity_type::kOrganization, word.start, word.end,
                      learnt != context->acronyms.end() ? learnt->second
                      : known.empty()                   ? word.key
                                                        : std::string(known)});
      continue;
    }
    if (!IsHeadWord(word) && !(IsRomanceHead(word) && context->language != "en")) continue;
    if (i + 1 < words.size() && words[i + 1].spaced && words[i + 1].capital) continue;
    // ", Board" closing an attendance line names the body as a label.
    const std::string_view before = text.substr(0, word.start);
    const bool label = before.size() >= 2 && before.substr(before.size() - 2) == ", " &&
                       (word.end == text.size() || text[word.end] == ',' || text[word.end] == '.');
    std::string head = word.key;
    if (!IsFormHead(head) && !IsRomanceHead(word) && head.back() == 's') continue;  // "the Banks": no one body
    if (!after_determiner && !label && !StandsAlone(head)) continue;
    std::string value = BodyWithHead(context->body, head);
    if (value.empty() && IsChamberNoun(head) && IsParliament(context->body)) value = context->body;
    if (value.empty()) {
      const auto last = context->last_by_head.find(head);
      if (last != context->last_by_head.end()) value = last->second;
    }
    // "el Senado" in the Congress's record: the other chamber, by its name.
    if (value.empty() && StandsAlone(head) && IsParliament(context->body)) value = head;
    if (value.empty()) continue;
    out->push_back({entity_type::kOrganization, word.start, word.end, value});
    (*named)[i] = true;
  }
}

}  // namespace quorum::names
