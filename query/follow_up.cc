// SPDX-License-Identifier: MIT
// Follow-up links (see follow_up.h). A later paragraph answers a request when
// it delivers something (a delivery verb in the past) and either
//   1. cites the request's meeting and paragraph ("WG/BGR/2017/5, paragraph 12"), or
//   2. cites its meeting (by date, symbol or "the previous meeting") with a
//      cue of the request's kind ("requested at", "as announced at"), and
//      names its deliverable, or is the only record of that kind there
//      (a later note in another language shares no words with it), or
//   3. comes from a later meeting of the same body, names the addressee and
//      repeats most of the deliverable's words.
// Candidates come from the index: the meeting's date and symbol as entity
// terms, the next meetings of the body, and BM25 on the deliverable's words.
#include "query/follow_up.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include "common/index/schema.h"
#include "common/requests/follow_up_text.h"
#include "common/text/language.h"
#include "common/text/tokeniser.h"

namespace quorum {
namespace {

namespace d = schema::data;

// How many of the best BM25 matches of the deliverable's words are read for
// rule 3; answers in the same body repeat the deliverable's words, so they rank high.
constexpr Xapian::doccount kOverlapCandidates = 20;
constexpr size_t kOverlapQueryTerms = 12;
// Sentences that report a delivery are short: "The briefing note on basin
// data requested at the meeting of 14 March 2018 (WG/BGR/2018/4) was
// presented by the Senior Policy Adviser to the Director General" has 26 words.
constexpr size_t kMaxAnswerWords = 60;

// "WG/BGR/2018/3" -> "WG/BGR": the leading segments without digits name
// the series, which stays the same across a body's meetings and languages.
std::string Series(const std::string& symbol) {
  std::string series;
  size_t start = 0;
  while (start < symbol.size()) {
    const size_t slash = std::min(symbol.find('/', start), symbol.size());
    const std::string segment = symbol.substr(start, slash - start);
    if (segment.empty() || std::any_of(segment.begin(), segment.end(), [](char c) { return std::isdigit(c); })) break;
    series += (series.empty() ? "" : "/") + segment;
    start = slash + 1;
  }
  return series;
}

// The request's deliverable, and each listed item's text, as compared with
// later sentences. An empty deliverable falls back to the sentence.
std::vector<std::pair<std::string, std::string>> RequestTexts(const nlohmann::json& request) {
  std::vector<std::pair<std::string, std::string>> texts;  // item label ("" for the whole), text
  std::string deliverable = request.value("deliverable", "");
  if (deliverable.empty()) deliverable = request.value("sentence", "");
  texts.emplace_back("", deliverable);
  for (const auto& item : request.value("items", nlohmann::json::array()))
    texts.emplace_back(item.value("label", ""), item.value("text", ""));
  return texts;
}

// The thing a deliverable names comes before its first comma; what follows
// elaborates it ("An update on IORB's work on basin data, including its
// contribution to …"), and a report on it often names only the thing.
std::string Head(const std::string& text) { return text.substr(0, text.find(',')); }

}  // namespace

struct FollowUp::Meeting {
  std::string id, date, body, series, language;
};

struct FollowUp::Reading {
  nlohmann::json data;
  std::string meeting;
  std::vector<follow_up::Sentence> sentences;
  struct Reference {
    std::string meeting;
    std::string paragraph;  // cited paragraph number; empty if none
    std::string cue;        // kind the sentence points to; empty if none
  };
  std::vector<Reference> references;
  std::set<std::string> words;                          // of the whole paragraph
  std::vector<std::set<std::string>> delivering_stems;  // content words of each delivering sentence, stemmed
  std::vector<bool> delivering_item;                    // whether that sentence is a listed item
  bool delivers = false;
};

FollowUp::FollowUp(Xapian::Database database) : database_(std::move(database)) {
  // One document per note: its first paragraph carries the meeting's metadata.
  Xapian::Enquire enquire(database_);
  const std::string first = Xapian::sortable_serialise(0);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotOrdinal, first, first));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const Xapian::MSet mset = enquire.get_mset(0, database_.get_doccount());
  for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) {
    const nlohmann::json data = stored_.Read(it.get_document());
    Meeting meeting{data.value(d::kMeeting, ""), data.value(d::kDate, ""), NormaliseWord(data.value(d::kBody, "")),
                    Series(data.value(d::kSymbol, "")), data.value(d::kLanguage, "en")};
    if (!meeting.id.empty()) meetings_.emplace(meeting.id, meeting);
  }
  // A body's meetings in date order, by name and by symbol series: notes in
  // another language name the body differently but keep its series.
  for (const auto& [id, meeting] : meetings_) {
    by_date_.emplace(meeting.date, &meeting);
    by_body_[meeting.body].push_back(&meeting);
    if (!meeting.series.empty()) by_series_[meeting.series].push_back(&meeting);
  }
  for (auto* groups : {&by_body_, &by_series_})
    for (auto& [key, list] : *groups)
      std::stable_sort(list.begin(), list.end(), [](const Meeting* a, const Meeting* b) { return a->date < b->date; });
}

std::vector<const FollowUp::Meeting*> FollowUp::SameBody(const Meeting& meeting) const {
  std::vector<const Meeting*> all = by_body_.at(meeting.body);
  if (!meeting.series.empty())
    for (const Meeting* other : by_series_.at(meeting.series))
      if (std::find(all.begin(), all.end(), other) == all.end()) all.push_back(other);
  std::stable_sort(all.begin(), all.end(), [](const Meeting* a, const Meeting* b) { return a->date < b->date; });
  return all;
}

bool FollowUp::IsSameBody(const Meeting& a, const Meeting& b) {
  return a.body == b.body || (!a.series.empty() && a.series == b.series);
}

FollowUp::~FollowUp() = default;

const FollowUp::Meeting* FollowUp::Previous(const Meeting& meeting) const {
  const Meeting* previous = nullptr;
  for (const Meeting* other : SameBody(meeting))
    if (other->date < meeting.date) previous = other;
  return previous;
}

const FollowUp::Reading& FollowUp::Read(Xapian::docid docid) {
  auto& slot = readings_[docid];
  if (slot) return *slot;
  slot = std::make_unique<Reading>();
  Reading& reading = *slot;
  reading.data = stored_.Read(database_.get_document(docid));
  reading.meeting = reading.data.value(d::kMeeting, "");
  std::vector<std::string> items;
  for (const auto& item : reading.data.value(d::kItems, nlohmann::json::array()))
    items.push_back(item.value("text", ""));
  reading.sentences = follow_up::ReadSentences(reading.data.value(d::kText, ""), items);
  const auto own = meetings_.find(reading.meeting);
  const Meeting* previous = own == meetings_.end() ? nullptr : Previous(own->second);
  const std::string language = reading.data.value(d::kLanguage, "en");
  const auto entities = reading.data.value(d::kEntities, nlohmann::json::array());
  for (const follow_up::Sentence& sentence : reading.sentences) {
    reading.delivers = reading.delivers || sentence.delivers;
    reading.words.insert(sentence.words.begin(), sentence.words.end());
    // A sentence long enough to name everything proves nothing by naming a deliverable.
    if (sentence.delivers && sentence.words.size() <= kMaxAnswerWords) {
      reading.delivering_item.push_back(sentence.item);
      std::set<std::string>& stems = reading.delivering_stems.emplace_back();
      for (const std::string& word : sentence.content) stems.insert(StemOf(word, language));
    }
    for (const auto& entity : entities) {
      const std::string type = entity.value("type", ""), value = entity.value("value", "");
      const std::string text = entity.value("text", "");
      if (text.empty() || sentence.text.find(text) == std::string::npos) continue;
      if (type == entity_type::kSymbol && meetings_.contains(value)) {
        // A meeting's symbol with a paragraph number is explicit enough without a cue.
        const std::string paragraph = follow_up::CitedParagraph(sentence.text, text);
        if (!paragraph.empty() || !sentence.cue.empty()) reading.references.push_back({value, paragraph, sentence.cue});
      } else if (type == entity_type::kDate && value.size() == 10 && !sentence.cue.empty()) {
        const auto [from, to] = by_date_.equal_range(value);
        for (auto it = from; it != to; ++it) reading.references.push_back({it->second->id, "", sentence.cue});
      }
    }
    if (sentence.previous_meeting && !sentence.cue.empty() && previous)
      reading.references.push_back({previous->id, "", sentence.cue});
  }
  return reading;
}

const std::vector<StoredRequest>& FollowUp::RequestsOf(const std::string& meeting, const std::string& kind) {
  auto [it, added] = requests_of_.try_emplace({meeting, kind});
  if (!added) return it->second;
  Xapian::Enquire enquire(database_);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER,
                                  Xapian::Query(schema::FilterTerm(schema::kMeeting, meeting)),
                                  Xapian::Query(schema::RequestKindTerm(kind))));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const Xapian::MSet mset = enquire.get_mset(0, database_.get_doccount());
  for (Xapian::MSetIterator m = mset.begin(); m != mset.end(); ++m) {
    const nlohmann::json data = stored_.Read(m.get_document());
    const auto requests = data.value(d::kRequests, nlohmann::json::array());
    for (size_t i = 0; i < requests.size(); ++i)
      if (requests[i].value("kind", "") == kind) it->second.push_back({*m, i, data, requests[i]});
  }
  return it->second;
}

const Xapian::Stem& FollowUp::Stemmer(const std::string& language) {
  auto it = stemmers_.find(language);
  if (it == stemmers_.end()) it = stemmers_.emplace(language, Xapian::Stem(StemmerName(language))).first;
  return it->second;
}

std::string FollowUp::StemOf(const std::string& word, const std::string& language) {
  // As the index stores them: words that start with a digit are not stemmed.
  return std::isdigit(static_cast<unsigned char>(word[0])) ? word : Stemmer(language)(word);
}

FollowUp::Weighted FollowUp::Weigh(const std::string& text, const std::string& language) {
  // Stems, so "consultations" meets "consultation"; weighted by idf, so
  // "basin data" counts for more than "note".
  const double documents = static_cast<double>(database_.get_doccount()) + 1;
  Weighted weighted;
  std::set<std::string> seen;
  for (const std::string& word : Words(text)) {
    if (word.size() < 2 || IsStopWord(word, language)) continue;
    const std::string stemmed = StemOf(word, language);
    if (!seen.insert(stemmed).second) continue;
    auto idf = idf_.find(stemmed);
    if (idf == idf_.end()) {
      const bool digits = std::isdigit(static_cast<unsigned char>(word[0]));
      const double frequency = static_cast<double>(database_.get_termfreq(digits ? word : "Z" + stemmed));
      idf = idf_.emplace(stemmed, std::log(documents / (frequency + 0.5))).first;
    }
    weighted.terms.emplace_back(stemmed, idf->second);
    weighted.total += idf->second;
  }
  return weighted;
}

double FollowUp::Share(const Weighted& text, const std::set<std::string>& stems) {
  double found = 0;
  for (const auto& [stem, idf] : text.terms)
    if (stems.contains(stem)) found += idf;
  return text.total > 0 ? found / text.total : 0;
}

std::vector<Xapian::docid> FollowUp::Candidates(const Meeting& meeting, const std::vector<Weighted>& overlap_texts) {
  std::vector<Xapian::Query> cited;
  // The day of the meeting as a mentioned date, and its symbol.
  for (const std::string& term : schema::DateRangeTerms(meeting.date, meeting.date))
    if (term == schema::FilterTerm(schema::kMentionedDate, "d" + schema::DateSlotValue(meeting.date)))
      cited.emplace_back(term);
  cited.emplace_back(schema::FilterTerm(schema::kSymbol, meeting.id));
  // Every paragraph of the body's next meetings, for "the previous meeting".
  // The paragraphs of the body's next meeting that speak of "the previous meeting".
  std::vector<Xapian::Query> later_of_body, next_meeting;
  std::string next_date;
  for (const Meeting* other : SameBody(meeting)) {
    if (other->date <= meeting.date) continue;
    later_of_body.emplace_back(schema::FilterTerm(schema::kMeeting, other->id));
    if (next_date.empty() || other->date == next_date) {
      next_date = other->date;
      next_meeting.push_back(later_of_body.back());
    }
  }
  if (!next_meeting.empty()) {
    const std::vector<std::string>& words = follow_up::PreviousWords();
    cited.emplace_back(Xapian::Query::OP_FILTER, Xapian::Query(Xapian::Query::OP_OR, words.begin(), words.end()),
                       Xapian::Query(Xapian::Query::OP_OR, next_meeting.begin(), next_meeting.end()));
  }
  const Xapian::Query later(Xapian::Query::OP_VALUE_GE, schema::kSlotDate, schema::DateSlotValue(meeting.date));
  std::set<Xapian::docid> found;
  Xapian::Enquire enquire(database_);
  enquire.set_query(
      Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(Xapian::Query::OP_OR, cited.begin(), cited.end()), later));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  Xapian::MSet mset = enquire.get_mset(0, database_.get_doccount());
  for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) found.insert(*it);
  if (!later_of_body.empty() && !overlap_texts.empty()) {
    // Rule 3: BM25 on the deliverable's rarest words, in the body's later
    // meetings; common words only slow the match down.
    std::vector<std::pair<double, std::string>> rarest;
    for (const Weighted& text : overlap_texts)
      for (const auto& [stem, idf] : text.terms) rarest.emplace_back(idf, stem);
    std::sort(rarest.rbegin(), rarest.rend());
    if (rarest.size() > kOverlapQueryTerms) rarest.resize(kOverlapQueryTerms);
    std::vector<Xapian::Query> words;
    for (const auto& [idf, stem] : rarest)
      words.emplace_back(std::isdigit(static_cast<unsigned char>(stem[0])) ? stem : "Z" + stem);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER,
                                    Xapian::Query(Xapian::Query::OP_OR, words.begin(), words.end()),
                                    Xapian::Query(Xapian::Query::OP_OR, later_of_body.begin(), later_of_body.end())));
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    mset = enquire.get_mset(0, kOverlapCandidates);
    for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) found.insert(*it);
  }
  return {found.begin(), found.end()};
}

std::vector<Answer> FollowUp::Answers(const StoredRequest& request) {
  const auto own = meetings_.find(request.paragraph.value(d::kMeeting, ""));
  if (own == meetings_.end() || own->second.date.empty()) return {};
  const Meeting& meeting = own->second;
  const std::string kind = request.request.value("kind", "");
  const auto number = request.paragraph.find(d::kNumber);
  const std::string paragraph =
      number != request.paragraph.end() && number->is_string() ? number->get<std::string>() : "";
  // Each text (the deliverable, then each item) whole and by its head.
  struct Text {
    std::string label;
    Weighted whole, head;
  };
  std::vector<Text> texts;
  for (const auto& [label, text] : RequestTexts(request.request))
    texts.push_back({label, Weigh(text, meeting.language), Weigh(Head(text), meeting.language)});
  std::vector<std::string> addressee;
  for (const std::string& word : schema::PartyWords(request.request.value("addressee", "")))
    if (!IsStopWord(word, meeting.language)) addressee.push_back(word);

  // Rule 3 needs a deliverable of some words ("the reports" alone meets any
  // paragraph that "reported"), and not a decision: its words (a
  // resolution, a mandate) recur wherever it is recalled, and recalling is
  // not delivering.
  const bool overlap_kind =
      kind != request_kind::kDecision && !addressee.empty() && texts.front().whole.terms.size() >= kPlainOverlapWords;
  std::vector<Weighted> overlap_texts;
  if (overlap_kind)
    for (const Text& text : texts) overlap_texts.push_back(text.whole);

  std::vector<Answer> answers;
  for (Xapian::docid docid : Candidates(meeting, overlap_texts)) {
    const Reading& later = Read(docid);
    const auto later_meeting = meetings_.find(later.meeting);
    if (!later.delivers || later_meeting == meetings_.end() || later_meeting->second.date <= meeting.date) continue;
    bool cites = false, refers = false;
    for (const Reading::Reference& reference : later.references) {
      if (reference.meeting != meeting.id) continue;
      cites = cites || (!reference.paragraph.empty() && reference.paragraph == paragraph);
      refers = refers || (reference.cue == kind && (reference.paragraph.empty() || reference.paragraph == paragraph));
    }
    size_t named = 0;
    for (const std::string& word : addressee)
      if (later.words.contains(word)) ++named;
    // Checked before the words, which cost more.
    // The addressee is named: half its words, and at least two of them if it has two.
    const size_t needed = std::max((addressee.size() + 1) / 2, std::min<size_t>(addressee.size(), 2));
    const bool may_overlap = overlap_kind && IsSameBody(later_meeting->second, meeting) && named >= needed;
    if (!cites && !refers && !may_overlap) continue;
    // The best share of the deliverable (or of each item) one delivering
    // sentence holds. Rule 3 takes whole texts only (`whole`): a head alone
    // is too short to tell a delivery from a paragraph that recalls the request.
    Answer answer;
    double whole = 0;
    for (const Text& text : texts) {
      double best = 0;
      for (size_t i = 0; i < later.delivering_stems.size(); ++i) {
        const std::set<std::string>& stems = later.delivering_stems[i];
        const double share = Share(text.whole, stems);
        // Listed items say what was delivered (rules 1 and 2) but, alone,
        // read like a list of recommendations: rule 3 takes the paragraph's own text.
        if (!later.delivering_item[i]) whole = std::max(whole, share);
        // A head of one word ("oralement") matches by chance, even across languages.
        best = std::max({best, share, text.head.terms.size() >= 2 ? Share(text.head, stems) : 0.0});
      }
      answer.overlap = std::max(answer.overlap, best);
      if (!text.label.empty() && best >= kItemOverlap) answer.items.push_back(text.label);
    }
    if (cites) {
      answer.how = "cited";
    } else if (refers && (answer.overlap >= kBackReferenceOverlap || RequestsOf(meeting.id, kind).size() == 1)) {
      answer.how = "back-reference";
    } else if (may_overlap && whole >= kPlainOverlap) {
      answer.how = "overlap";
    } else {
      continue;
    }
    answer.id = later.data.value(d::kId, "");
    answer.date = later_meeting->second.date;
    answer.text = later.data.value(d::kText, "");
    answers.push_back(std::move(answer));
  }
  std::stable_sort(answers.begin(), answers.end(), [](const Answer& a, const Answer& b) { return a.date < b.date; });
  return answers;
}

}  // namespace quorum
