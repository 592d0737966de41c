// SPDX-License-Identifier: MIT
// The forms requests, commitments and decisions take in a sentence, and
// how each names who asked, who must act, what and by when. What counts is
// set out in tests/requests/README.md; the trigger words are in
// request_triggers.cc.
#include "common/requests/request_forms.h"

#include <algorithm>

#include "common/requests/request_minutes.h"

namespace quorum::requests {

FormReader::FormReader(const Text& t, const NoteContext& note, const Paragraph& paragraph,
                       const std::vector<DateSpan>& dates, std::vector<Draft>* out)
    : t_(t), note_(note), paragraph_(paragraph), dates_(dates), out_(out) {}

void FormReader::Read() {
  for (size_t s = 0; s < t_.sentences.size(); ++s) {
    sentence_ = s;
    const Range range = t_.sentences[s];
    main_subject_ = MainSubject(range);
    // Every trigger of the sentence first, so each clause ends where the next begins.
    triggers_.clear();
    for (size_t w = range.begin; w < range.end; ++w)
      if (const Form form = Classify(t_, w); form != Form::kNone) triggers_.push_back({w, form});
    decided_in_sentence_ = false;
    for (size_t k = 0; k < triggers_.size(); ++k) {
      clause_end_ = k + 1 < triggers_.size() ? ClauseStart(triggers_[k + 1].word) : range.end;
      Handle(triggers_[k]);
    }
    if (!main_subject_.empty() && !IsPronoun(t_, main_subject_)) last_subject_ = Name(main_subject_);
  }
}

void FormReader::Handle(const Trigger& trigger) {
  switch (trigger.form) {
    case Form::kRequest:
      return ActiveRequest(trigger.word);
    case Form::kDecision:
      return Decision(trigger.word);
    case Form::kModal:
      return ModalCommitment(trigger.word);
    case Form::kConditional:
      return ConditionalCommitment(trigger.word);
    case Form::kUndertaking:
      return Undertaking(trigger.word);
    case Form::kProposal:
      return Proposal(trigger.word);
    case Form::kSupport:
      return SupportOf(trigger.word);
    case Form::kAccepted:
      return Recommendations(trigger.word, true);
    case Form::kNoted:
      return Recommendations(trigger.word, false);
    case Form::kNone:
      return;
  }
}

// ---- who -----------------------------------------------------------------

std::string FormReader::Name(Range r) const {
  if (r.empty()) return {};
  return CleanName(t_.Span(r.begin, r.end - 1));
}

// After "In that respect," / "Regarding the …," / "Under other business,":
// where the sentence's own subject starts.
Range FormReader::MainSubject(Range sentence) const {
  size_t begin = sentence.begin;
  const Word& first = t_.words[begin];
  const bool introduced =
      !first.capital || first.lower.ends_with("ing") ||
      t_.IsAny(begin, {"in",      "regarding", "under",   "on",        "with",       "at",   "as",       "upon",
                       "during",  "after",     "before",  "following", "concerning", "also", "moreover", "furthermore",
                       "finally", "lastly",    "however", "en",        "au",         "dans", "por",      "con",
                       "para",    "to",        "for",     "while",     "although",   "since"});
  if (introduced) {
    for (size_t i = begin; i < sentence.end && i < begin + 30; ++i) {
      if (t_.words[i].punct == ',') {
        begin = i + 1;
        break;
      }
    }
  }
  return NounPhraseAfter(t_, begin, sentence.end);
}

// The subject of the verb at word `verb`: the phrase just before it (over
// "had", "also", a parenthesis ", through the Director General,"); for a
// coordinated verb ("…, and requested") the sentence's subject; for
// "which" the name before the comma ("examined by Qatar, which will").
std::string FormReader::SubjectOf(size_t verb) const {
  const Range sentence = t_.sentences[sentence_];
  size_t i = verb;
  while (i > sentence.begin &&
         t_.IsAny(i - 1, {"had",         "has",       "have",  "also",    "further", "again",  "then",
                          "unanimously", "therefore", "avait", "avaient", "había",   "habían", "subsequently",
                          "formally",    "already",   "thus",  "a",       "ont",     "ha",     "han",
                          "would",       "will",      "was",   "were",    "is",      "are",    "been",
                          "be",          "été",       "fue",   "fueron",  "not",     "did",    "do"}))
    --i;
  if (i > sentence.begin && t_.words[i - 1].punct == ',') {
    // A parenthesis between subject and verb: ", through the Director General,".
    for (size_t open = i - 1; open > sentence.begin && open + 12 > i; --open) {
      if (t_.words[open - 1].punct == ',' &&
          t_.IsAny(open, {"through", "speaking", "acting", "via", "par", "por", "as", "in", "on", "après", "after"})) {
        i = open - 1;
        break;
      }
    }
  }
  // "…, and requested", "… et ont demandé": the verb shares the sentence's subject.
  const bool coordinated = i > sentence.begin && t_.IsAny(i - 1, {"and", "et", "y"});
  Range subject = coordinated ? Range{} : NounPhraseBefore(t_, sentence.begin, i);
  // "The meeting decided …", "Le conseil municipal décide …": a body named in lower case, after its article.
  if (!coordinated && (subject.empty() || subject.end - subject.begin == 1)) {
    for (size_t a = i; a > sentence.begin && a + 4 > i; --a) {
      if (!t_.IsAny(a - 1, {"the", "le", "la", "el", "l\u2019", "l'"})) continue;
      if (a < i && NamesBody(t_, {a, i})) subject = {a, i};
      break;
    }
  }
  if (subject.empty() && i > sentence.begin && t_.IsAny(i - 1, {"which", "who", "qui"})) {
    size_t comma = i - 1;  // the comma, when there is one: "examined by Qatar, which"
    if (comma > sentence.begin && t_.words[comma - 1].punct == ',') --comma;
    {
      const Range antecedent = NounPhraseBefore(t_, sentence.begin, comma);
      if (!antecedent.empty() && antecedent.begin > sentence.begin && t_.Is(antecedent.begin - 1, "by"))
        return Name(antecedent);
    }
  }
  if (subject.empty()) subject = main_subject_.begin < verb ? main_subject_ : Range{};
  // An operative paragraph has no subject: "Requests the Secretary-General to report…".
  if (subject.empty() && i == sentence.begin) return note_.body_short;
  // "SC discussed PEP 615 (support for …) and Barry will take the lead": the subject starts after the
  // bracket and its "and".
  for (size_t m = subject.end; m > subject.begin; --m) {
    if (t_.words[m - 1].punct == ')') {
      if (t_.Is(m, "and") && m + 1 < subject.end) subject.begin = m + 1;
      break;
    }
  }
  if (subject.empty() || IsPronoun(t_, subject)) {
    if (!last_subject_.empty()) return last_subject_;
    if (!paragraph_.speaker.empty()) return paragraph_.speaker;
    return subject.empty() ? std::string() : note_.body_short;
  }
  return Name(subject);
}

bool FormReader::IsBody(const std::string& name) const {
  // "The SC accepted …": the body by its acronym.
  if (!note_.body_short.empty() && AsBody(note_, name) == note_.body_short) return true;
  Text probe;  // a short name, on the rare decision path only
  probe.Load(name);
  return NamesBody(probe, {0, probe.words.size()});
}

// ---- what and when ---------------------------------------------------------

// From the word after the infinitive marker: drop a verb of delivering
// ("provide three short papers" -> "three short papers"), cut the due
// point out, and fill the draft.
void FormReader::FillWhatAndWhen(size_t from, size_t end, Draft* draft) const {
  // Clitics between the marker and the verb: "de lui présenter".
  while (from < end && t_.IsAny(from, {"lui", "leur", "se", "nous"})) ++from;
  // "présenterait oralement, à la prochaine réunion, des informations…": the manner is not the thing.
  if (from + 1 < end && t_.words[from + 1].punct == ',' && t_.Lower(from).ends_with("ment")) from += 2;
  if (from < end && IsDeliveryVerb(t_.Lower(from))) {
    ++from;
    // "send out email …", "hand round the draft": the verb's particle is not the thing.
    if (from + 1 < end && t_.IsAny(from, {"out", "round", "around", "back", "over"})) ++from;
  }
  const Range what{from, end};
  const Due due = FindDue(t_, what, dates_, note_.meeting_year);
  draft->request.deliverable = TextWithout(t_, what, due.words);
  if (!due.words.empty()) {
    draft->request.due = std::string(t_.Span(due.words.begin, due.words.end - 1));
    draft->request.due_value = due.value;
  }
}

Draft FormReader::NewDraft(const char* kind, size_t trigger) const {
  Draft draft;
  draft.request.kind = kind;
  draft.sentence = sentence_;
  draft.last_sentence = sentence_;
  draft.trigger = trigger;
  return draft;
}

// Where a clause begins, backing over its joints: the "and" of "…reserve
// and requested", the ", which" of "…on basin data, which invited".
size_t FormReader::ClauseStart(size_t trigger) const {
  const size_t floor = t_.sentences[sentence_].begin;
  size_t i = trigger;
  while (i > floor && t_.IsAny(i - 1, {"also", "had", "has", "have", "would", "will", "a", "ont", "se"})) --i;
  // A subject of its own after a joint: "…; the Administration would provide".
  const Range subject = NounPhraseBefore(t_, floor, i);
  if (!subject.empty() && subject.end == i && subject.begin > floor &&
      (t_.words[subject.begin - 1].punct == ',' || t_.words[subject.begin - 1].punct == ';' ||
       t_.IsAny(subject.begin - 1, {"and", "but", "et", "y"})))
    i = subject.begin;
  while (i > floor && (t_.IsAny(i - 1, {"and", "which", "who", "y", "et", "but"}) || t_.words[i - 1].punct == ',')) --i;
  return std::max(i, floor + 1);
}

}  // namespace quorum::requests
