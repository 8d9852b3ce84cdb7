// Change requests (变动审批): a change to a revealed draw (spec section 7: replace an
// inspector, substitute a unit) asked for with a reason and evidence, then signed in two
// steps — 科室负责人 (team lead) endorses, 分管领导 (approver) approves — as on seed 002's
// 随机抽查检查人员变动审批表. Who may sign and what a change does to the draw are the
// services' (service/draws/draw_change.h); the store keeps the rows and guards every
// status move so two signers cannot both take the same step.
//
//   status: pending → endorsed → approved
//              └────────┴──────→ rejected
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace suiji::store {

class Store;

struct ChangeRequestRow {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::optional<int64_t> draw_id;
  std::string kind;                 // replace_inspector | substitute_unit (draw_id set);
                                    // roster_add | roster_remove | unit_delete (draw_id NULL)
  std::string payload_json = "{}";  // {"unit", "inspector"} or {"unit", "stratum"}; the library's: see their services
  std::string reason;
  std::string evidence_json = "[]"; // [{"id", "filename", "sha256", "mime", "size"}]
  std::string status = "pending";
  std::string approvals_json = "[]";  // [{"step", "login", "name", "at", "decision", "note"}]
  std::string created_by;
  std::string created_at;
  std::string decided_at;   // "" until approved or rejected
  std::string result_json;  // the change's result in the record ("" until approved)
};

class ChangeRequests {
 public:
  explicit ChangeRequests(Store& s) : s_(s) {}
  // Stores a new request (id and created_at assigned, written back into `row`).
  void insert(ChangeRequestRow& row);
  std::optional<ChangeRequestRow> get(int64_t id);
  std::vector<ChangeRequestRow> of_draw(int64_t draw_id);  // by id
  // The agency's requests of one of `kinds` (a library's: roster_add, unit_delete …), by id.
  std::vector<ChangeRequestRow> of_agency(int64_t agency_id, const std::vector<std::string>& kinds);
  // Moves the request from `expected` to row.status with row's approvals, evidence,
  // decided_at and result_json; kConflict "change_request_changed" when it is no longer in
  // `expected` (another signer got there first: read it again).
  void advance(const ChangeRequestRow& row, const std::string& expected);

 private:
  Store& s_;
};

}  // namespace suiji::store
