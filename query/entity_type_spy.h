// SPDX-License-Identifier: MIT
// Facet counts of entity types. A paragraph mentions several types, so it
// counts once under each: Xapian's ValueCountMatchSpy counts one value per
// document, hence this spy, which splits the slot's list.
#pragma once

#include <map>
#include <string>

#include <xapian.h>

namespace quorum {

class EntityTypeSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double weight) override;
  Xapian::MatchSpy* clone() const override { return new EntityTypeSpy(); }
  std::string name() const override { return "quorum.EntityTypeSpy"; }
  // Serialisable, so shards searched through Xapian's remote backend merge their counts.
  std::string serialise() const override { return {}; }
  Xapian::MatchSpy* unserialise(const std::string&, const Xapian::Registry&) const override {
    return new EntityTypeSpy();
  }
  std::string serialise_results() const override;
  void merge_results(const std::string& serialised) override;
  std::string get_description() const override { return "EntityTypeSpy"; }

  /// Paragraphs seen per entity type.
  const std::map<std::string, Xapian::doccount>& counts() const { return counts_; }

 private:
  std::map<std::string, Xapian::doccount> counts_;
};

}  // namespace quorum
