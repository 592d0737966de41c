// SPDX-License-Identifier: MIT
// TagNames(): runs the name taggers (organisations, places, roles and
// attribution, events, amounts) over a paragraph and settles how their
// spans may nest; also tags places, by gazetteer.
#include "common/entities/entity_names.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <unordered_set>

#include "common/text/date.h"
#include "common/text/date_words.h"

namespace quorum {
namespace names {
namespace {

// Formal prefixes of a State's name: "Republic of Colombia", "State of
// Kuwait", "Bolivarian Republic of Venezuela". The place is the State's
// usual name, unless the long form is a name of its own ("Republic of
// Korea"), which the gazetteer then matches first.
size_t FormalPrefix(const std::vector<Word>& words, size_t i) {
  size_t k = i;
  if (k + 1 < words.size() && words[k].capital &&
      Is(words, k + 1, {"republic", "kingdom", "state", "principality", "sultanate", "federation"}) &&
      !Is(words, k, {"republic", "kingdom", "state", "principality", "sultanate", "federation", "the"}))
    ++k;  // "Bolivarian", "Islamic", "Federal", "Plurinational", "Hashemite"
  if (Is(words, k, {"grand"}) && Is(words, k + 1, {"duchy"})) ++k;
  if (!words[k].capital ||
      !Is(words, k, {"republic", "kingdom", "state", "principality", "sultanate", "federation", "duchy"}) ||
      !Is(words, k + 1, {"of"}))
    return 0;
  k += 2;
  if (Is(words, k, {"the"})) ++k;
  return k - i;
}

// "Digne-les-Bains", "Boulogne-sur-Mer", "Châlons-en-Champagne": a French
// place name's form, capitals joined by a lower-case particle.
bool IsCompoundPlaceName(const Word& word) {
  if (!word.capital || word.all_caps || word.key.find('-') == std::string::npos) return false;
  for (std::string_view particle :
       {"-les-", "-lès-", "-sur-", "-sous-", "-en-", "-de-", "-du-", "-la-", "-le-", "-aux-"}) {
    const size_t at = word.key.find(particle);
    if (at != std::string::npos && at + particle.size() < word.key.size() && word.key[at + particle.size()] >= 'A' &&
        word.key[at + particle.size()] <= 'Z')
      return true;
  }
  return false;
}

bool IsHonorific(const Word& word) {
  for (std::string_view title : {"monsieur", "madame", "mademoiselle", "m", "mme", "maître", "don", "doña"})
    if (word.lower == title) return true;
  return false;
}

bool IsMonthName(const Word& word) {
  std::string lower;
  for (const Word& w : ScanWords(word.key)) lower = w.lower;
  bool ambiguous = false, full = false;
  return date_words::Month(lower, &ambiguous, &full) != 0;
}

// Does a known organisation, or any name the gazetteer holds, start at words[i]?
bool StartsOtherName(const std::vector<Word>& words, size_t i) {
  std::string ignored;
  return MatchOrganization(words, i, &ignored) > 0 || MatchPlace(words, i, &ignored) > 0;
}

// The words after "commune de", "maire du", "lieu-dit": a locality's
// name, which no gazetteer of countries and capitals holds.
void TagLocalities(std::string_view text, const std::vector<Word>& words, std::vector<EntitySpan>* out) {
  for (size_t i = 0; i < words.size(); ++i) {
    size_t k = i;
    if (!words[i].capital &&
        Is(words, i,
           {"commune", "ville", "village", "hameau", "maire", "municipio", "ciudad", "localidad", "alcalde",
            "alcaldesa"}) &&
        words[i].key == words[i].lower && Is(words, i + 1, {"de", "du", "d'", "del"}))
      k = i + 2;
    else if (Is(words, i, {"lieu-dit"}))
      k = i + 1;
    // "the City of Cleveland", "Town of Oxford", "County of Cuyahoga".
    else if (words[i].capital && !words[i].all_caps && Is(words, i, {"city", "town", "village", "county"}) &&
             Is(words, i + 1, {"of"}) && i + 2 < words.size() && !IsFunctionWord(words[i + 2]) &&
             !IsHeadWord(words[i + 2]))
      k = i + 2;
    else if (IsCompoundPlaceName(words[i]))
      k = i;
    // "en Cataluña", "en Tenerife o": Spanish puts "en" before a place,
    // and a single capitalised word after it is one unless it heads a
    // body ("en Comisión"), opens a title ("en La Vanguardia"), is known
    // as something else, names a month ("en Agosto") or goes on a name
    // ("Galicia en Común").
    else if (Is(words, i, {"en"}) && i + 1 < words.size() && words[i + 1].capital && !words[i + 1].all_caps &&
             words[i + 1].key.size() >= 3 && (i == 0 || !words[i - 1].capital || !words[i].spaced) &&
             !IsMonthName(words[i + 1]) && !IsFunctionWord(words[i + 1]) && !IsRomanceHead(words[i + 1]) &&
             !IsHeadWord(words[i + 1]) && !StartsOtherName(words, i + 1) &&
             (i + 2 >= words.size() || !words[i + 2].capital || !words[i + 2].spaced))
      k = i + 1;
    // "réunion Cotech à Aiglun", "COSEPI 04510 Aiglun": after "à" or a
    // French postal code, a single capitalised word is a place.
    else if ((Is(words, i, {"à"}) ||
              (words[i].key.size() == 5 && std::isdigit(static_cast<unsigned char>(words[i].key[0])) &&
               words[i].key.find_first_not_of("0123456789") == std::string::npos)) &&
             i + 1 < words.size() && !IsFunctionWord(words[i + 1]) && !IsHonorific(words[i + 1]) &&
             (i + 2 >= words.size() || !words[i + 2].capital || !words[i + 2].spaced))
      k = i + 1;
    else
      continue;
    if (k >= words.size() || !words[k].spaced || !words[k].capital || words[k].all_caps) continue;
    size_t end = k + 1;
    // "La Gibonne": the article belongs to the name.
    if (Is(words, k, {"la", "le", "les"}) && end < words.size() && words[end].capital && words[end].spaced) ++end;
    out->push_back({entity_type::kPlace, words[k].start, words[end - 1].end,
                    Normalised(text.substr(words[k].start, words[end - 1].end - words[k].start))});
    i = end - 1;
  }
}

}  // namespace

namespace {

constexpr size_t kMaxWeekdayBytes = 12;  // "Wednesday, "

// "Cleveland, Ohio March 2, 1998" (a dateline), "Cleveland, Ohio 44110"
// (an address): a town and its region, each a capitalised word, before a
// date or a postal code. And a city's electoral divisions: "Ward 3",
// "District 5", "Precinct 12".
void TagDatelinesAndWards(std::string_view text, const std::vector<Word>& words, std::vector<EntitySpan>* out) {
  for (size_t i = 0; i + 2 < words.size(); ++i) {
    const Word& town = words[i];
    if (Is(words, i, {"ward", "district", "precinct"}) && town.capital && !town.all_caps &&
        std::isdigit(static_cast<unsigned char>(words[i + 1].key[0])) &&
        words[i + 1].key.find_first_not_of("0123456789") == std::string::npos) {
      out->push_back({entity_type::kPlace, town.start, words[i + 1].end,
                      Normalised(text.substr(town.start, words[i + 1].end - town.start))});
      ++i;
      continue;
    }
    const Word& region = words[i + 1];
    if (!town.capital || town.all_caps || !region.capital || region.all_caps || IsFunctionWord(town) ||
        text.substr(town.end, 2) != ", " || region.start != town.end + 2 || IsMonthName(town) || IsMonthName(region))
      continue;
    size_t after = region.end;
    if (after < text.size() && text[after] == ',') ++after;
    while (after < text.size() && text[after] == ' ') ++after;
    const std::string_view rest = text.substr(after);
    const bool postal = rest.size() >= 5 && std::all_of(rest.begin(), rest.begin() + 5, [](char c) {
                          return std::isdigit(static_cast<unsigned char>(c));
                        });
    // The date may open with its weekday: "Cleveland, Ohio Monday, March 1, 2010".
    const std::optional<DateMatch> date = FindDate(rest.substr(0, std::min<size_t>(rest.size(), 48)));
    const std::string_view before_date = date ? rest.substr(0, date->start) : std::string_view();
    const bool weekday = before_date.size() <= kMaxWeekdayBytes && before_date.ends_with(", ") &&
                         before_date.find(' ') == before_date.size() - 1;
    if (!postal && !(date && (date->start == 0 || weekday))) continue;
    for (const Word* place : {&town, &region})
      out->push_back({entity_type::kPlace, place->start, place->end, Normalised(place->text)});
    ++i;
  }
}

}  // namespace

void TagPlaces(std::string_view text, const std::vector<Word>& words, std::vector<EntitySpan>* out) {
  TagLocalities(text, words, out);
  TagDatelinesAndWards(text, words, out);
  for (size_t i = 0; i < words.size(); ++i) {
    std::string value;
    size_t length = MatchPlace(words, i, &value);
    size_t start = i;
    if (length == 0) {
      const size_t prefix = FormalPrefix(words, i);
      if (prefix == 0 || i + prefix >= words.size() || !words[i + prefix].spaced) continue;
      length = MatchPlace(words, i + prefix, &value);
      if (length == 0) continue;
      length += prefix;
    }
    size_t end = i + length;
    // "Venezuela (Bolivarian Republic of)": the bracket is part of the name.
    if (end + 2 < words.size() && !words[end].spaced && text.substr(words[end - 1].end, 2) == " (") {
      size_t k = end;
      while (k < words.size() && k < end + 4 && words[k].key != "of") ++k;
      if (k < words.size() && words[k].key == "of" && text.substr(words[k].end, 1) == ")") {
        end = k + 1;
        out->push_back({entity_type::kPlace, words[start].start, words[k].end + 1, value});
        i = end - 1;
        continue;
      }
    }
    // A place next to a capitalised word is part of a longer proper name:
    // "Kuwait Fund", "Doha Forum", "Paris Principles", "Leila M. De Lima".
    if (start > 0 && words[start].spaced && words[start - 1].capital && !IsFunctionWord(words[start - 1]) &&
        words[start - 1].key != "'s") {
      std::string ignored;
      if (MatchPlace(words, start - 1, &ignored) == 0) {
        i = end - 1;
        continue;
      }
    }
    if (end < words.size() && words[end].spaced && words[end].capital && !IsFunctionWord(words[end])) {
      std::string ignored;
      if (MatchPlace(words, end, &ignored) == 0) {
        i = end - 1;
        continue;
      }
    }
    // "África occidental", "Afrique centrale": Spanish and French name a
    // region of a continent by a compass adjective after it.
    if (end < words.size() && words[end].spaced &&
        Is(words, end,
           {"occidental", "oriental", "central", "septentrional", "meridional", "austral", "occidentale", "orientale",
            "centrale", "septentrionale"})) {
      value += " " + words[end].key;
      ++end;
    }
    out->push_back({entity_type::kPlace, words[start].start, words[end - 1].end, value});
    i = end - 1;
  }
}

namespace {

bool Inside(const EntitySpan& span, const EntitySpan& outer) {
  return outer.start <= span.start && span.end <= outer.end && &span != &outer;
}

bool InsideAny(const EntitySpan& span, const std::vector<EntitySpan>& outers) {
  return std::any_of(outers.begin(), outers.end(), [&](const EntitySpan& outer) {
    return outer.end - outer.start > span.end - span.start && Inside(span, outer);
  });
}

// Does a name hold a word that also names a meeting ("Forum", "Congress")?
bool IsMeetingName(std::string_view name) {
  for (std::string_view head : {"Forum", "Congress", "Conference", "Summit", "Congreso", "Foro"}) {
    const size_t at = name.find(head);
    if (at != std::string_view::npos && (at + head.size() == name.size() || name[at + head.size()] == ' ')) return true;
  }
  return false;
}

// "Régimen Económico y Fiscal de Canarias", "Reserva para Inversiones en
// Canarias", "zone franche de Guyane": a place closing the name of a
// regime, reserve, zone or statute is part of that name, as a place in an
// instrument's title is (tests/entities/README.md); Spanish and French
// name such regimes after the place, in either case.
bool ClosesRegimeName(const std::vector<Word>& words, const EntitySpan& place) {
  static const std::unordered_set<std::string_view> kRegimes = {"régimen", "reserva", "zona",   "estatuto",
                                                                "régime",  "réserve", "statut", "zone"};
  size_t at = 0;
  while (at < words.size() && words[at].start < place.start) ++at;
  if (at == 0 || !Is(words, at - 1, {"de", "en", "del", "du"}) || !words[at].spaced) return false;
  // The regime's head within the five words before, with nothing but
  // spaces between (no comma, no stop: one name).
  for (size_t k = at - 1; k > 0 && k + 6 > at; --k) {
    if (!words[k].spaced) return false;
    if (kRegimes.count(words[k - 1].lower) > 0) return true;
  }
  return false;
}

}  // namespace
}  // namespace names

void TagNames(std::string_view text, EntityContext* context, std::vector<EntitySpan>* out) {
  using namespace names;
  const std::vector<Word> words = ScanWords(text);
  std::vector<EntitySpan> organizations, places, roles, events, amounts;
  TagOrganizations(text, words, context, &organizations);
  TagPlaces(text, words, &places);
  TagRoles(text, words, &roles);
  if (context->language == "es" || context->language == "fr") {
    LowerCaseLabelRoles(text, &roles);
    TagRomanceRoles(text, words, &roles);
  }
  TagAttribution(text, words, &roles);
  TagEvents(text, words, &events);
  TagAmounts(text, *context, &amounts);

  // How the types nest: an organisation named inside an event ("the IDM
  // workshop") is still a mention of it, but a place inside an
  // organisation's, event's or currency's name ("Council of Europe",
  // "Doha Forum", "Qatar riyals") is not a mention of the place, nor is an
  // office inside an organisation's name ("Office of the President of the
  // General Assembly") a mention of the office.
  std::vector<EntitySpan> names_of_things = organizations;
  names_of_things.insert(names_of_things.end(), events.begin(), events.end());
  names_of_things.insert(names_of_things.end(), amounts.begin(), amounts.end());
  for (const EntitySpan& place : places)
    if (!InsideAny(place, names_of_things) && !ClosesRegimeName(words, place)) out->push_back(place);
  for (const EntitySpan& role : roles)
    if (!InsideAny(role, organizations)) out->push_back(role);
  // "Doha Forum", "Thirteenth United Nations Congress on Crime Prevention":
  // where the event tagger reads a forum, congress or conference as the
  // event, its name is not also a body's ("the eighteenth session of the
  // Conference of the Parties" is the body's session: both stay).
  organizations.erase(
      std::remove_if(organizations.begin(), organizations.end(),
                     [&](const EntitySpan& organization) {
                       return std::any_of(events.begin(), events.end(), [&](const EntitySpan& event) {
                         const std::string_view before = text.substr(event.start, organization.start - event.start);
                         const bool of = before.size() >= 3 && (before.substr(before.size() - 3) == "of " ||
                                                                before.substr(before.size() - 3) == "he ");
                         return event.start <= organization.start && organization.end <= event.end && !of &&
                                IsMeetingName(text.substr(organization.start, organization.end - organization.start));
                       });
                     }),
      organizations.end());
  for (auto* spans : {&organizations, &events, &amounts}) out->insert(out->end(), spans->begin(), spans->end());
}

}  // namespace quorum
