// Identifier grammar of sj-draw/1 (spec sections 3 and 4): the one place it is written.
// The draw engine checks a million ids per draw with is_valid_id; codes.h wraps these
// predicates with user-facing messages.
#pragma once
#include <string_view>

namespace suiji {

// Unit and inspector ids: ^[0-9A-Za-z][0-9A-Za-z()._-]{0,63}$
bool is_valid_id(std::string_view s);
// draw_id: ^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$
bool is_valid_draw_id(std::string_view s);
// Witness input: ^[0-9A-Za-z]{1,64}$
bool is_valid_witness_input(std::string_view s);
// Beacon: ^[0-9A-Za-z:._-]{1,256}$
bool is_valid_beacon(std::string_view s);
// 64 lowercase hex characters (nonce, commitment, hashes).
bool is_lower_hex64(std::string_view s);

}  // namespace suiji
