// `suiji draw reveal --draw ID --as LOGIN`: the nonce is revealed, the engine computes the
// record (spec sections 4.3–6), and each drawn unit becomes a task (issue 13 §2–3).
//
// Contracts:
// - The actor is an operator of the draw's agency or above; the draw is announced.
// - Refused with kBadInput "witnesses_missing" (exit 2, naming the missing roles) until at
//   least one witness input is in and every role the policy requires (ceremony.
//   witness_roles, Quzhou 纪检监察 001:L67) has entered.
// - The record is computed from the frozen input, the nonce and the witnesses' inputs in
//   the order entered; the lists' hashes must equal those announced (kInternal
//   "announced_lists_changed" otherwise: the store was edited behind the service).
//   A revealed draw is never recomputed: a second reveal is kConflict
//   "draw_already_revealed".
// - One task per unit of the draw order: its team in draw order (lead = first drawn,
//   002:L20), the stratum that selected it (the first in record order), kind "routine",
//   status "open", due on the period's last working day (the store's holiday table).
// One service::write: record, tasks and the audit entry ("draw.reveal") commit together
// (crash points "reveal.record", "reveal.tasks", "reveal.audited").
#pragma once
#include <string>

#include "domain/json.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct RevealRequest {
  std::string draw, actor;
};

// {"id", "draw_code", "status": "revealed", "revealed_at", "seed",
//  "strata": [{"id", "n", "k", "selected": [{"unit", "name", "ticket"}]}],
//  "tasks": [{"id", "unit", "name", "stratum", "team": [{"id", "name"}], "due", "cap_relaxed"}]}
Json reveal_draw(store::Store& db, const RevealRequest& request);

}  // namespace suiji::service
