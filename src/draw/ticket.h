// Tickets of sj-draw/1 (spec section 2): a SHA-256 value read as the decimal fraction
//   sha256_uniform(s) = "0." + reverse(decimal(int(hex, 16)) zero-padded to >= 64 digits)
//   ticket(seed, id)  = sha256_uniform(sha256_hex(seed) + id)
//
// Tickets are compared as strings. Building the 78-digit string for every unit of a
// million-unit population is wasted work, so ordering uses TicketKey: the first 19 digits
// of the ticket, which are (n mod 10^19) reversed, as an integer. Equal keys (about one
// pair in 10^13 for a million units) fall back to the full strings, then to the id.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "draw/sha256.h"

namespace suiji::draw {

// "0." followed by the reversed decimal digits of the digest (spec's sha256_uniform).
std::string uniform_from_digest(const Digest& d);

// The first 19 ticket digits as an integer; orders like the ticket strings do.
uint64_t ticket_key(const Digest& d);

// sha256_uniform(s), for any string s.
std::string sha256_uniform(std::string_view s);

// Tickets for one seed. Construct once per seed, then ask for any number of ids.
class TicketMachine {
 public:
  explicit TicketMachine(std::string_view seed);
  Digest digest(std::string_view id) const { return mid_.digest(id); }
  uint64_t key(std::string_view id) const { return ticket_key(digest(id)); }
  std::string ticket(std::string_view id) const { return uniform_from_digest(digest(id)); }

 private:
  Midstate mid_;
};

// ticket(seed, id) in one call.
std::string ticket(std::string_view seed, std::string_view id);

// The ids in ascending ticket order (ties by full ticket, then by id): the consistent
// sampler's order. Returns indexes into `ids`. Uses all cores for large lists.
std::vector<uint32_t> consistent_order(const TicketMachine& tm, const std::vector<std::string_view>& ids);

// The `take` first of consistent_order (all when take >= ids.size()), without sorting the rest.
std::vector<uint32_t> consistent_sample(const TicketMachine& tm, const std::vector<std::string_view>& ids,
                                        size_t take);

}  // namespace suiji::draw
