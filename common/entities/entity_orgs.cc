// SPDX-License-Identifier: MIT
// Organisations and acronyms. An organisation is an international or
// intergovernmental body (its organs, offices, agencies, committees and
// working groups) or a named non-State organisation; a State's own
// institutions (ministries, courts, national commissions) are not, as
// their names ("Ministry of Justice") do not tell one State's from
// another's. Names come from a table, from a few patterns ("United
// Nations ... Fund"), and from definitions in the text: "International
// Dialogue on Migration (IDM)" teaches the note that IDM is that dialogue.
#include <unicode/uchar.h>

#include <cctype>
#include <set>
#include <utility>

#include "common/entities/entity_names.h"

namespace quorum::names {
namespace {

bool IsSmallWord(const Word& word) {
  return IsNameJoiner(word) || word.key == "l'" || word.key == "d'" || word.key == "sur" || word.key == "in" ||
         word.key == "at";
}

// The first letter of `key`, upper-cased and without accent ("É" -> 'E').
char Initial(std::string_view key) {
  if (key.empty()) return 0;
  size_t next = 0;
  UChar32 c = DecodeAt(key, 0, &next);
  if (c < 0) return 0;
  c = u_toupper(c);
  if (c < 0x80) return static_cast<char>(c);
  static constexpr std::string_view kFolded = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUY";
  return c >= 0xC0 && c <= 0xDD ? kFolded[static_cast<size_t>(c - 0xC0)] : 0;
}

// Is the text between two words of a name only spaces, or a dash ("IOM–UN")?
bool NameGap(std::string_view text, const Word& a, const Word& b) {
  const std::string_view gap = text.substr(a.end, b.start - a.end);
  return gap == " " || gap == "\u2013" || gap == "-" || gap == " \u2013 " || gap == "\u00A0" || b.key == "'s";
}

// Where the name an acronym abbreviates begins, reading back from the
// word before its bracket: each letter is the initial of a word, small
// words may be skipped, and at most two other words ("United Nations" in
// "Office of the United Nations High Commissioner ... (OHCHR)"). Returns
// words.size() when the letters do not fit.
size_t DefinedNameStart(std::string_view text, const std::vector<Word>& words, size_t last, std::string_view acronym) {
  size_t letter = acronym.size();
  size_t skipped = 0;
  size_t i = last + 1;
  while (letter > 0 && i > 0) {
    if (i <= last && !NameGap(text, words[i - 1], words[i])) return words.size();
    const Word& word = words[--i];
    // "SA Broadcasting Corporation (SABC)": an acronym in the name gives
    // all its letters.
    if (word.all_caps && word.key.size() > 1 && word.key.size() <= letter &&
        acronym.substr(letter - word.key.size(), word.key.size()) == word.key) {
      letter -= word.key.size();
      continue;
    }
    const char initial = Initial(word.key);
    if (initial == acronym[letter - 1]) {
      --letter;
      continue;
    }
    if (IsSmallWord(word) || word.key == "'s") continue;
    if (++skipped > 2) return words.size();
  }
  if (letter > 0 || !words[i].capital) return words.size();
  return i;
}

// Names of a State's institutions, which the text may define as well:
// "National Human Rights Commission (NHRC)".
bool IsStateInstitution(const std::vector<Word>& words, size_t from, size_t to) {
  if (Is(words, from, {"national", "nacional", "nationale", "ministry", "ministère", "ministerio"})) return true;
  bool non_state_head = false;
  bool names_a_state = false;
  for (size_t i = from; i < to; ++i) {
    non_state_head = non_state_head || Is(words, i,
                                          {"front", "movement", "party", "army", "forces", "fuerzas", "ejército",
                                           "frente", "movimiento", "partido"});
    std::string place;
    names_a_state = names_a_state || MatchPlace(words, i, &place) > 0;
  }
  return names_a_state && !non_state_head;
}

bool HasHead(const std::vector<Word>& words, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i)
    if (IsOrganizationHead(words[i].key)) return true;
  return false;
}

// Non-State organisations named by what they are: foundations, universities.
bool IsNonStateHead(const Word& word) {
  return word.key == "Foundation" || word.key == "University" || word.key == "Fondation" || word.key == "Université" ||
         word.key == "Fundación" || word.key == "Universidad";
}

// The end of a non-State organisation's name whose head is words[head]:
// "Foundation for the Protection of Children and Women", "University of
// the Hungarian Reformed Church".
size_t NonStateName(const std::vector<Word>& words, size_t head) {
  size_t end = head + 1;
  if (Is(words, end, {"for", "of"}) && words[end].spaced) {
    size_t k = end + 1;
    if (Is(words, k, {"the"})) ++k;
    while (
        k < words.size() && words[k].spaced &&
        (words[k].capital || Is(words, k, {"of", "the", "for"}) || (Is(words, k, {"and"}) && words[k + 1].capital))) {
      if (words[k].capital) end = k + 1;
      ++k;
    }
  }
  return end;
}

// Does the run name an office of the United Nations or one of its officials?
bool IsUnitedNationsOffice(const std::vector<Word>& words, size_t from, size_t to) {
  for (size_t i = from; i + 1 < to; ++i)
    if ((words[i].key == "United" && words[i + 1].key == "Nations") ||
        (words[i].key == "High" && words[i + 1].key == "Commissioner") || words[i].key == "Secretary-General")
      return true;
  return false;
}

// Does a known organisation or place begin at words[i] (after "the")?
bool StartsKnownName(const std::vector<Word>& words, size_t i) {
  if (Is(words, i, {"the"})) ++i;
  std::string ignored;
  return i < words.size() && (MatchOrganization(words, i, &ignored) > 0 || MatchPlace(words, i, &ignored) > 0);
}

// The run of capitalised words (and small joining words) from `i`; the
// returned end never finishes on a joining word.
size_t CapitalRun(const std::vector<Word>& words, size_t i) {
  size_t end = i;
  size_t k = i;
  while (k < words.size() && (k == i || words[k].spaced)) {
    if (words[k].capital) {
      end = k + 1;
    } else if (!IsNameJoiner(words[k]) || (Is(words, k, {"and"}) && StartsKnownName(words, k + 1))) {
      break;  // "the United Nations and the Council of Europe" are two
    }
    ++k;
  }
  return end;
}

// The full name of a well-known acronym printed in lower case, or empty.
// Only where no word of the language could be meant: with a digit ("w3c")
// or six letters and more ("whatwg", "unicef"); "who", "eu" are words.
std::string_view LowerCaseAcronym(std::string_view text, const Word& word, std::string* upper) {
  if (word.capital || word.key != word.lower || word.key.size() > 10) return {};
  // Not inside an address: "github.com/w3c/...", "spec.whatwg.org".
  const char before = word.start > 0 ? text[word.start - 1] : ' ';
  const char after = word.end < text.size() ? text[word.end] : ' ';
  const char after2 = word.end + 1 < text.size() ? text[word.end + 1] : ' ';
  if (before == '.' || before == '/' || before == '@' || after == '/' ||
      (after == '.' && std::isalnum(static_cast<unsigned char>(after2))))
    return {};
  bool digit = false;
  for (char c : word.key) {
    if (!std::isalnum(static_cast<unsigned char>(c))) return {};
    digit = digit || std::isdigit(static_cast<unsigned char>(c));
  }
  if (!digit && word.key.size() < 6) return {};
  upper->clear();
  for (char c : word.key) *upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return KnownAcronym(*upper);
}

// Are `a` and `b` one letter apart: one dropped, added or changed?
bool OneEditApart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) return i < a.size() && a.substr(i + 1) == b.substr(i + 1);
  return a.substr(i) == b.substr(i + 1);
}

// "WATWG", "WHATCG" in minutes typed live, after the note used "WHATWG":
// an acronym of five letters or more one letter away from a known one the
// note has used is that one misprinted.
std::string_view MisprintedAcronym(std::string_view acronym, const std::set<std::string>& used) {
  if (acronym.size() < 5) return {};
  for (const std::string& known : used)
    if (known.size() >= 5 && OneEditApart(acronym, known)) return KnownAcronym(known);
  return {};
}

void Add(const std::vector<Word>& words, size_t from, size_t to, std::string value, std::vector<EntitySpan>* out) {
  out->push_back({entity_type::kOrganization, words[from].start, words[to - 1].end, std::move(value)});
}

}  // namespace

void TagOrganizations(std::string_view text, const std::vector<Word>& words, EntityContext* context,
                      std::vector<EntitySpan>* out) {
  std::vector<bool> named(words.size(), false);  // words inside a name found so far
  std::vector<std::pair<size_t, size_t>> found;  // the names, as word ranges
  for (size_t i = 0; i < words.size(); ++i) {
    std::string value;
    size_t length = MatchOrganization(words, i, &value);
    // A known name continued by more capitalised words is another body's
    // name ("Commission on Human Rights and Public Administration") unless
    // what follows is a known name itself.
    if (length > 0 && i + length + 1 < words.size() && Is(words, i + length, {"and"}) &&
        words[i + length + 1].capital) {
      std::string ignored;
      if (MatchOrganization(words, i + length + 1, &ignored) == 0 && MatchPlace(words, i + length + 1, &ignored) == 0)
        length = 0;
    }
    size_t end = i + length;
    const bool united_nations = words[i].key == "United" && Is(words, i + 1, {"nations"});
    if (length <= 2 && united_nations) {
      // "United Nations Alliance of Civilizations", "United Nations Voluntary
      // Fund ...": the agency's own name, when the words after read as one.
      const size_t run = CapitalRun(words, i);
      if (run > i + 2 && HasHead(words, i + 2, run)) {
        end = run;
        value = Normalised(text.substr(words[i].start, words[run - 1].end - words[i].start));
      }
    } else if (length == 0 && words[i].key == "Working" && Is(words, i + 1, {"group"}) &&
               Is(words, i + 2, {"on", "of", "for"})) {
      // "Working Group on Budget Reform", "Working Group on IOM–UN Relations".
      size_t k = i + 3;
      // Within the sentence: "... Related Issues. One delegation" ends at the stop.
      while (k < words.size() && NameGap(text, words[k - 1], words[k]) && (words[k].capital || IsNameJoiner(words[k])))
        ++k;
      while (k > i + 3 && !words[k - 1].capital) --k;
      if (k > i + 3) {
        end = k;
        value = Normalised(text.substr(words[i].start, words[k - 1].end - words[i].start));
      }
    } else if (length == 0 && words[i].key == "Office" && Is(words, i + 1, {"of"}) && Is(words, i + 2, {"the"})) {
      // "Office of the United Nations Special Coordinator ...": the office
      // of a United Nations official is a United Nations body.
      const size_t run = CapitalRun(words, i + 3);
      if (run > i + 3 && IsUnitedNationsOffice(words, i + 3, run)) {
        end = run;
        value = Normalised(text.substr(words[i].start, words[run - 1].end - words[i].start));
      }
    } else if (length == 0 && words[i].key == "Conference" && Is(words, i + 1, {"of"}) && Is(words, i + 2, {"the"}) &&
               Is(words, i + 3, {"parties"})) {
      // "Conference of the Parties to the United Nations Framework
      // Convention on Climate Change": the treaty's governing body.
      end = i + 4;
      if (Is(words, end, {"to"}) && Is(words, end + 1, {"the"})) end = std::max(end, CapitalRun(words, end + 2));
      value = Normalised(text.substr(words[i].start, words[end - 1].end - words[i].start));
    } else if (length == 0 && IsNonStateHead(words[i]) &&
               (i == 0 || !words[i].spaced || !words[i - 1].capital || IsFunctionWord(words[i - 1]))) {
      // "Foundation for the International Prevention of Genocide", "University of ...".
      end = NonStateName(words, i);
      // "Fondation du patrimoine": a French name, read by its form below.
      if (end == i + 1 && Is(words, end, {"de", "du", "des", "d'"})) end = i;
      if (end > i) value = Normalised(text.substr(words[i].start, words[end - 1].end - words[i].start));
    } else if (length == 0 && words[i].capital && !IsFunctionWord(words[i]) && words[i].key != "'s" &&
               (i == 0 || !words[i].spaced || !words[i - 1].capital || IsFunctionWord(words[i - 1]))) {
      // "Central European University", "Qatar Foundation for ...".
      size_t head = i;
      while (head < words.size() && head < i + 4 && words[head].capital && !IsNonStateHead(words[head]) &&
             (head == i || words[head].spaced))
        ++head;
      if (head > i && head < words.size() && words[head].spaced && IsNonStateHead(words[head])) {
        end = NonStateName(words, head);
        value = Normalised(text.substr(words[i].start, words[end - 1].end - words[i].start));
      }
    }
    if (end > i) {
      // "European Parliament Subcommittee on Human Rights", "Pacific Islands
      // Forum Secretariat": a known body's committee or secretariat.
      if (end < words.size() && words[end].spaced && words[end].capital && IsOrganizationHead(words[end].key)) {
        const size_t run = CapitalRun(words, end);
        end = run;
        value = Normalised(text.substr(words[i].start, words[run - 1].end - words[i].start));
      }
      Add(words, i, end, value, out);
      found.push_back({i, end});
      for (size_t k = i; k < end; ++k) named[k] = true;
      i = end - 1;
    }
  }

  TagOrganizationForms(text, words, context, &named, &found, out);

  // Definitions: "Name (ACR)". The acronym is recorded for the rest of
  // the note; both the name and the acronym are tagged.
  for (size_t i = 1; i < words.size(); ++i) {
    const Word& acronym = words[i];
    if (!acronym.all_caps || acronym.key.size() > 12 || acronym.start == 0 || text[acronym.start - 1] != '(' ||
        acronym.end >= text.size() || text[acronym.end] != ')')
      continue;
    std::string letters;
    for (char c : acronym.key)
      if (c != '-') letters += c;
    const size_t last = i - 1;
    std::string value;
    size_t start = words.size();
    // A known name right before the bracket defines the acronym whatever its letters.
    // (unless its letters spell only the end of it: "Working Group on the
    // Universal Periodic Review (UPR)" abbreviates the review, not the group,
    // or reach before it: "SA Broadcasting Corporation (SABC)").
    const size_t fitted = DefinedNameStart(text, words, last, letters);
    for (const auto& [from, to] : found)
      if (to == last + 1 && (fitted == from || fitted > last)) {
        start = from;
        const Word& first = words[from];
        value = out->empty() ? "" : out->back().value;
        for (const EntitySpan& span : *out)
          if (span.start == first.start && span.end == words[last].end) value = span.value;
      }
    if (start == words.size()) {
      start = fitted;
      if (start == words.size() || !HasHead(words, start, last + 1) || IsStateInstitution(words, start, last + 1)) {
        // "universal periodic review (UPR)": "the UPR" is then no body.
        if (!context->acronyms.count(acronym.key)) context->other_acronyms.insert(acronym.key);
        continue;
      }
      value = Normalised(text.substr(words[start].start, words[last].end - words[start].start));
      if (!named[start]) Add(words, start, last + 1, value, out);
    }
    context->acronyms[acronym.key] = value;
  }

  // Known acronyms the paragraph uses, for their organs' acronyms
  // anywhere in it and after it ("the TAG" of a W3C note).
  for (const Word& word : words)
    if (word.all_caps && !KnownAcronym(word.key).empty()) context->known_acronyms_used.insert(word.key);
  // Acronyms: learnt from this note first, then the well-known ones and
  // the organs of those the note uses. "IOM-UN" holds two.
  for (size_t i = 0; i < words.size(); ++i) {
    if (named[i]) continue;
    if (!words[i].all_caps) {
      // "w3c", "whatwg": chat minutes write a known acronym in lower case.
      std::string upper;
      const std::string_view known = LowerCaseAcronym(text, words[i], &upper);
      if (!known.empty()) {
        out->push_back({entity_type::kOrganization, words[i].start, words[i].end, std::string(known)});
        context->known_acronyms_used.insert(upper);
      }
      continue;
    }
    std::string_view key = words[i].key;
    size_t offset = words[i].start;
    while (!key.empty()) {
      const size_t dash = key.find('-');
      const std::string_view part = key.substr(0, dash);
      const auto learnt = context->acronyms.find(std::string(part));
      std::string_view known = KnownAcronym(part);
      if (known.empty()) known = KnownOrgan(part, context->known_acronyms_used);
      if (known.empty()) known = MisprintedAcronym(part, context->known_acronyms_used);
      if (learnt != context->acronyms.end()) {
        out->push_back({entity_type::kOrganization, offset, offset + part.size(), learnt->second});
      } else if (!known.empty()) {
        out->push_back({entity_type::kOrganization, offset, offset + part.size(), std::string(known)});
      }
      if (dash == std::string_view::npos) break;
      key.remove_prefix(dash + 1);
      offset += dash + 1;
    }
  }
  TagOrganizationReferences(text, words, context, &named, out);
}

}  // namespace quorum::names
