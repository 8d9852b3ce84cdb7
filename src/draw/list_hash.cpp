#include "draw/list_hash.h"

#include <algorithm>
#include <cstring>

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
    size_t m = std::min(p, s.size()), i = 0;
    while (i < m && s[i] == first[i]) ++i;
    p = i;
    if (p == 0) break;
  }
  return p;
}

uint64_t key_at(std::string_view s, size_t p) {
  uint64_t k = 0;
  for (size_t i = 0; i < 8; ++i) k = (k << 8) | (p + i < s.size() ? static_cast<uint8_t>(s[p + i]) : 0);
  return k;
}

// LSD radix sort on 16-bit digits; passes whose digit is the same for every key are skipped.
void radix_sort(std::vector<Keyed>& v) {
  std::vector<Keyed> tmp(v.size());
  std::vector<uint32_t> count(65536);
  for (int shift = 0; shift < 64; shift += 16) {
    std::fill(count.begin(), count.end(), 0);
    for (const Keyed& k : v) ++count[(k.key >> shift) & 0xffff];
    if (count[(v[0].key >> shift) & 0xffff] == v.size()) continue;
    uint32_t sum = 0;
    for (auto& c : count) {
      uint32_t n = c;
      c = sum;
      sum += n;
    }
    for (const Keyed& k : v) tmp[count[(k.key >> shift) & 0xffff]++] = k;
    v.swap(tmp);
  }
}

}  // namespace

std::vector<uint32_t> sorted_order(const std::vector<std::string_view>& lines) {
  std::vector<Keyed> keyed(lines.size());
  if (lines.empty()) return {};
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
  for (uint32_t idx : order) {
    std::string_view s = lines[idx];
    if (!first && s == prev) {
      if (dup == Duplicates::kReject)
        throw InputError(what + " 中编号重复：" + std::string(s) + " / duplicate id in " + what + ": " + std::string(s));
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
