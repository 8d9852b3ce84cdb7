#include "draw/ticket.h"

#include <algorithm>

#include "draw/parallel.h"

namespace suiji::draw {
namespace {

constexpr uint64_t kTen19 = 10000000000000000000ULL;

// (hi:lo) / d with hi < d, so the quotient fits in 64 bits: one divq on x86-64.
inline uint64_t div128(uint64_t hi, uint64_t lo, uint64_t d, uint64_t* rem) {
#if defined(__x86_64__)
  uint64_t q, r;
  __asm__("divq %4" : "=a"(q), "=d"(r) : "a"(lo), "d"(hi), "rm"(d));
  *rem = r;
  return q;
#else
  unsigned __int128 n = (static_cast<unsigned __int128>(hi) << 64) | lo;
  *rem = static_cast<uint64_t>(n % d);
  return static_cast<uint64_t>(n / d);
#endif
}

struct Limbs {
  uint64_t w[4];  // w[0] most significant
};

Limbs limbs_of(const Digest& d) {
  Limbs l;
  for (int i = 0; i < 4; ++i) {
    uint64_t v = 0;
    for (int j = 0; j < 8; ++j) v = (v << 8) | d[8 * i + j];
    l.w[i] = v;
  }
  return l;
}

// Reversal tables: kRev4[x] is the 4-digit zero-padded x read backwards.
struct RevTables {
  uint16_t rev4[10000];
  uint16_t rev3[1000];
  RevTables() {
    for (int x = 0; x < 10000; ++x)
      rev4[x] = static_cast<uint16_t>((x % 10) * 1000 + (x / 10 % 10) * 100 + (x / 100 % 10) * 10 + x / 1000);
    for (int x = 0; x < 1000; ++x) rev3[x] = static_cast<uint16_t>((x % 10) * 100 + (x / 10 % 10) * 10 + x / 100);
  }
};
const RevTables kRev;

}  // namespace

// n mod 10^19 without a 128-bit division: 10^19 = 2^19 * 5^19, so take n mod 2^19 (its
// low bits) and n mod 5^19 (a sum of 16-bit limbs times 2^(16i) mod 5^19), then join the
// two by the Chinese remainder theorem. About four times faster than four divq.
namespace {

constexpr uint64_t kFive19 = 19073486328125ULL;  // 5^19 < 2^45
constexpr uint64_t kLow19 = (1ULL << 19) - 1;

constexpr uint64_t inverse_mod_2_64(uint64_t odd) {
  uint64_t x = odd;  // Newton's iteration doubles the correct low bits each step
  for (int i = 0; i < 6; ++i) x *= 2 - odd * x;
  return x;
}
constexpr uint64_t kFive19Inverse = inverse_mod_2_64(kFive19) & kLow19;

struct LimbWeights {
  uint64_t c[16];  // 2^(16 i) mod 5^19
  constexpr LimbWeights() : c{} {
    uint64_t w = 1;
    for (int i = 0; i < 16; ++i) {
      c[i] = w;
      w = (w << 16) % kFive19;  // w < 2^45, so w << 16 < 2^61
    }
  }
};
constexpr LimbWeights kWeights;

}  // namespace

uint64_t ticket_key(const Digest& d) {
  // 16-bit limbs, least significant first; each product < 2^61, eight of them < 2^64.
  uint64_t s1 = 0, s2 = 0;
  for (int i = 0; i < 8; ++i) s1 += static_cast<uint64_t>(d[31 - 2 * i] | (d[30 - 2 * i] << 8)) * kWeights.c[i];
  for (int i = 8; i < 16; ++i) s2 += static_cast<uint64_t>(d[31 - 2 * i] | (d[30 - 2 * i] << 8)) * kWeights.c[i];
  uint64_t b = (s1 % kFive19 + s2 % kFive19) % kFive19;
  uint64_t a = (static_cast<uint64_t>(d[29]) << 16 | static_cast<uint64_t>(d[30]) << 8 | d[31]) & kLow19;
  uint64_t t = ((a - b) * kFive19Inverse) & kLow19;
  uint64_t r = b + kFive19 * t;  // n mod 10^19
  // r has 19 digits (zero-padded); read them backwards four at a time.
  uint64_t c0 = r % 10000, c1 = r / 10000 % 10000, c2 = r / 100000000 % 10000;
  uint64_t c3 = r / 1000000000000ULL % 10000, c4 = r / 10000000000000000ULL;
  return kRev.rev4[c0] * 1000000000000000ULL + kRev.rev4[c1] * 100000000000ULL + kRev.rev4[c2] * 10000000ULL +
         kRev.rev4[c3] * 1000ULL + kRev.rev3[c4];
}

std::string uniform_from_digest(const Digest& d) {
  Limbs l = limbs_of(d);
  // Least significant 19-digit chunks first: the reversed decimal reads them in this order.
  std::string rev;
  rev.reserve(96);
  bool zero = false;
  while (!zero) {
    uint64_t r = 0;
    for (int i = 0; i < 4; ++i) l.w[i] = div128(r, l.w[i], kTen19, &r);
    zero = (l.w[0] | l.w[1] | l.w[2] | l.w[3]) == 0;
    for (int j = 0; j < 19; ++j) {
      if (zero && r == 0 && j > 0) break;  // no leading zeros of the top chunk
      rev.push_back(static_cast<char>('0' + r % 10));
      r /= 10;
    }
  }
  if (rev.size() < 64) rev.append(64 - rev.size(), '0');
  return "0." + rev;
}

std::string sha256_uniform(std::string_view s) { return uniform_from_digest(sha256(s)); }

TicketMachine::TicketMachine(std::string_view seed) : mid_(sha256_hex(seed)) {}

std::string ticket(std::string_view seed, std::string_view id) { return TicketMachine(seed).ticket(id); }

namespace {

struct Keyed {
  uint64_t key;
  uint32_t index;
  // Left uninitialized on purpose: a million-entry buffer is filled by the worker threads
  // (which then take its page faults in parallel), never zeroed first.
  Keyed() {}
  Keyed(uint64_t k, uint32_t i) : key(k), index(i) {}
};

std::vector<Keyed> keys_of(const TicketMachine& tm, const std::vector<std::string_view>& ids) {
  std::vector<Keyed> keyed(ids.size());
  parallel_for(ids.size(), [&](size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) keyed[i] = {tm.key(ids[i]), static_cast<uint32_t>(i)};
  });
  return keyed;
}

// Strict weak order of the spec: ticket string, then id. Full tickets only on key ties.
struct TicketLess {
  const TicketMachine& tm;
  const std::vector<std::string_view>& ids;
  bool operator()(const Keyed& a, const Keyed& b) const {
    if (a.key != b.key) return a.key < b.key;
    if (a.index == b.index) return false;
    std::string ta = tm.ticket(ids[a.index]), tb = tm.ticket(ids[b.index]);
    if (ta != tb) return ta < tb;
    return ids[a.index] < ids[b.index];
  }
};

std::vector<uint32_t> indexes_of(const std::vector<Keyed>& keyed, size_t count) {
  std::vector<uint32_t> out(count);
  for (size_t i = 0; i < count; ++i) out[i] = keyed[i].index;
  return out;
}

}  // namespace

std::vector<uint32_t> consistent_order(const TicketMachine& tm, const std::vector<std::string_view>& ids) {
  std::vector<Keyed> keyed = keys_of(tm, ids);
  std::sort(keyed.begin(), keyed.end(), TicketLess{tm, ids});
  return indexes_of(keyed, keyed.size());
}

std::vector<uint32_t> consistent_sample(const TicketMachine& tm, const std::vector<std::string_view>& ids,
                                        size_t take) {
  std::vector<Keyed> keyed = keys_of(tm, ids);
  take = std::min(take, keyed.size());
  TicketLess less{tm, ids};
  if (take < keyed.size()) std::nth_element(keyed.begin(), keyed.begin() + take, keyed.end(), less);
  std::sort(keyed.begin(), keyed.begin() + take, less);
  return indexes_of(keyed, take);
}

}  // namespace suiji::draw
