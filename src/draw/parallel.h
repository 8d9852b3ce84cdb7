// A minimal fork-join loop: splits [0, n) into one contiguous slice per core.
// Small loops stay on the calling thread (threads cost more than they save).
#pragma once
#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace suiji::draw {

template <typename Fn>
void parallel_for(size_t n, Fn&& fn, size_t min_per_thread = 20000) {
  size_t threads = std::max<size_t>(1, std::thread::hardware_concurrency());
  threads = std::min(threads, std::max<size_t>(1, n / min_per_thread));
  if (threads <= 1) {
    fn(size_t{0}, n);
    return;
  }
  std::vector<std::thread> pool;
  size_t step = (n + threads - 1) / threads;
  for (size_t t = 1; t < threads; ++t) {
    size_t b = std::min(n, t * step), e = std::min(n, (t + 1) * step);
    pool.emplace_back([&fn, b, e] { fn(b, e); });
  }
  fn(size_t{0}, std::min(n, step));
  for (auto& th : pool) th.join();
}

}  // namespace suiji::draw
