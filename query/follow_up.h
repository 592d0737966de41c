// SPDX-License-Identifier: MIT
// Follow-up: which later paragraphs answer a request, commitment or decision.
// Worked out at search time from the index, so a note added later updates
// the status of earlier requests without re-indexing them. Used by the ledger.
#pragma once

#include <xapian.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "query/stored_paragraph.h"

namespace quorum {

/// One record of a paragraph's stored "requests" list, with its paragraph.
struct StoredRequest {
  Xapian::docid docid = 0;
  size_t index = 0;          // position in the paragraph's "requests" list
  nlohmann::json paragraph;  // the paragraph's stored data (schema::data keys)
  nlohmann::json request;    // paragraph["requests"][index]
};

/// A later paragraph that reports on a request.
struct Answer {
  std::string id;                  // citation of the answering paragraph: "WG/BGR/2018/3 ¶2"
  std::string date;                // its meeting date, ISO
  std::string text;                // its text
  std::vector<std::string> items;  // labels of the request's items it delivers; empty: not told apart
  std::string how;                 // "cited": names the meeting and paragraph; "back-reference": the meeting and
                                   // "requested"/"announced"; "overlap": same body, addressee and deliverable;
                                   // "checked": the record itself, a task whose box is checked ("[x] …")
  double overlap = 0;              // share of the deliverable's words (idf-weighted) in a delivering sentence
};

/// Links are made only above these shares of the deliverable's words
/// (idf-weighted) found in one delivering sentence of the later paragraph;
/// calibrated on corpus/ (README "Requests, commitments and decisions").
inline constexpr double kBackReferenceOverlap = 0.5;  // the paragraph cites the meeting, with a cue
inline constexpr double kPlainOverlap = 0.85;         // no reference: same body and addressee only
inline constexpr size_t kPlainOverlapWords = 2;       // ... of a deliverable of at least this many words
inline constexpr double kItemOverlap = 0.5;           // a listed item counts as delivered

class FollowUp {
 public:
  explicit FollowUp(Xapian::Database database);
  ~FollowUp();
  FollowUp(const FollowUp&) = delete;
  FollowUp& operator=(const FollowUp&) = delete;

  /// The later paragraphs that answer `request`, oldest first; empty while it is open.
  std::vector<Answer> Answers(const StoredRequest& request);

 private:
  struct Meeting;
  struct Reading;
  const Reading& Read(Xapian::docid docid);
  const std::vector<StoredRequest>& RequestsOf(const std::string& meeting, const std::string& kind);
  /// A text's content words, stemmed, each with its idf.
  struct Weighted {
    std::vector<std::pair<std::string, double>> terms;
    double total = 0;
  };
  Weighted Weigh(const std::string& text, const std::string& language);
  /// Share of `text`'s weight whose stems are among `stems`.
  static double Share(const Weighted& text, const std::set<std::string>& stems);
  /// Later paragraphs that may answer a request of `meeting`: those citing it,
  /// and the best BM25 matches of `overlap_texts` (none when empty).
  std::vector<Xapian::docid> Candidates(const Meeting& meeting, const std::vector<Weighted>& overlap_texts);
  const Xapian::Stem& Stemmer(const std::string& language);
  std::string StemOf(const std::string& word, const std::string& language);
  const Meeting* Previous(const Meeting& meeting) const;
  /// The meetings of `meeting`'s body (by name or symbol series), oldest first.
  std::vector<const Meeting*> SameBody(const Meeting& meeting) const;
  static bool IsSameBody(const Meeting& a, const Meeting& b);

  Xapian::Database database_;
  StoredParagraphs stored_{database_};
  std::map<std::string, Meeting> meetings_;  // by meeting id
  std::map<std::string, std::vector<const Meeting*>> by_body_, by_series_;
  std::multimap<std::string, const Meeting*> by_date_;  // ISO date -> meetings held that day
  std::map<Xapian::docid, std::unique_ptr<Reading>> readings_;
  std::map<std::pair<std::string, std::string>, std::vector<StoredRequest>> requests_of_;
  std::map<std::string, Xapian::Stem> stemmers_;  // by language
  std::map<std::string, double> idf_;             // by stem
};

}  // namespace quorum
