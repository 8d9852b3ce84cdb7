#include "draw/sha256.h"

#include <cassert>

// OpenSSL 3 deprecates the low-level SHA256_* calls in favour of EVP, but EVP allocates a
// context per copy; the plain SHA256_CTX struct is what lets a midstate be copied for free.
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

namespace suiji::draw {

Digest sha256(std::string_view data) {
  Digest d;
  SHA256(reinterpret_cast<const unsigned char*>(data.data()), data.size(), d.data());
  return d;
}

std::string to_hex(const Digest& d) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string s(64, '0');
  for (size_t i = 0; i < 32; ++i) {
    s[2 * i] = kHex[d[i] >> 4];
    s[2 * i + 1] = kHex[d[i] & 15];
  }
  return s;
}

std::string sha256_hex(std::string_view data) { return to_hex(sha256(data)); }

Sha256Stream::Sha256Stream() { SHA256_Init(&ctx_); }

void Sha256Stream::update(std::string_view data) { SHA256_Update(&ctx_, data.data(), data.size()); }

Digest Sha256Stream::finish() {
  Digest d;
  SHA256_Final(d.data(), &ctx_);
  return d;
}

Midstate::Midstate(std::string_view prefix) {
  assert(prefix.size() == 64);
  SHA256_Init(&ctx_);
  SHA256_Update(&ctx_, prefix.data(), prefix.size());
}

Digest Midstate::digest(std::string_view tail) const {
  SHA256_CTX c = ctx_;
  SHA256_Update(&c, tail.data(), tail.size());
  Digest d;
  SHA256_Final(d.data(), &c);
  return d;
}

}  // namespace suiji::draw
