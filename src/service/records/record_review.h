// Review of an on-site record (审核, issue 13 §4): `suiji record review --record N --pass |
// --return --reason TEXT --as LOGIN`, and the follow-up it starts or ends.
//
//   submitted (待审核) → passed (通过)   … → published (已公示, with the draw's publication)
//                     └→ returned (退回, reason) → the author enters it again
//
// Contracts:
// - The actor is a reviewer (审核人) of the task's agency or above, and never the record's
//   author (kForbidden "own_record": nobody reviews their own record).
// - Only a submitted record is reviewed (kConflict "record_not_submitted"); returning
//   needs a reason (kBadInput "reason_required").
// - Passing closes the task (open → closed; kConflict "task_not_open" if it moved) and:
//   * a record that found a problem to follow up (result 发现问题待后续处理 or a 责令改正
//     measure) opens a rectification (整改) of the unit with a deadline: the record's
//     fields.rectification_deadline, else 30 calendar days after 检查时间 (no seed sets one;
//     docs/glossary.md);
//   * a record whose result is 未发现问题 or 责令整改已改正 is the re-inspection that closes
//     every rectification of the unit still open from earlier records.
//   An open rectification keeps the unit on next quarter's special list
//   (plans/special_carry_over.h).
// One service::write ("record.pass" or "record.return").
#pragma once
#include <string>

#include "domain/json.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct RecordReview {
  std::string record, actor;
  bool pass = true;
  std::string reason;  // required to return
};

// {"record", "status", "task", "task_status", "rectification": {…} | null,
//  "closed_rectifications": [ids]}
Json review_record(store::Store& db, const RecordReview& review);

// The record numbered `ref` ("12" / "#12"); kNotFound "record_not_found" otherwise.
int64_t record_number(const std::string& ref);

}  // namespace suiji::service
