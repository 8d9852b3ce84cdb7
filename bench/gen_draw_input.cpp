// Writes a synthetic sj-draw/1 input of N units to stdout for the benchmarks:
//   gen_draw_input N K [INSPECTORS] [sorted|shuffled]
// Unit ids look like 18-character credit codes of one county (they share an 8-character
// prefix, as a real county's do); the nonce is fixed so runs are repeatable. By default
// the ids come in a random order (a list from elsewhere); `sorted` gives them in id order,
// as suiji itself freezes populations.
#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <random>
#include <vector>
#include <string>

#include "draw/sha256.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: gen_draw_input N K [INSPECTORS]\n");
    return 2;
  }
  long n = std::atol(argv[1]), k = std::atol(argv[2]);
  long inspectors = argc > 3 ? std::atol(argv[3]) : 200;
  bool sorted = argc > 4 && std::string(argv[4]) == "sorted";
  static const char kAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  std::mt19937_64 rng(20261125);
  std::string nonce(64, '0');
  for (char& c : nonce) c = "0123456789abcdef"[rng() % 16];
  std::string out;
  out.reserve(static_cast<size_t>(n) * 24 + 4096);
  out += "{\"spec\":\"sj-draw/1\",\"draw_id\":\"330802-2026Q4-B\",\"commitment\":\"" +
         suiji::draw::sha256_hex(nonce) + "\",\"nonce\":\"" + nonce +
         "\",\"witnesses\":[{\"role\":\"纪检监察\",\"input\":\"4827719305\"}],\"beacon\":null,"
         "\"strata\":[{\"id\":\"general\",\"label\":\"一般排污单位\",\"k\":" +
         std::to_string(k) + ",\"population\":[";
  std::vector<long> order(static_cast<size_t>(n));
  for (long i = 0; i < n; ++i) order[static_cast<size_t>(i)] = i;
  if (!sorted) std::shuffle(order.begin(), order.end(), rng);
  for (long i = 0; i < n; ++i) {
    if (i) out += ',';
    out += "\"91330802";
    // 10 characters: a counter in base 31 (unique) — USCC alphabet, which is in ASCII order
    long v = order[static_cast<size_t>(i)];
    char tail[10];
    for (int j = 9; j >= 0; --j) {
      tail[j] = kAlphabet[v % 31];
      v /= 31;
    }
    out.append(tail, 10);
    out += '"';
  }
  out += "]}],\"inspectors\":{\"pool\":[";
  for (long i = 0; i < inspectors; ++i) {
    if (i) out += ',';
    out += "{\"id\":\"ZF" + std::to_string(3308000 + i) + "\",\"senior\":" + (i % 3 == 0 ? "true" : "false") + "}";
  }
  out += "],\"conflicts\":[],\"team_size\":2,\"mentor_pairing\":true}}\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
