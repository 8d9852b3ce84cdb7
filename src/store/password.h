// Password hashing with libsodium's Argon2id (crypto_pwhash_str, memory-hard, salted,
// the parameters encoded in the string), requirements 7.
#pragma once
#include <string>
#include <string_view>

namespace suiji::store {

// "$argon2id$v=19$m=65536,t=2,p=1$..." (interactive limits). Throws std::runtime_error if
// libsodium fails (out of memory).
std::string hash_password(std::string_view password);
// True only if `password` matches `hash`; false for a malformed hash.
bool verify_password(std::string_view hash, std::string_view password);
// A random password of `length` characters from an alphabet without look-alikes
// (no 0/O, 1/l/I), for the demo's and init's admin.
std::string generate_password(size_t length = 16);

}  // namespace suiji::store
