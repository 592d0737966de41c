// SPDX-License-Identifier: MIT
// The trigger words of requests, commitments and decisions, in English,
// French and Spanish, and the checks on their neighbours that keep out
// participles ("the papers requested at the meeting") and questions
// ("asked whether").
#include <algorithm>
#include <iterator>

#include "common/requests/request_forms.h"

namespace quorum::requests {
namespace {

bool In(std::string_view word, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// A past participle used as an adjective or in a back-reference: "the
// note requested at the meeting of 14 March", "adopted by the General
// Assembly", "approved as a correct record", "as undertaken at".
bool ParticipleNext(const Text& t, size_t w) {
  // "resolvió por unanimidad", "adopté par consensus": how it was decided, not by whom.
  if (t.IsAny(w + 1, {"por", "par"}) && t.IsAny(w + 2, {"unanimidad", "unanimité", "consenso", "consensus"}))
    return false;
  return t.IsAny(w + 1, {"by", "at", "in", "under", "during", "from", "earlier", "previously", "above", "below", "as",
                         "therein", "par", "por", "lors", "en"});
}

}  // namespace

bool IsDeliveryVerb(std::string_view lower) {
  return In(lower, {"provide",       "produce",      "present",        "submit",       "prepare",        "circulate",
                    "issue",         "give",         "send",           "deliver",      "furnish",        "draft",
                    "distribute",    "publish",      "présenter",      "fournir",      "soumettre",      "communiquer",
                    "transmettre",   "établir",      "remettre",       "préparer",     "preparara",      "presentara",
                    "elaborara",     "preparar",     "presentar",      "proporcionar", "proporcionara",  "facilitara",
                    "enviara",       "présenterait", "présenteraient", "fournirait",   "communiquerait", "soumettrait",
                    "transmettrait", "remettrait",   "établirait",     "presentaría",  "proporcionaría", "facilitaría",
                    "prepararía",    "enviaría"});
}

bool IsDeliveredParticiple(std::string_view lower) {
  return In(lower, {"circulated",  "provided",  "issued",    "presented", "submitted",    "shared",      "published",
                    "distributed", "sent",      "given",     "prepared",  "made",         "transmitted", "delivered",
                    "finalized",   "finalised", "completed", "announced", "communicated", "posted",      "released"});
}

Form Classify(const Text& t, size_t w) {
  const Word& word = t.words[w];
  if (word.punct || word.lower.size() < 4) return Form::kNone;
  const std::string_view lw = word.lower;
  if (In(lw, {"requested", "requests", "asked",       "asks",   "invited", "invites",    "urged",    "urges",
              "called",    "calls",    "prié",        "priée",  "priés",   "demandé",    "demandée", "pidió",
              "solicitó",  "pidieron", "solicitaron", "chargé", "chargée", "instructed", "instructs"})) {
    if (ParticipleNext(t, w) && !t.IsAny(w - (w > 0 ? 1 : 0), {"was", "were", "been", "is", "are", "se"}))
      return Form::kNone;
    if ((lw == "called" || lw == "calls") && !t.IsAny(w + 1, {"on", "upon"})) return Form::kNone;
    // "requests that exceed the $2k limit": the noun, with a relative clause (a verb right after "that"); the
    // verb is followed by what is asked ("requests that the Secretariat …").
    if (lw == "requests" && t.Is(w + 1, "that") && w + 2 < t.words.size() && !t.words[w + 2].capital &&
        t.words[w + 2].punct == 0 &&
        !t.IsAny(w + 2, {"the", "a",    "an",   "this",    "these",       "those",     "its",           "their",
                         "his", "her",  "our",  "all",     "each",        "every",     "member",        "states",
                         "it",  "they", "he",   "she",     "we",          "there",     "such",          "no",
                         "any", "some", "both", "parties", "governments", "countries", "consideration", "further"}))
      return Form::kNone;
    // "instructed X to …" asks X; "instructed that …" reports an order, often not the meeting's.
    if ((lw == "instructed" || lw == "instructs") && t.IsAny(w + 1, {"that"})) return Form::kNone;
    if ((lw == "asked" || lw == "asks") && t.IsAny(w + 1, {"about", "whether", "if", "how", "what", "when", "why",
                                                           "which", "who", "questions", "question", "where", "to"}))
      return Form::kNone;
    return Form::kRequest;
  }
  // "sought further information on…", "wished to know more about…": asking for information.
  if ((lw == "sought" || lw == "seeks") &&
      t.IsAny(w + 1, {"information", "further", "more", "additional", "clarification", "clarifications", "details"}))
    return Form::kRequest;
  if (In(lw, {"wanted", "wished", "wishes", "wants"}) && t.Is(w + 1, "to") && t.Is(w + 2, "know"))
    return Form::kRequest;
  if (In(lw,
         {"decided", "decides", "agreed", "agrees", "adopted", "adopts", "approved", "approves", "voted", "resolved",
          "endorsed", "décidé", "decidió", "decidieron", "acordó", "aprobó", "adoptó", "convenu", "approuvé", "adopté",
          // a deliberation's present ("Le conseil municipal … décide / approuve à l'unanimité …") and the
          // Spanish plural and "resolvió"
          "décide", "décident", "approuve", "approuvent", "adopte", "adoptent", "resolvió", "resolvieron", "acordaron",
          "aprobaron"})) {
    return ParticipleNext(t, w) ? Form::kNone : Form::kDecision;
  }
  // "The group … settled on doing a survey", "The SC determined that …": a body's decision (Decision() checks
  // that the subject is a body).
  if ((lw == "settled" && t.Is(w + 1, "on")) || (lw == "determined" && t.Is(w + 1, "that"))) return Form::kDecision;
  // "Ewa is going to discuss with Ernest …": a reported future, as "will".
  if (lw == "going" && w > 0 && t.IsAny(w - 1, {"is", "are"}) && t.Is(w + 1, "to") && w + 2 < t.words.size() &&
      (IsDeliveryVerb(t.Lower(w + 2)) || t.IsAny(w + 2, {"discuss", "check", "ask", "contact", "email", "review"})))
    return Form::kModal;
  if (lw == "would" || lw == "will") {
    if (w + 1 >= t.words.size()) return Form::kNone;
    const std::string_view next = t.Lower(w + 1);
    // "Barry will take the lead on communications".
    if (next == "take" && t.Is(w + 2, "the") && t.Is(w + 3, "lead")) return Form::kModal;
    // "Antoine will open a PR"; not "would open the door to …".
    if (next == "open" && t.IsAny(w + 2, {"a", "an"})) return Form::kModal;
    // "Carol will work on a charter"; not "would work to ratify", "will work with civil society".
    if (next == "work" && t.Is(w + 2, "on") && t.IsAny(w + 3, {"a", "an", "the"})) return Form::kModal;
    if (IsDeliveryVerb(next) ||
        In(next,
           {"report", "keep", "share", "brief", "inform", "update", "respond", "reply", "establish", "organize",
            "organise", "convene", "ratify", "improve",
            // the tasks minutes assign: "Barry will email …", "Carol will work on a charter"
            "email", "notify", "amend", "file", "record", "ping", "draft", "read", "write", "contact", "schedule"}))
      return Form::kModal;
    if (next == "be" && w + 2 < t.words.size() &&
        (IsDeliveredParticiple(t.Lower(w + 2)) || (t.Is(w + 2, "in") && t.Is(w + 3, "place"))))
      return Form::kModal;
    return Form::kNone;
  }
  if (In(lw, {"présenterait", "présenteraient", "fournirait", "communiquerait", "soumettrait", "transmettrait",
              "remettrait", "établirait", "presentaría", "proporcionaría", "facilitaría", "prepararía", "enviaría"}))
    return Form::kConditional;
  if (In(lw, {"undertook", "undertakes", "undertaken", "pledged", "promised"})) {
    if (lw == "undertaken" && !t.IsAny(w - (w > 0 ? 1 : 0), {"has", "had", "have"})) return Form::kNone;
    return t.IsAny(w + 1, {"to", "de"}) ? Form::kUndertaking : Form::kNone;
  }
  // "Chile made a commitment to implement many of the recommendations".
  if (lw == "commitment" && w >= 2 && t.Is(w - 1, "a") && t.IsAny(w - 2, {"made", "makes", "make"}) &&
      t.Is(w + 1, "to"))
    return Form::kUndertaking;
  if (lw == "accepted" || lw == "accepts" || lw == "noted") {
    const bool passive = t.IsAny(w - (w > 0 ? 1 : 0), {"be", "been", "were", "are", "was"});
    if (lw == "noted" && passive) {
      // "were noted by Luxembourg", "cannot be accepted and will thus be noted"
      const auto sentence = std::find_if(t.sentences.begin(), t.sentences.end(),
                                         [&](const Range& r) { return r.begin <= w && w < r.end; });
      if (sentence == t.sentences.end()) return Form::kNone;
      for (size_t k = sentence->begin; k < w; ++k)
        if (t.IsAny(k, {"recommendation", "recommendations"})) return Form::kNoted;
      return Form::kNone;
    }
    // Active, only about the report's list: "accepted the following
    // recommendations", not "noted the strong recommendations made on…".
    bool list = false;
    for (size_t k = w + 1; k < std::min(w + 6, t.words.size()); ++k)
      list = list || (t.IsAny(k, {"recommendations", "recommendation"}) &&
                      (t.IsAny(k - 1, {"following"}) || t.IsAny(k + 1, {"below", "listed", "contained"})));
    if (!passive && list) return lw == "noted" ? Form::kNoted : Form::kAccepted;
    // "The Steering Council accepted PEP 584": a body's acceptance is a decision (Decision() checks the subject).
    // Not the adjective: "the accepted recommendations", "all accepted recommendations".
    // and only of an object named next: "accepted PEP 584", "accepted the Convention".
    const bool object = w + 1 < t.words.size() && (t.words[w + 1].capital || t.IsAny(w + 1, {"the", "a", "an"}));
    const bool opens =
        std::any_of(t.sentences.begin(), t.sentences.end(), [&](const Range& r) { return r.begin == w; });
    if (!passive && lw != "noted" && object && !opens && !ParticipleNext(t, w) &&
        !t.IsAny(w - (w > 0 ? 1 : 0),
                 {"the", "of", "all", "those", "these", "its", "their", "and", "any", "le", "les"}))
      return Form::kDecision;
    return Form::kNone;
  }
  // "The Committee recommends that the delegations … be allowed": a body's recommendation asks (ActiveRequest
  // keeps it only from a body; a State's "recommended that Botswana …" in a review is not counted).
  if (lw == "recommends" && t.Is(w + 1, "that")) return Form::kRequest;
  if (In(lw, {"proposed", "suggested", "proposes", "suggests", "proposé", "propuso"}))
    return t.IsAny(w + 1, {"that", "que"}) ? Form::kProposal : Form::kNone;
  if (In(lw, {"enjoy", "enjoys", "enjoyed"}))
    return t.Is(w + 1, "the") && t.Is(w + 2, "support") ? Form::kSupport : Form::kNone;
  return Form::kNone;
}

}  // namespace quorum::requests
