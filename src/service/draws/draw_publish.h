// `suiji draw publish --draw ID --as LOGIN` and `suiji draw record --draw ID [--as LOGIN]`:
// the end of a draw's confidentiality (requirements 3: the drawn list stays secret until
// inspected, 001:L79) and the record itself.
//
// Contracts:
// - publish: the actor is an approver of the draw's agency or above (publication is
//   approved, requirements 1); the draw is revealed (kConflict "draw_not_revealed");
//   refused with kConflict "embargo_not_over" before the policy's embargo ends: every task
//   of the draw closed (tasks_closed), or `today` on or after the period's last day + N
//   days (days_after_period), the message naming what is still open or the date. The
//   records of its tasks that passed review become published (通过 → 已公示).
//   One service::write ("draw.publish").
// - draw_record: the stored sj-draw/1 record, as `suiji verify` and the JavaScript verifier
//   accept it. Before publication only the agency's (or a parent's) operators, approvers,
//   纪检监察 and witnesses may read it (`actor` required: kForbidden else); once published,
//   anyone. A voided draw's record stays readable as an unpublished one's (draw_void.h: it
//   is never deleted). kConflict "draw_not_revealed" before reveal. Reads only.
#pragma once
#include <string>

#include "domain/json.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct PublishRequest {
  std::string draw, actor, today;  // today "" = today (UTC)
};

// {"id", "draw_code", "status": "published", "published_at", "published_by"}
Json publish_draw(store::Store& db, const PublishRequest& request);

std::string draw_record(store::Store& db, const std::string& draw, const std::string& actor);

}  // namespace suiji::service
