// SPDX-License-Identifier: MIT
// Paragraph lookup by citation, through the same filter terms and value
// slots the searcher uses (common/index/schema.h).
#include "query/paragraph_lookup.h"

#include <algorithm>
#include <tuple>

#include "common/index/schema.h"

namespace quorum {
namespace {

std::vector<Xapian::Document> Run(const Xapian::Database& database, const Xapian::Query& query) {
  Xapian::Enquire enquire(database);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  std::vector<Xapian::Document> documents;
  const Xapian::MSet mset = enquire.get_mset(0, database.get_doccount());
  for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) documents.push_back(it.get_document());
  SortReadingOrder(&documents);
  return documents;
}

Xapian::Query OrdinalRange(double low, double high) {
  return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotOrdinal, Xapian::sortable_serialise(low),
                       Xapian::sortable_serialise(high));
}

}  // namespace

void SortReadingOrder(std::vector<Xapian::Document>* documents) {
  auto key = [](const Xapian::Document& d) {
    return std::make_tuple(d.get_value(schema::kSlotDate), d.get_value(schema::kSlotNoteKey),
                           Xapian::sortable_unserialise(d.get_value(schema::kSlotOrdinal)));
  };
  std::stable_sort(documents->begin(), documents->end(),
                   [&](const Xapian::Document& a, const Xapian::Document& b) { return key(a) < key(b); });
}

std::vector<Xapian::Document> LookUpId(const Xapian::Database& database, const std::string& id) {
  static const std::string kPilcrow = "\u00B6";
  const size_t mark = id.rfind(kPilcrow);
  std::string meeting = id.substr(0, mark);
  while (!meeting.empty() && meeting.back() == ' ') meeting.pop_back();
  Xapian::Query query(schema::FilterTerm(schema::kMeeting, meeting));
  if (mark != std::string::npos) {
    const std::string number = id.substr(mark + kPilcrow.size());
    if (!number.empty() && number[0] == '#') {
      // "¶#3": the third paragraph of the note, numbered or not.
      const double ordinal = std::atof(number.c_str() + 1) - 1;
      query = Xapian::Query(Xapian::Query::OP_FILTER, query, OrdinalRange(ordinal, ordinal));
    } else {
      query =
          Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(schema::FilterTerm(schema::kParagraph, number)));
    }
  }
  return Run(database, query);
}

std::vector<Xapian::Document> Neighbours(const Xapian::Database& database, const Xapian::Document& paragraph,
                                         size_t distance) {
  const double ordinal = Xapian::sortable_unserialise(paragraph.get_value(schema::kSlotOrdinal));
  const double reach = static_cast<double>(distance);
  const Xapian::Query note(schema::NoteTerm(paragraph.get_value(schema::kSlotNoteKey)));
  std::vector<Xapian::Document> around =
      Run(database, Xapian::Query(Xapian::Query::OP_FILTER, note, OrdinalRange(ordinal - reach, ordinal + reach)));
  std::erase_if(around, [&](const Xapian::Document& d) {
    return d.get_value(schema::kSlotOrdinal) == paragraph.get_value(schema::kSlotOrdinal);
  });
  return around;
}

Xapian::Query SameParagraph(const Xapian::Document& paragraph) {
  return schema::ParagraphQuery(
      paragraph.get_value(schema::kSlotNoteKey),
      static_cast<size_t>(Xapian::sortable_unserialise(paragraph.get_value(schema::kSlotOrdinal))));
}

Xapian::docid DocidIn(const Xapian::Database& database, const Xapian::Document& paragraph) {
  Xapian::Enquire enquire(database);
  enquire.set_query(SameParagraph(paragraph));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const Xapian::MSet found = enquire.get_mset(0, 1);
  return found.empty() ? 0 : *found.begin();
}

}  // namespace quorum
