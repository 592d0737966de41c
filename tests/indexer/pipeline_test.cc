// SPDX-License-Identifier: MIT
// The indexing pipeline: results in input order, a bounded window, early
// stops and errors, and an index that is the same whatever the worker count.
#include "indexer/pipeline.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "common/index/schema.h"
#include "indexer/incremental.h"
#include "indexer/indexer.h"
#include "indexer/note_record.h"
#include "tests/indexer/scratch_dir.h"

namespace quorum {
namespace {

using testing_support::ScratchDir;

// Runs 0 .. count-1 through RunOrdered; work sleeps a varying while, so
// results finish out of order. Returns what consume saw, in its order.
std::vector<int> RunNumbers(WorkerPool& pool, int count, WindowLimits limits, size_t* most_in_flight,
                            int stop_after = -1) {
  int next = 0;
  std::atomic<size_t> in_flight{0};
  std::vector<int> seen;
  RunOrdered<int, int>(
      pool, limits,
      [&]() -> std::optional<int> {
        if (next == count) return std::nullopt;
        *most_in_flight = std::max(*most_in_flight, ++in_flight);
        return next++;
      },
      [](int n, size_t) {
        std::this_thread::sleep_for(std::chrono::microseconds((n * 7919) % 500));
        return n;
      },
      [](int) { return size_t{1}; },
      [&](int n) {
        --in_flight;
        seen.push_back(n);
        return static_cast<int>(seen.size()) != stop_after;
      });
  return seen;
}

TEST(PipelineTest, ResultsComeInInputOrder) {
  WorkerPool pool(4);
  size_t most = 0;
  const std::vector<int> seen = RunNumbers(pool, 500, WindowLimits{16, 0}, &most);
  ASSERT_EQ(seen.size(), 500u);
  for (int i = 0; i < 500; ++i) EXPECT_EQ(seen[static_cast<size_t>(i)], i);
}

TEST(PipelineTest, TheWindowIsBounded) {
  WorkerPool pool(4);
  size_t most = 0;
  RunNumbers(pool, 300, WindowLimits{5, 0}, &most);
  EXPECT_LE(most, 5u);
  EXPECT_GE(most, 2u);  // and it is used: work overlaps the writer
}

TEST(PipelineTest, TheWindowIsBoundedByWeight) {
  WorkerPool pool(2);
  size_t in_flight_weight = 0, most = 0;
  int next = 0;
  RunOrdered<int, int>(
      pool, WindowLimits{100, 10},
      [&]() -> std::optional<int> {
        if (next == 50) return std::nullopt;
        in_flight_weight += 4;
        most = std::max(most, in_flight_weight);
        return next++;
      },
      [](int n, size_t) { return n; }, [](int) { return size_t{4}; },
      [&](int) {
        in_flight_weight -= 4;
        return true;
      });
  EXPECT_LE(most, 12u);  // under 10 before the last one was let in
}

TEST(PipelineTest, ConsumeCanStopEarly) {
  WorkerPool pool(3);
  size_t most = 0;
  const std::vector<int> seen = RunNumbers(pool, 1000, WindowLimits{8, 0}, &most, 10);
  EXPECT_EQ(seen.size(), 10u);
}

TEST(PipelineTest, AWorkErrorArrivesAtItsTurn) {
  WorkerPool pool(2);
  int next = 0;
  std::vector<int> seen;
  auto run = [&] {
    RunOrdered<int, int>(
        pool, WindowLimits{4, 0},
        [&]() -> std::optional<int> { return next < 20 ? std::optional<int>(next++) : std::nullopt; },
        [](int n, size_t) {
          if (n == 7) throw std::runtime_error("bad note");
          return n;
        },
        [](int) { return size_t{0}; },
        [&](int n) {
          seen.push_back(n);
          return true;
        });
  };
  EXPECT_THROW(run(), std::runtime_error);
  EXPECT_EQ(seen.size(), 7u);  // 0 .. 6 were consumed, in order, before it
}

TEST(PipelineTest, EachWorkerHasItsOwnIndex) {
  WorkerPool pool(3);
  std::atomic<int> bad{0};
  std::vector<std::atomic<int>> busy(3);
  int next = 0;
  RunOrdered<int, int>(
      pool, WindowLimits{9, 0},
      [&]() -> std::optional<int> { return next < 200 ? std::optional<int>(next++) : std::nullopt; },
      [&](int n, size_t worker) {
        if (worker >= 3 || busy[worker]++ != 0) ++bad;  // never two jobs at once on one worker
        std::this_thread::sleep_for(std::chrono::microseconds(50));
        --busy[worker];
        return n;
      },
      [](int) { return size_t{0}; }, [](int) { return true; });
  EXPECT_EQ(bad.load(), 0);
}

std::string NoteText(int i) {
  return "WG/T/2017/" + std::to_string(i) +
         "\n\nWORKING GROUP ON TESTS\n\nCHAIRPERSON'S NOTE ON THE MEETING\n\nHELD ON 1 MAY 2017\n\n"
         "1. The Working Group discussed item " +
         std::to_string(i) +
         " and the budget of the International "
         "Dialogue on Migration (IDM).\n\n2. Delegates asked for a report by 30 June 2017.\n";
}

// Every document (by number, so order counts), value, data, metadata and
// spelling of `db`.
std::string Snapshot(const Xapian::Database& db) {
  std::ostringstream out;
  for (Xapian::PostingIterator it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const Xapian::Document doc = db.get_document(*it);
    out << "doc " << *it << ':';
    for (Xapian::TermIterator t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      out << ' ' << *t << ':' << t.get_wdf();
      for (Xapian::PositionIterator p = t.positionlist_begin(); p != t.positionlist_end(); ++p) out << ',' << *p;
    }
    for (Xapian::ValueIterator v = doc.values_begin(); v != doc.values_end(); ++v)
      out << " value" << v.get_valueno() << '=' << *v;
    out << " data=" << doc.get_data() << '\n';
  }
  for (Xapian::TermIterator k = db.metadata_keys_begin(); k != db.metadata_keys_end(); ++k)
    out << "meta " << *k << '=' << db.get_metadata(*k) << '\n';
  for (Xapian::TermIterator s = db.spellings_begin(); s != db.spellings_end(); ++s)
    out << "spelling " << *s << '=' << s.get_termfreq() << '\n';
  return out.str();
}

TEST(PipelineIndexTest, TheIndexIsTheSameWhateverTheWorkerCount) {
  ScratchDir dir;
  std::vector<std::string> files;
  for (int i = 0; i < 40; ++i) files.push_back(dir.Write("notes/" + std::to_string(100 + i) + ".txt", NoteText(i)));
  files.push_back(files[3]);                       // named twice: one note
  files.push_back(dir.path("notes/missing.txt"));  // reported at its turn
  IndexConfig config;
  config.commit_every = 7;
  std::vector<std::string> snapshots, reports;
  for (size_t jobs : {size_t{0}, size_t{1}, size_t{3}}) {
    const std::string db = dir.path("db" + std::to_string(jobs));
    std::ostringstream err;
    {
      Indexer indexer(Xapian::WritableDatabase(db, Xapian::DB_CREATE | Xapian::DB_NO_SYNC));
      IncrementalIndexer incremental(indexer, config, err);
      if (jobs == 0) {
        for (const std::string& file : files) incremental.IndexFile(file);  // one note at a time
      } else {
        WorkerPool pool(jobs);
        std::vector<DocumentBuilder> builders(jobs);
        incremental.IndexFiles(files, pool, builders, WindowLimits{2 * jobs + 1, 0}, [] { return false; });
      }
      incremental.Commit();
      EXPECT_EQ(incremental.counts().added, 40u);
      EXPECT_EQ(incremental.counts().unchanged + incremental.counts().failed, 0u);
    }
    snapshots.push_back(Snapshot(Xapian::Database(db)));
    reports.push_back(err.str());
  }
  EXPECT_NE(snapshots[0].find("spelling budget=40"), std::string::npos);
  EXPECT_NE(snapshots[0].find("IDM"), std::string::npos);
  EXPECT_EQ(snapshots[1], snapshots[0]);
  EXPECT_EQ(snapshots[2], snapshots[0]);
  EXPECT_NE(reports[0].find("missing.txt: warning: deleted while the run was going on"), std::string::npos);
  EXPECT_EQ(reports[1], reports[0]);
  EXPECT_EQ(reports[2], reports[0]);
}

TEST(PipelineIndexTest, AStopLeavesWholeNotesInInputOrder) {
  ScratchDir dir;
  std::vector<std::string> files;
  for (int i = 0; i < 30; ++i) files.push_back(dir.Write("notes/" + std::to_string(100 + i) + ".txt", NoteText(i)));
  IndexConfig config;
  std::ostringstream err;
  Indexer indexer(Xapian::WritableDatabase(dir.path("db"), Xapian::DB_CREATE | Xapian::DB_NO_SYNC));
  IncrementalIndexer incremental(indexer, config, err);
  WorkerPool pool(3);
  std::vector<DocumentBuilder> builders(3);
  size_t calls = 0;
  // As a signal would: the note in hand is finished, nothing after it.
  incremental.IndexFiles(files, pool, builders, WindowLimits{8, 0}, [&calls] { return ++calls > 12; });
  incremental.Commit();
  const size_t written = incremental.counts().written;
  EXPECT_GT(written, 0u);
  EXPECT_LT(written, 30u);
  const Xapian::Database db(dir.path("db"));
  for (size_t i = 0; i < 30; ++i) {
    const std::string key = schema::NoteKey(CanonicalPath(files[i]));
    EXPECT_EQ(indexer.Record(key).has_value(), i < written) << i;
  }
  EXPECT_TRUE(CheckNoteRecords(db).empty());
}

}  // namespace
}  // namespace quorum
