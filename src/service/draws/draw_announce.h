// `suiji draw announce --draw ID --as LOGIN [--override-reason TEXT]`: the draw's lists are
// frozen and hashed, the nonce is drawn from a CSPRNG and kept secret, and the commitment
// and list hashes are what the portal publishes (spec section 4.1, requirements 3).
//
// Contracts:
// - The actor is an operator of the draw's agency or above; the draw is prepared (else
//   kConflict "draw_not_prepared").
// - Announce happens on the day the lists were taken (`as_of`, the prepare date): on
//   another day absences, certificates and the library may have moved, so kConflict
//   "draw_stale" asks to prepare again.
// - Outside the policy's draw window for the period (policy/schedule.h) it needs
//   `override_reason`, which is recorded in the draw and the audit entry; without one,
//   kBadInput "outside_window" naming the window. A policy without a window never asks.
// - The nonce is 32 bytes of OpenSSL's RAND_bytes as 64 lowercase hex; commitment =
//   sha256_hex(nonce). The nonce goes to the store's draw_secret only; neither the output
//   nor the audit entry holds it.
// - The frozen input gains the commitment and an informational "announcement" (time,
//   actor, list hashes, override reason).
// One service::write (crash points "announce.stored", "announce.audited").
#pragma once
#include <string>

#include "domain/json.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct AnnounceRequest {
  std::string draw;             // number or code
  std::string actor;            // --as
  std::string today;            // "" = today (UTC)
  std::string override_reason;  // required outside the window
};

// {"id", "draw_code", "status": "announced", "announced_at", "commitment",
//  "strata": [{"id", "n", "k", "population_hash"}], "pool": n, "pool_hash", "conflicts_hash",
//  "window": {"from", "to"} | null, "override_reason"}
Json announce_draw(store::Store& db, const AnnounceRequest& request);

// sha256 list hashes of the input's lists as spec section 4.1 defines them:
// {"strata": [{"id", "n", "k", "population_hash"}], "pool_hash", "conflicts_hash"}.
Json list_hashes(const Json& input);

}  // namespace suiji::service
