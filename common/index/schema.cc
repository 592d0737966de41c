// SPDX-License-Identifier: MIT
// Term and value builders of the schema; see common/index/schema.h.
#include "common/index/schema.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <tuple>
#include <utility>

#include "common/base/hash.h"
#include "common/text/date.h"
#include "common/text/tokeniser.h"

namespace quorum::schema {
namespace {

// Collapses runs of white space to one space and trims, so that
// "Working  Group\non X" and "Working Group on X" give the same term.
std::string CollapseSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string BoundedTerm(std::string_view prefix, std::string_view text) {
  std::string term(prefix);
  if (prefix.size() + text.size() <= kMaxTermBytes) return term.append(text);
  // Keep a readable head and replace the rest by its digest, as Omega's
  // hash_long_term does; cut on a UTF-8 character boundary.
  size_t keep = kMaxTermBytes - prefix.size() - 17;
  while (keep > 0 && (static_cast<unsigned char>(text[keep]) & 0xC0) == 0x80) --keep;
  term.append(text.substr(0, keep));
  term += '#';
  return term.append(ShortHash(text.substr(keep)));
}

std::string FilterTerm(const Field& field, std::string_view value) {
  // A long meeting id is its digest (MeetingFacetValue); a digest is
  // case-sensitive, so it is the term's value as it stands.
  if (field.prefix == kMeeting.prefix)
    if (const std::string facet = MeetingFacetValue(value); IsHashedMeeting(facet))
      return std::string(field.prefix).append(facet);
  return BoundedTerm(field.prefix, CollapseSpaces(NormaliseWord(value)));
}

std::string MeetingFacetValue(std::string_view meeting_id) {
  if (IsHashedMeeting(meeting_id)) return std::string(meeting_id);
  const std::string normal = CollapseSpaces(NormaliseWord(meeting_id));
  return normal.size() > kMaxMeetingBytes ? '#' + CompactHash(normal) : std::string(meeting_id);
}

bool IsHashedMeeting(std::string_view facet_value) {
  return facet_value.size() == 12 && facet_value[0] == '#' &&
         std::all_of(facet_value.begin() + 1, facet_value.end(),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'; });
}

bool IsRequestKind(std::string_view kind) {
  for (std::string_view known : kRequestKinds)
    if (known == kind) return true;
  return false;
}

std::string RequestKindTerm(std::string_view kind) { return BoundedTerm(kRequestKindPrefix, kind); }

std::vector<std::string> PartyWords(std::string_view name) { return Words(name); }

std::string NoteKey(std::string_view canonical_path) { return CompactHash(canonical_path); }

std::string NoteTerm(std::string_view note_key) { return std::string(kNotePrefix).append(note_key); }

Xapian::Query ParagraphQuery(std::string_view note_key, size_t ordinal) {
  const std::string at = Xapian::sortable_serialise(static_cast<double>(ordinal));
  return Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(NoteTerm(note_key)),
                       Xapian::Query(Xapian::Query::OP_VALUE_RANGE, kSlotOrdinal, at, at));
}

std::string AgendaFacetValue(std::string_view label, std::string_view title) {
  if (label.empty()) return std::string(title);
  std::string value = "(" + std::string(label) + ")";
  if (!title.empty()) value.append(" ").append(title);
  return value;
}

namespace {
constexpr char kFacetSeparator = '\x1f';

// "date organization" -> "do", and back; a type without a letter stays a
// word, space-separated from its neighbours.
std::string TypeLetters(std::string_view types) {
  std::string letters;
  size_t start = 0;
  while (start < types.size()) {
    const size_t end = std::min(types.find(' ', start), types.size());
    const std::string_view type = types.substr(start, end - start);
    const auto known = std::find_if(std::begin(kEntityTypeLetters), std::end(kEntityTypeLetters),
                                    [&](const auto& entry) { return entry.first == type; });
    if (known != std::end(kEntityTypeLetters))
      letters += known->second;
    else if (!type.empty())
      letters.append(" ").append(type).append(" ");
    start = end + 1;
  }
  return letters;
}

std::string TypeNames(std::string_view letters) {
  std::string names;
  auto add = [&](std::string_view name) { names.append(names.empty() ? "" : " ").append(name); };
  for (size_t i = 0; i < letters.size(); ++i) {
    if (letters[i] == ' ') {  // a word between spaces
      const size_t end = std::min(letters.find(' ', i + 1), letters.size());
      if (end > i + 1) add(letters.substr(i + 1, end - i - 1));
      i = end;
      continue;
    }
    for (const auto& [name, letter] : kEntityTypeLetters)
      if (letter == letters[i]) add(name);
  }
  return names;
}

}  // namespace

std::string EncodeFacets(const FacetValues& facets) {
  std::string value = facets.agenda;
  for (const std::string* field : {&facets.body, &facets.year}) value.append(1, kFacetSeparator) += *field;
  return value.append(1, kFacetSeparator) + TypeLetters(facets.entity_types);
}

FacetValues DecodeFacets(std::string_view value) {
  FacetValues facets;
  size_t start = 0;
  for (std::string* field : {&facets.agenda, &facets.body, &facets.year, &facets.entity_types}) {
    if (start > value.size()) break;
    const size_t end = std::min(value.find(kFacetSeparator, start), value.size());
    field->assign(value.substr(start, end - start));
    start = end + 1;
  }
  facets.entity_types = TypeNames(facets.entity_types);
  return facets;
}

std::string DateSlotValue(std::string_view iso_date) {
  if (iso_date.size() != 10 || iso_date[4] != '-' || iso_date[7] != '-') return {};
  std::string value;
  value.append(iso_date.substr(0, 4)).append(iso_date.substr(5, 2)).append(iso_date.substr(8, 2));
  return value;
}

}  // namespace quorum::schema

namespace quorum::schema {
namespace {

struct Day {
  int year, month, day;
};

Day Next(Day d) {
  if (++d.day > DaysInMonth(d.year, d.month)) {
    d.day = 1;
    if (++d.month > 12) {
      d.month = 1;
      ++d.year;
    }
  }
  return d;
}
bool Before(const Day& a, const Day& b) { return std::tie(a.year, a.month, a.day) < std::tie(b.year, b.month, b.day); }
bool BeforeOrSame(const Day& a, const Day& b) { return !Before(b, a); }

// "2017", "2017-08", "2017-08-28" -> the first (or last) day it covers, and
// its precision (1 year, 2 month, 3 day); 0 if it is no date.
int ParseBound(std::string_view iso, bool last, Day* day) {
  auto number = [&](size_t at, size_t n) { return std::atoi(std::string(iso.substr(at, n)).c_str()); };
  if (iso.size() < 4) return 0;
  day->year = number(0, 4);
  day->month = iso.size() >= 7 ? number(5, 2) : (last ? 12 : 1);
  if (day->year < 1000 || day->month < 1 || day->month > 12) return 0;
  day->day = iso.size() >= 10 ? number(8, 2) : (last ? DaysInMonth(day->year, day->month) : 1);
  if (day->day < 1 || day->day > DaysInMonth(day->year, day->month)) return 0;
  return iso.size() >= 10 ? 3 : iso.size() >= 7 ? 2 : 1;
}

std::string Digits(int value, int width) {
  std::string text = std::to_string(value);
  return std::string(static_cast<size_t>(std::max(0, width - static_cast<int>(text.size()))), '0') + text;
}
std::string YearKey(const Day& d) { return Digits(d.year, 4); }
std::string MonthKey(const Day& d) { return YearKey(d) + Digits(d.month, 2); }
std::string DayKey(const Day& d) { return MonthKey(d) + Digits(d.day, 2); }

// Date terms. "y", "m" + period: the paragraph mentions something finer
// within that year or month; "d" + day: it mentions that day. "py", "pm" +
// period: it mentions the year or month itself. A query for a period asks
// for both kinds at every level it touches (DateRangeTerms), so a mention
// writes only the terms no other one of it already answers: a year, its
// "py"; a month, its "pm" and its year's "y"; a day, its "d" and its
// month's "m" and year's "y". (Writing a year's twelve months as well
// made date terms a quarter of a speech corpus's filter terms.)
std::string DateTerm(std::string_view kind, const std::string& key) {
  return FilterTerm(kMentionedDate, std::string(kind) + key);
}

constexpr int kMaxDayTerms = 93;  // a quarter; longer ranges index by month

void AddMentionTerms(const Day& low, const Day& high, int precision, std::vector<std::string>* terms) {
  int days = 0;
  for (Day d = low; BeforeOrSame(d, high) && days <= kMaxDayTerms; d = Next(d)) ++days;
  const bool by_day = precision == 3 && days <= kMaxDayTerms;
  std::string last_month, last_year;
  for (Day d = low; BeforeOrSame(d, high); d = Next(d)) {
    if (by_day) terms->push_back(DateTerm("d", DayKey(d)));
    if (precision > 1 && MonthKey(d) != last_month) {
      last_month = MonthKey(d);
      terms->push_back(DateTerm(by_day ? "m" : "pm", last_month));
    }
    if (YearKey(d) != last_year) {
      last_year = YearKey(d);
      terms->push_back(DateTerm(precision == 1 ? "py" : "y", last_year));
    }
  }
}

}  // namespace

const Field* EntityField(std::string_view type) {
  static constexpr std::pair<std::string_view, const Field*> kTypes[] = {{entity_type::kResolution, &kResolution},
                                                                         {entity_type::kSymbol, &kSymbol},
                                                                         {entity_type::kDate, &kMentionedDate},
                                                                         {entity_type::kEvent, &kEvent},
                                                                         {entity_type::kOrganization, &kOrganization},
                                                                         {entity_type::kRole, &kRole},
                                                                         {entity_type::kPlace, &kPlace},
                                                                         {entity_type::kAmount, &kAmount}};
  for (const auto& [name, field] : kTypes)
    if (name == type) return field;
  return nullptr;
}

std::vector<std::string> EntityTerms(std::string_view type, std::string_view text, std::string_view value) {
  const Field* field = EntityField(type);
  if (!field || value.empty()) return {};
  std::vector<std::string> terms;
  if (type == entity_type::kDate) {
    const size_t slash = value.find('/');
    Day low{}, high{};
    const int precision = ParseBound(value.substr(0, slash), false, &low);
    const std::string_view upper = slash == std::string_view::npos ? value : value.substr(slash + 1);
    if (precision && ParseBound(upper, true, &high) && BeforeOrSame(low, high))
      AddMentionTerms(low, high, precision, &terms);
    return terms;
  }
  terms.push_back(FilterTerm(*field, value));
  if (type == entity_type::kResolution) {
    // "Council resolution 1309 (2015-11-24)" is searched as resolution:1309.
    for (std::string_view keyword : {"resolution ", "decision "}) {
      const size_t at = value.find(keyword);
      if (at == std::string_view::npos) continue;
      const std::string_view rest = value.substr(at + keyword.size());
      terms.push_back(FilterTerm(*field, rest.substr(0, rest.find(' '))));
    }
  } else if (type == entity_type::kAmount) {
    terms.push_back(FilterTerm(*field, value.substr(0, value.find(' '))));  // the currency
  } else if (type == entity_type::kOrganization && text != value) {
    terms.push_back(FilterTerm(*field, text));  // "IDM" as printed, beside its full name
  }
  return terms;
}

std::vector<std::string> DateRangeTerms(std::string_view low_iso, std::string_view high_iso) {
  Day low{}, high{};
  if (!ParseBound(low_iso, false, &low) || !ParseBound(high_iso, true, &high) || Before(high, low)) return {};
  std::vector<std::string> terms;
  std::string last_month, last_year;
  Day d = low;
  while (BeforeOrSame(d, high)) {
    // Coarser mentions overlapping the range.
    if (YearKey(d) != last_year) terms.push_back(DateTerm("py", last_year = YearKey(d)));
    if (MonthKey(d) != last_month) terms.push_back(DateTerm("pm", last_month = MonthKey(d)));
    // Mentions within: a whole year, else a whole month, else the day.
    const Day year_end{d.year, 12, 31}, month_end{d.year, d.month, DaysInMonth(d.year, d.month)};
    if (d.month == 1 && d.day == 1 && BeforeOrSame(year_end, high)) {
      terms.push_back(DateTerm("y", YearKey(d)));
      d = Next(year_end);
    } else if (d.day == 1 && BeforeOrSame(month_end, high)) {
      terms.push_back(DateTerm("m", MonthKey(d)));
      d = Next(month_end);
    } else {
      terms.push_back(DateTerm("d", DayKey(d)));
      d = Next(d);
    }
  }
  return terms;
}

}  // namespace quorum::schema
