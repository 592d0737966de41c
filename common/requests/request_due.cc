// SPDX-License-Identifier: MIT
// Due points of requests and commitments: the phrase as printed ("by the
// end of September", "at its next session in October 2018", "in the near
// future", "d’ici à la fin de l’année") and its ISO value, taken from the
// paragraph's date entities (which already carry the meeting's year).
#include <cctype>

#include "common/requests/request_internal.h"

namespace quorum::requests {
namespace {

class DueReader {
 public:
  DueReader(const Text& t, Range range, const std::vector<DateSpan>& dates, const std::string& meeting_year)
      : t_(t), range_(range), dates_(dates), meeting_year_(meeting_year) {}

  Due At(size_t i) {
    value_.clear();
    const size_t end = Match(i);
    if (end <= i) return {};
    return {{i, end}, value_};
  }

 private:
  bool Has(size_t i) const { return i < range_.end; }
  bool Is(size_t i, std::string_view word) const { return Has(i) && t_.Is(i, word); }

  // The date entity starting at word i: the index after its last word.
  size_t DateAt(size_t i) {
    if (!Has(i)) return 0;
    for (const DateSpan& date : dates_) {
      if (date.start != t_.words[i].start) continue;
      size_t k = i;
      while (Has(k) && t_.words[k].end <= date.end) ++k;
      value_ = std::string(date.value);
      return k;
    }
    return 0;
  }

  // "session" / "meeting" heads, in three languages.
  bool IsSessionHead(size_t i) const {
    return t_.IsAny(i, {"session", "meeting", "sessions", "réunion", "session", "reunión", "sesión", "período",
                        "periodo", "meetings", "review"});
  }
  // Words that make a session a point in time: "next", "same", "that",
  // "twenty-seventh"...
  bool IsSessionPointer(size_t i) const {
    if (t_.IsAny(i, {"next", "same", "that", "this", "following", "forthcoming", "upcoming", "subsequent", "prochaine",
                     "próxima", "proxima", "misma"}))
      return true;
    const std::string_view w = t_.Lower(i);
    return w.size() > 4 && (w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd"));
  }

  // After a session head: "of the Human Rights Council", "del Consejo",
  // then "in September 2014", "de noviembre de 2019", ", in 2019".
  size_t SessionTail(size_t k) {
    if (t_.IsAny(k, {"of", "del", "de", "du"}) && Has(k + 1) && !DateAt(k + 1)) {
      size_t j = k + 1;
      if (t_.IsAny(j, {"the", "la", "le", "l’"})) ++j;
      size_t named = j;
      while (Has(named) && t_.words[named].punct == 0 && (t_.words[named].capital || t_.IsAny(named, {"of", "on"})))
        ++named;
      if (named > j) k = named;
      value_.clear();
    }
    if (const size_t d = DateAt(k)) return d;
    if (t_.IsAny(k, {"in", "en", "de", "on"}) || (Has(k) && t_.words[k].punct == ',')) {
      if (const size_t d = DateAt(k + 1)) return d;
      // ", in September 2014"
      if (Has(k) && t_.words[k].punct == ',' && t_.IsAny(k + 1, {"in", "en"}))
        if (const size_t d = DateAt(k + 2)) return d;
    }
    value_.clear();
    return k;
  }

  // A session phrase starting at j: "the next session of the Council", "its next session in October 2018".
  size_t Session(size_t j) {
    size_t k = j;
    bool pointer = false;
    // Between the preposition and the head only its qualifiers: "a revised text before the next meeting" has its
    // due point at "before", not at "a".
    while (Has(k) && k < j + 6 && t_.words[k].punct == 0 && !IsSessionHead(k) &&
           !t_.IsAny(k, {"before", "by", "at", "for", "until", "after", "during", "to", "with"})) {
      pointer = pointer || IsSessionPointer(k);
      ++k;
    }
    if (!Has(k) || !IsSessionHead(k) || !pointer) return 0;
    return SessionTail(k + 1);
  }

  // A date or a session after "by", "before", "no later than".
  size_t DateOrSession(size_t j) {
    if (t_.IsAny(j, {"the", "la", "el"}) && t_.IsAny(j + 1, {"end", "fin"}) && t_.IsAny(j + 2, {"of", "de", "del"})) {
      if (const size_t d = DateAt(j + 3)) return d;
      if (t_.IsAny(j + 3, {"the", "la", "el"}) && t_.IsAny(j + 4, {"year", "année", "año"})) return Year(j + 5);
      if (t_.IsAny(j + 3, {"l’année", "l'année"})) return Year(j + 4);
    }
    if (const size_t d = DateAt(j)) return d;
    return Session(j);
  }
  size_t Year(size_t end) {
    value_ = meeting_year_;
    return end;
  }

  size_t Match(size_t i) {
    if (!Has(i)) return 0;
    const std::string_view w = t_.Lower(i);
    if (w == "by" || w == "before" || w == "avant" || w == "until" || w == "antes") {
      if (w == "until") return 0;  // "until the end of 2020" is how long, not when due
      size_t j = i + 1;
      if (Is(j, "de")) ++j;  // "antes de"
      return DateOrSession(j);
    }
    if (w == "no" && Is(i + 1, "later") && Is(i + 2, "than")) return DateOrSession(i + 3);
    // "would be announced at the beginning of July", "at the end of 2019".
    if (w == "at" && Is(i + 1, "the") && t_.IsAny(i + 2, {"beginning", "start", "end", "middle"}) && Is(i + 3, "of"))
      if (const size_t d = DateAt(i + 4)) return d;
    if (w == "at" || w == "à" || w == "a" || w == "en") return Session(i + 1);
    if (w == "para" && Is(i + 1, "la") && IsSessionHead(i + 2)) {
      // "para la reunión del Consejo de noviembre de 2019": dated, so a point in time.
      const size_t end = SessionTail(i + 3);
      return value_.empty() ? 0 : end;
    }
    if (w == "in") {
      if (Is(i + 1, "the") && Is(i + 2, "near") && Is(i + 3, "future")) return i + 4;
      if (Is(i + 1, "due") && (Is(i + 2, "course") || Is(i + 2, "time"))) {
        // "in due course, but no later than the twenty-seventh session ... in September 2014"
        if (Has(i + 3) && t_.words[i + 3].punct == ',' && Is(i + 4, "but") && Is(i + 5, "no")) {
          if (const size_t end = Match(i + 5)) return end;
        }
        return i + 3;
      }
      return DateAt(i + 1);
    }
    // "prepare a draft decision … for the next meeting": due at that meeting.
    if (w == "for" && Is(i + 1, "the") && t_.IsAny(i + 2, {"next", "following", "forthcoming", "upcoming"}))
      return Session(i + 1);
    if (w == "as" && Is(i + 1, "soon") && Is(i + 2, "as") && Is(i + 3, "possible")) return i + 4;
    if (w == "within" && Has(i + 2) && t_.IsAny(i + 2, {"days", "weeks", "months", "years", "year", "month"}))
      return i + 3;
    if (w == "for" && t_.IsAny(i + 1, {"submission", "consideration", "presentation"})) {
      // "for submission to the Council in November 2019"
      size_t k = i + 2;
      while (Has(k) && k < i + 9 && t_.words[k].punct == 0 && !DateAt(k) && !t_.IsAny(k, {"in", "at"})) ++k;
      if (const size_t d = DateAt(k)) return d;
      if (t_.IsAny(k, {"in"}) && DateAt(k + 1)) return DateAt(k + 1);
      if (Is(k, "at")) {
        if (const size_t s = Session(k + 1)) return s;
      }
      return 0;
    }
    if (w == "d’ici" || w == "d'ici") {
      size_t j = i + 1;
      if (Is(j, "à")) ++j;
      if (t_.IsAny(j, {"la"}) && Is(j + 1, "fin") && Is(j + 2, "de")) {
        if (t_.IsAny(j + 3, {"l’année", "l'année"})) return Year(j + 4);
        if (const size_t d = DateAt(j + 3)) return d;
      }
      return DateAt(j);
    }
    return 0;
  }

  const Text& t_;
  Range range_;
  const std::vector<DateSpan>& dates_;
  const std::string& meeting_year_;
  std::string value_;
};

}  // namespace

Due FindDue(const Text& t, Range range, const std::vector<DateSpan>& dates, const std::string& meeting_year) {
  DueReader reader(t, range, dates, meeting_year);
  for (size_t i = range.begin; i < range.end; ++i) {
    if (t.words[i].punct) continue;
    if (Due due = reader.At(i); !due.words.empty()) return due;
  }
  return {};
}

}  // namespace quorum::requests
