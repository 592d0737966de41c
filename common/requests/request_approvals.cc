// SPDX-License-Identifier: MIT
// A board's outcomes written as the agenda's results in Spanish actas (see
// request_minutes.h): "Se aprueba por unanimidad la licencia …", "…, se
// aprueba por unanimidad la concesión …", "aprobándose por unanimidad el
// procedimiento …", "Ambos fueron aprobados por unanimidad", "se define
// aplicar …, siendo aprobado por unanimidad", "se acordó reservar …",
// "Aprobado.": each a decision of the body. And the officer's report of
// what will be done by when ("a partir del 01/09 se habilitará la
// actividad …"): a commitment of the officer who reports it.
#include <algorithm>

#include "common/requests/request_minutes.h"

namespace quorum::requests {
namespace {

// "aprobado", "aprobada", "aprobados", "aprobadas".
bool IsApprovedParticiple(const Text& t, size_t w) {
  return t.IsAny(w, {"aprobado", "aprobada", "aprobados", "aprobadas"});
}

// "por unanimidad", "por mayoría", "por 309 votos a favor": how the vote went.
bool VoteCountAt(const Text& t, size_t w) {
  if (!t.Is(w, "por") || w + 1 >= t.words.size()) return false;
  if (t.IsAny(w + 1, {"unanimidad", "mayoría", "mayoria", "aclamación", "asentimiento"})) return true;
  const std::string_view count = t.Lower(w + 1);
  return !count.empty() && count[0] >= '0' && count[0] <= '9' && t.IsAny(w + 2, {"votos", "voto"});
}

// "aplicar", "reservar", "convocar": a board resolves to do something.
bool IsInfinitive(const Text& t, size_t w) {
  if (w >= t.words.size()) return false;
  const std::string_view word = t.Lower(w);
  return word.size() > 3 && (word.ends_with("ar") || word.ends_with("er") || word.ends_with("ir"));
}

// Where an approval or a board's resolution starts at word k, how many
// words it takes; 0 when none does. `participle` is set for the forms that
// only close a sentence's earlier decision ("…, siendo aprobado por
// unanimidad"; "aprobándose …" after "se define …").
size_t ApprovalAt(const Text& t, size_t k, size_t sentence_begin, bool* participle) {
  *participle = false;
  const bool opens = k == sentence_begin;
  // A clause of its own: at the sentence's start, after a comma, after "y",
  // "que" ("informa que se acordó …") or a connective ("Asimismo también se
  // aprueba …"); not after "cuando", "si", "como": a speech recalling or
  // supposing a vote ("cuando se aprobó la ley").
  const bool clause = opens || (k > sentence_begin && (t.words[k - 1].punct == ',' ||
                                                       t.IsAny(k - 1, {"y", "que", "también", "asimismo", "luego"})));
  const bool supposed =
      k > sentence_begin && t.IsAny(k - 1, {"cuando", "si", "como", "donde", "lo", "no", "qué", "para"});
  if (t.Is(k, "se") && !supposed) {
    // "Se aprobó …" opening the sentence; inside one, only with the vote's count ("…, se aprueba por unanimidad
    // la concesión", "…, se aprueba por 309 votos a favor"): a speech mentions laws "se aprobó" without one.
    bool counted =
        false;  // the sentence records the vote: "…, y se aprobó el llamado …, todo es aprobado por unanimidad"
    for (size_t m = k + 2; m + 1 < t.sentences[SentenceOf(t, k)].end && !counted; ++m) counted = VoteCountAt(t, m);
    if (t.IsAny(k + 1, {"aprueba", "aprueban", "aprobó", "aprobaron"}) &&
        (opens || VoteCountAt(t, k + 2) || (clause && counted)))
      return 2;
    // "se decide …", "se resolvió …", "se acordó reservar …", "se define aplicar …": the board resolves to do
    // something (an infinitive, "que …", or by a vote's count).
    if (t.IsAny(k + 1, {"decide", "decidió", "decidieron", "resuelve", "resolvió", "acuerda", "acordó", "define",
                        "definió"}) &&
        (IsInfinitive(t, k + 2) || t.Is(k + 2, "que") || VoteCountAt(t, k + 2)))
      return 2;
  }
  // "aprobándose por unanimidad el procedimiento …".
  if (t.IsAny(k, {"aprobándose", "aprobandose"}) && VoteCountAt(t, k + 1)) return *participle = true, 1;
  // "siendo aprobado por unanimidad": closes the decision the sentence stated.
  if (t.Is(k, "siendo") && IsApprovedParticiple(t, k + 1)) return *participle = true, 2;
  // "Ambos fueron aprobados por unanimidad", "todo es aprobado por unanimidad", "Fue aprobado.".
  if (t.IsAny(k, {"es", "son", "fue", "fueron"}) && IsApprovedParticiple(t, k + 1) && (VoteCountAt(t, k + 2) || opens))
    return 2;
  // "Aprobado." as a line or sentence of its own.
  if (opens && IsApprovedParticiple(t, k) && k + 1 == t.sentences[SentenceOf(t, k)].end) return 1;
  return 0;
}

// Housekeeping, not an outcome: approving the minutes of a meeting ("Se
// lee el acta anterior, la cual se aprueba por unanimidad") or the
// order of the day, or an
// earlier meeting's vote recalled ("se aprobó en la reunión de Marzo …").
bool Housekeeping(const Text& t, Range sentence, size_t k, size_t length) {
  for (size_t m = sentence.begin; m + 1 < sentence.end; ++m) {
    if (t.Is(m, "orden") && t.Is(m + 1, "del") && t.Is(m + 2, "día")) return true;
    // "Se lee el acta anterior", "el acta de la reunión anterior", "Se lee el acta de Abril, la cual se aprueba".
    if (t.IsAny(m, {"el", "del"}) && t.Is(m + 1, "acta")) return true;
  }
  const size_t after = k + length;
  return t.Is(after, "en") && t.IsAny(after + 1, {"la", "el"}) && t.IsAny(after + 2, {"reunión", "sesión", "acta"});
}

}  // namespace

void MinutesReader::SpanishApprovals() {
  if (note_.language != "es") return;
  for (size_t s = 0; s < t_.sentences.size(); ++s) {
    const Range sentence = t_.sentences[s];
    size_t last = sentence.end;  // the last decision's trigger in this sentence
    for (size_t k = sentence.begin; k < sentence.end; ++k) {
      bool participle = false;
      const size_t length = ApprovalAt(t_, k, sentence.begin, &participle);
      if (length == 0) continue;
      // "se define aplicar …, siendo aprobado por unanimidad": one decision, stated then voted.
      if (participle && last != sentence.end) continue;
      if (Housekeeping(t_, sentence, k, length)) break;
      // The prose reader may have read the same verb ("Se resolvió …", "Se aprobó …").
      const bool read = std::any_of(out_->begin(), out_->end(), [&](const Draft& d) {
        return d.request.kind == request_kind::kDecision && d.sentence == s && d.trigger + 3 >= k && d.trigger <= k + 3;
      });
      last = k;
      if (read) continue;
      Draft draft = NewMinutesDraft(t_, request_kind::kDecision, k);
      draft.request.requester = draft.request.addressee = BodyName();
      // What was approved: after the verb and its count ("la licencia del Sr. …"), else what the sentence stated.
      size_t what = k + length;
      // "Sometida a votación la moción …, se aprueba por 309 votos a favor …" and "Ambos fueron aprobados …":
      // what the sentence put to the vote, before the verb; "se aprueba por unanimidad la licencia …": after it.
      const bool counted = VoteCountAt(t_, what) && !t_.IsAny(what + 1, {"unanimidad", "mayoría", "mayoria"});
      const bool passive = t_.IsAny(k, {"es", "son", "fue", "fueron"});
      if (VoteCountAt(t_, what)) what += 2;
      if (counted || passive) what = sentence.end;
      draft.request.deliverable = Plain(t_, what, sentence.end);
      if (draft.request.deliverable.empty()) draft.request.deliverable = Plain(t_, sentence.begin, k);
      if (draft.request.deliverable.empty()) draft.request.deliverable = Plain(t_, sentence.begin, sentence.end);
      out_->push_back(std::move(draft));
    }
  }
}

namespace {

// "se presentará", "se habilitarán": a future passive; not the events of a
// schedule ("se someterán a los hisopados", "se harán los estudios") nor a
// modal ("se podrá", "se deberá").
bool IsPassiveFuture(const Text& t, size_t k) {
  if (!t.Is(k, "se") || k + 1 >= t.words.size()) return false;
  const std::string_view verb = t.Lower(k + 1);
  if (!verb.ends_with("r\u00e1") && !verb.ends_with("r\u00e1n")) return false;
  return !t.IsAny(k + 1, {"someterá",  "someterán",  "hará",  "harán",  "llevará", "llevarán", "tratará", "tratarán",
                          "analizará", "analizarán", "verá",  "verán",  "podrá",   "podrán",   "deberá",  "deberán",
                          "será",      "serán",      "habrá", "tendrá", "tendrán", "sumará",   "sumarán"});
}

// When: "la semana que viene", "la próxima semana", "el mes próximo" in words [begin, end).
bool RelativeWhen(const Text& t, size_t begin, size_t end, Range* when) {
  for (size_t m = begin; m + 2 < end; ++m) {
    const bool next_week = t.Is(m, "semana") && t.Is(m + 1, "que") && t.Is(m + 2, "viene");
    const bool proxima = t.IsAny(m, {"próxima", "próximo"}) && t.IsAny(m + 1, {"semana", "mes", "año", "reunión"});
    if (!next_week && !proxima) continue;
    const size_t from = m > begin && t.IsAny(m - 1, {"la", "el"}) ? m - 1 : m;
    *when = {from, next_week ? m + 3 : m + 2};
    return true;
  }
  return false;
}

}  // namespace

// "El Secretario Pablo Bastide informa que … a partir del 01/09 se
// habilitará la actividad de running", "La semana que viene se continuará
// con la adecuación del Colegio": an officer reports what will be done by
// when, a commitment (README: a passive promise counts only with a due
// point). Its owner is the officer the paragraph opens with.
void MinutesReader::SpanishFuture() {
  if (note_.language != "es") return;
  // "El Secretario Pablo Bastide informa …", "El presidente, Daniel Pandolfi, propone …": the reporting officer.
  Range reporter{};
  for (size_t v = 1; v < t_.words.size() && v < 12 && reporter.empty(); ++v) {
    if (!t_.IsAny(v, {"informa", "informó", "detalla", "detalló", "expone", "explica", "comunica", "propone"}))
      continue;
    size_t end = v;
    while (end > 0 && t_.words[end - 1].punct == ',') --end;
    size_t begin = end;
    while (begin > 0 && t_.words[begin - 1].capital && t_.words[begin - 1].punct == 0 &&
           !t_.IsAny(begin - 1, {"secretario", "presidente", "tesorero", "vocal", "vicepresidente", "protesorero",
                                 "prosecretario", "sr", "sra", "el", "la", "titular", "actas"}))
      --begin;
    if (end > begin) reporter = {begin, end};
  }
  // Without an officer's report, a future passive is a speech's forecast ("el año próximo se aprobará …").
  if (reporter.empty()) return;
  for (size_t s = 0; s < t_.sentences.size(); ++s) {
    const Range range = t_.sentences[s];
    if (HasRecord(request_kind::kCommitment, s)) continue;
    for (size_t k = range.begin; k < range.end; ++k) {
      if (!IsPassiveFuture(t_, k)) continue;
      // A due point in the sentence: a date ("a partir del 01/09", "en el mes de febrero 2019") or "la semana que
      // viene".
      Range when{};
      std::string due, due_value;
      for (const DateSpan& date : dates_)
        if (date.start >= t_.words[range.begin].start && date.end <= t_.words[range.end - 1].end && due.empty())
          due = std::string(t_.text.substr(date.start, date.end - date.start)), due_value = std::string(date.value);
      if (due.empty() && RelativeWhen(t_, range.begin, range.end, &when))
        due = std::string(t_.Span(when.begin, when.end - 1));
      if (due.empty()) break;
      Draft draft = NewMinutesDraft(t_, request_kind::kCommitment, k);
      draft.request.requester = BodyName();
      draft.request.addressee = Plain(t_, reporter.begin, reporter.end);
      // "se presentará el informe final que elaborará el asesor legal externo a efectos …": its author does it.
      for (size_t m = k + 2; m + 3 < range.end; ++m) {
        const std::string_view verb = t_.Lower(m + 1);
        if (!t_.Is(m, "que") || !(verb.ends_with("r\u00e1") || verb.ends_with("r\u00e1n")) ||
            !t_.IsAny(m + 2, {"el", "la", "los", "las"}))
          continue;
        size_t end = m + 3;
        while (end < range.end && end < m + 8 && t_.words[end].punct == 0 &&
               !t_.IsAny(end, {"a", "para", "de", "del", "en", "con", "por", "y", "que"}))
          ++end;
        if (end > m + 3) draft.request.addressee = Plain(t_, m + 3, end);
        break;
      }
      draft.request.deliverable = Plain(t_, k + 1, range.end);
      draft.request.due = due;
      draft.request.due_value = due_value;
      out_->push_back(std::move(draft));
      break;
    }
  }
}

}  // namespace quorum::requests
