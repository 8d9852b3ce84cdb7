#include "service/change_request_json.h"

namespace suiji::service {

Json change_request_json(const store::ChangeRequestRow& r) {
  return Json{{"request", r.id},
              {"kind", r.kind},
              {"payload", Json::parse(r.payload_json)},
              {"reason", r.reason},
              {"status", r.status},
              {"approvals", Json::parse(r.approvals_json)},
              {"evidence", Json::parse(r.evidence_json)},
              {"created_by", r.created_by},
              {"created_at", r.created_at},
              {"decided_at", r.decided_at},
              {"result", r.result_json.empty() ? Json(nullptr) : Json::parse(r.result_json)}};
}

}  // namespace suiji::service
