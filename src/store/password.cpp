#include "store/password.h"

#include "domain/error.h"

#include <sodium.h>

#include <stdexcept>
#include <string>

namespace suiji::store {
namespace {

void init_sodium() {
  static const bool ok = sodium_init() >= 0;
  if (!ok) throw Error(ErrorKind::kInternal, "crypto_unavailable", "libsodium 初始化失败", "libsodium failed to initialise");
}

}  // namespace

std::string hash_password(std::string_view password) {
  init_sodium();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    throw Error(ErrorKind::kUnavailable, "out_of_memory", "密码哈希失败（内存不足）", "password hashing failed: out of memory");
  return out;
}

bool verify_password(std::string_view hash, std::string_view password) {
  init_sodium();
  if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
  std::string h(hash);  // must be NUL-terminated
  return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

std::string generate_password(size_t length) {
  init_sodium();
  static constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
  constexpr uint32_t kSize = sizeof(kAlphabet) - 1;
  std::string out;
  for (size_t i = 0; i < length; ++i) out += kAlphabet[randombytes_uniform(kSize)];
  return out;
}

}  // namespace suiji::store
