// SPDX-License-Identifier: MIT
// The indexing pipeline's machinery: a pool of worker threads, and an
// ordered, bounded window that feeds it and hands results back in input order.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace quorum {

/// A fixed set of worker threads taking jobs first come, first served. A
/// job gets the index of the worker that runs it (0 .. threads-1), so a
/// caller can keep one non-thread-safe object per worker (a DocumentBuilder,
/// say) and never lock it.
class WorkerPool {
 public:
  explicit WorkerPool(size_t threads);
  ~WorkerPool();  // finishes the queued jobs, then joins
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  size_t size() const { return threads_.size(); }
  /// Queues `job`. The queue itself is unbounded: callers bound it (see
  /// RunOrdered), so they decide what "too much in flight" means.
  void Submit(std::function<void(size_t worker)> job);

 private:
  void Work(size_t worker);

  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void(size_t)>> jobs_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

/// What RunOrdered may hold at once: at most `items` items submitted and
/// not yet consumed, and at most `weight` of their summed weights (one item
/// is always let in, however heavy, so a large note cannot stall the run).
struct WindowLimits {
  size_t items = 8;
  size_t weight = 0;  // 0: no limit by weight
};

/**
 * The pipeline loop, run on the calling thread: takes inputs from `next`
 * (until it returns nullopt), has `work(input, worker)` run on `pool`, and
 * gives each result to `consume` on the calling thread, in the order the
 * inputs came, while later inputs are still being worked on. Memory stays
 * bounded by `limits` whatever the number of inputs. `consume` returns false
 * to stop early; results still in flight are then waited for and dropped.
 * An exception from `work` is rethrown by the `consume` of its turn (at the
 * point the result would be consumed); one from `next` or `consume` leaves
 * after the jobs in flight have finished, so nothing they use is freed
 * under them.
 */
template <typename In, typename Out, typename Next, typename Work, typename Weight, typename Consume>
void RunOrdered(WorkerPool& pool, WindowLimits limits, Next next, Work work, Weight weight, Consume consume) {
  struct Slot {
    std::future<Out> result;
    size_t weight;
  };
  std::deque<Slot> window;
  size_t in_flight_weight = 0;
  bool more = true;
  // Jobs refer to `work` (and whatever it refers to): wait for them before
  // leaving, whichever way this function is left.
  struct Drain {
    std::deque<Slot>& window;
    ~Drain() {
      for (Slot& slot : window)
        if (slot.result.valid()) slot.result.wait();
    }
  } drain{window};
  for (;;) {
    while (more && (window.empty() ||
                    (window.size() < limits.items && (limits.weight == 0 || in_flight_weight < limits.weight)))) {
      std::optional<In> input = next();
      if (!input) {
        more = false;
        break;
      }
      auto promise = std::make_shared<std::promise<Out>>();
      const size_t w = weight(*input);
      window.push_back(Slot{promise->get_future(), w});
      in_flight_weight += w;
      pool.Submit([promise, &work, in = std::make_shared<In>(std::move(*input))](size_t worker) {
        try {
          promise->set_value(work(std::move(*in), worker));
        } catch (...) {
          promise->set_exception(std::current_exception());
        }
      });
    }
    if (window.empty()) return;
    Out out = window.front().result.get();
    in_flight_weight -= window.front().weight;
    window.pop_front();
    if (!consume(std::move(out))) return;
  }
}

/// Worker threads to use when none are asked for: every core.
size_t DefaultJobs();

}  // namespace quorum
