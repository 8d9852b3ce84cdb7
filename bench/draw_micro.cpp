// Micro benchmarks of the draw engine's inner loops (Google Benchmark).
#include <benchmark/benchmark.h>
#include <openssl/evp.h>

#include <string>
#include <vector>

#include "draw/list_hash.h"
#include "draw/sha256.h"
#include "draw/ticket.h"

namespace {

using namespace suiji::draw;

std::vector<std::string> ids(size_t n) {
  std::vector<std::string> v;
  for (size_t i = 0; i < n; ++i) v.push_back("91330802" + std::to_string(1000000000 + i * 7919));
  return v;
}

// One SHA-256 of a 64-byte hex seed + 18-byte id via EVP, from scratch (no midstate).
void BM_Sha256EvpFull(benchmark::State& st) {
  std::string msg = sha256_hex("seed") + "913308021000007919";
  unsigned char d[32];
  unsigned int len;
  for (auto _ : st) {
    EVP_Digest(msg.data(), msg.size(), d, &len, EVP_sha256(), nullptr);
    benchmark::DoNotOptimize(d);
  }
}
BENCHMARK(BM_Sha256EvpFull);

void BM_MidstateDigest(benchmark::State& st) {
  Midstate m(sha256_hex("seed"));
  for (auto _ : st) benchmark::DoNotOptimize(m.digest("913308021000007919"));
}
BENCHMARK(BM_MidstateDigest);

void BM_TicketKey(benchmark::State& st) {
  Digest d = sha256("x");
  for (auto _ : st) {
    benchmark::DoNotOptimize(ticket_key(d));
    d[0]++;
  }
}
BENCHMARK(BM_TicketKey);

void BM_TicketFullString(benchmark::State& st) {
  Digest d = sha256("x");
  for (auto _ : st) {
    benchmark::DoNotOptimize(uniform_from_digest(d));
    d[0]++;
  }
}
BENCHMARK(BM_TicketFullString);

void BM_ConsistentSample(benchmark::State& st) {
  auto v = ids(static_cast<size_t>(st.range(0)));
  std::vector<std::string_view> views(v.begin(), v.end());
  TicketMachine tm("330802-2026Q4-1|nonce|123");
  for (auto _ : st) benchmark::DoNotOptimize(consistent_sample(tm, views, 1000));
  st.SetItemsProcessed(st.iterations() * st.range(0));
}
BENCHMARK(BM_ConsistentSample)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ListHash(benchmark::State& st) {
  auto v = ids(static_cast<size_t>(st.range(0)));
  std::vector<std::string_view> views(v.begin(), v.end());
  for (auto _ : st) benchmark::DoNotOptimize(list_hash(views, Duplicates::kReject, "bench"));
  st.SetItemsProcessed(st.iterations() * st.range(0));
}
BENCHMARK(BM_ListHash)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
