// How every change request is shown (draw changes, voids, task covers, roster changes,
// deletions): {"request", "kind", "payload", "reason", "status", "approvals", "evidence",
// "created_by", "created_at", "decided_at", "result"} — one shape for the CLI and the API.
#pragma once
#include "domain/json.h"
#include "store/change_requests.h"

namespace suiji::service {

Json change_request_json(const store::ChangeRequestRow& row);

}  // namespace suiji::service
