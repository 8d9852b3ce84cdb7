#include "draw/list_hash.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <numeric>

#include "draw/input.h"
#include "draw/sha256.h"

namespace suiji::draw {
namespace {

struct Keyed {
  uint64_t key;
  uint32_t index;
};

size_t common_prefix(const std::vector<std::string_view>& lines) {
  if (lines.empty()) return 0;
  std::string_view first = lines[0];
  size_t p = first.size();
  for (std::string_view s : lines) {
    if (s.size() >= p && std::memcmp(s.data(), first.data(), p) == 0) continue;  // the usual case
    size_t m = std::min(p, s.size()), i = 0;
    while (i < m && s[i] == first[i]) ++i;
    p = i;
    if (p == 0) break;
  }
  return p;
}

// Bytes [p, p + 8) of s, big-endian, zero-padded: orders like the bytes themselves.
uint64_t key_at(std::string_view s, size_t p) {
  if (s.size() >= p + 8) {
    uint64_t k;
    std::memcpy(&k, s.data() + p, 8);
    return std::endian::native == std::endian::little ? __builtin_bswap64(k) : k;
  }
  uint64_t k = 0;
  for (size_t i = 0; i < 8; ++i) k = (k << 8) | (p + i < s.size() ? static_cast<uint8_t>(s[p + i]) : 0);
  return k;
}

// LSD radix sort on 8-bit digits (256 buckets stay in cache, so the scatter streams);
// passes whose digit is the same for every key are skipped.
void radix_sort(std::vector<Keyed>& v) {
  std::vector<Keyed> tmp(v.size());
  uint32_t count[8][256] = {};
  for (const Keyed& k : v)
    for (int d = 0; d < 8; ++d) ++count[d][(k.key >> (8 * d)) & 0xff];
  for (int d = 0; d < 8; ++d) {
    const int shift = 8 * d;
    if (count[d][(v[0].key >> shift) & 0xff] == v.size()) continue;
    uint32_t sum = 0;
    for (auto& c : count[d]) {
      uint32_t n = c;
      c = sum;
      sum += n;
    }
    for (const Keyed& k : v) tmp[count[d][(k.key >> shift) & 0xff]++] = k;
    v.swap(tmp);
  }
}

}  // namespace

std::vector<uint32_t> sorted_order(const std::vector<std::string_view>& lines) {
  if (lines.empty()) return {};
  // Lists the product itself freezes are already in id order: one pass proves it.
  if (std::is_sorted(lines.begin(), lines.end())) {
    std::vector<uint32_t> identity(lines.size());
    std::iota(identity.begin(), identity.end(), 0u);
    return identity;
  }
  std::vector<Keyed> keyed(lines.size());
  size_t p = common_prefix(lines);
  for (size_t i = 0; i < lines.size(); ++i) keyed[i] = {key_at(lines[i], p), static_cast<uint32_t>(i)};
  radix_sort(keyed);
  // Equal 8-byte keys: finish the order on the whole strings.
  auto tail_less = [&](const Keyed& a, const Keyed& b) {
    std::string_view x = lines[a.index], y = lines[b.index];
    x.remove_prefix(std::min(x.size(), p + 8));
    y.remove_prefix(std::min(y.size(), p + 8));
    if (x != y) return x < y;
    return a.index < b.index;
  };
  for (size_t i = 0; i < keyed.size();) {
    size_t j = i + 1;
    while (j < keyed.size() && keyed[j].key == keyed[i].key) ++j;
    if (j - i > 1) std::sort(keyed.begin() + i, keyed.begin() + j, tail_less);
    i = j;
  }
  std::vector<uint32_t> out(keyed.size());
  for (size_t i = 0; i < keyed.size(); ++i) out[i] = keyed[i].index;
  return out;
}

std::string list_hash(const std::vector<std::string_view>& lines, Duplicates dup, const std::string& what) {
  std::vector<uint32_t> order = sorted_order(lines);
  Sha256Stream h;
  std::string buf;
  buf.reserve(1 << 16);
  std::string_view prev;
  bool first = true;
  for (size_t i = 0; i < order.size(); ++i) {
    // Sorted order jumps around the input; fetch a few lines ahead so the misses overlap.
    if (i + 32 < order.size()) __builtin_prefetch(&lines[order[i + 32]]);
    if (i + 16 < order.size()) __builtin_prefetch(lines[order[i + 16]].data());
    std::string_view s = lines[order[i]];
    if (!first && s == prev) {
      if (dup == Duplicates::kReject)
        throw InputError("draw_duplicate_id", what + " 中编号重复：" + std::string(s),
                         "duplicate id in " + what + ": " + std::string(s), path_details(what));
      continue;
    }
    first = false;
    prev = s;
    buf.append(s);
    buf.push_back('\n');
    if (buf.size() > (1 << 16) - 256) {
      h.update(buf);
      buf.clear();
    }
  }
  h.update(buf);
  return to_hex(h.finish());
}

}  // namespace suiji::draw
