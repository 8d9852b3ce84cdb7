// SHA-256 for sj-draw/1: one-shot hex digests, a streaming hasher for list hashes, and a
// midstate hasher for tickets.
//
// Every unit ticket hashes sha256_hex(seed) + id, and sha256_hex(seed) is exactly one
// 64-byte block, so Midstate compresses that block once and each ticket costs only the
// block holding the id (ids are at most 64 bytes: one or two compressions).
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include <openssl/sha.h>

namespace suiji::draw {

using Digest = std::array<uint8_t, 32>;

Digest sha256(std::string_view data);
std::string sha256_hex(std::string_view data);
std::string to_hex(const Digest& d);

// Incremental SHA-256 (used for list_hash over millions of lines).
class Sha256Stream {
 public:
  Sha256Stream();
  void update(std::string_view data);
  Digest finish();

 private:
  SHA256_CTX ctx_;
};

// The state after hashing a fixed 64-byte prefix. Copyable and thread-safe for reads:
// digest() works on a copy, so several threads may share one Midstate.
class Midstate {
 public:
  // REQUIRES: prefix.size() == 64.
  explicit Midstate(std::string_view prefix);
  // SHA-256 of prefix + tail.
  Digest digest(std::string_view tail) const;

 private:
  SHA256_CTX ctx_;
};

}  // namespace suiji::draw
