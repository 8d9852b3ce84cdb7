// The 双随机任务派遣单 (dispatch order, seed 002:L16) of a revealed draw and the 承诺书
// (integrity pledges) its inspectors sign. Who may request, approve and sign, and what the
// order holds, are the services' (service/tasks/dispatch_order.h, service/tasks/pledge.h);
// the store keeps the rows and guards every move.
//
//   dispatch_order, one per draw:  requested → approved
//   pledge, one per task and team member, never changed once signed
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace suiji::store {

class Store;

struct DispatchOrderRow {
  int64_t id = 0;
  int64_t draw_id = 0;
  int64_t agency_id = 0;
  std::string status = "requested";  // requested | approved
  std::string requested_by;          // logins
  std::string requested_at;
  std::string approved_by;  // "" until approved
  std::string approved_at;
  std::string record_sha256;  // SHA-256 of the draw's record when it was approved
};

class DispatchOrders {
 public:
  explicit DispatchOrders(Store& s) : s_(s) {}
  // Stores a new request (id and requested_at assigned, written back). kConflict
  // "dispatch_already_requested" when the draw already has an order.
  void insert(DispatchOrderRow& row);
  std::optional<DispatchOrderRow> of_draw(int64_t draw_id);
  // requested → approved by `login` at `at`, with the record's hash; kConflict
  // "dispatch_already_approved" when it is no longer requested (another approver got there
  // first). Returns the updated row.
  DispatchOrderRow approve(int64_t id, const std::string& login, const std::string& at, const std::string& record_sha256);

 private:
  Store& s_;
};

struct PledgeRow {
  int64_t id = 0;
  int64_t task_id = 0;
  int64_t inspector_id = 0;
  std::string text;       // the pledge as signed, word for word
  std::string signed_on;  // YYYY-MM-DD, the date under 承诺人
  std::string signed_by;  // the login that entered the signature
  std::string signed_at;  // ISO 8601 UTC
};

class Pledges {
 public:
  explicit Pledges(Store& s) : s_(s) {}
  // Stores a signature (id and signed_at assigned, written back). kConflict
  // "pledge_already_signed" when this inspector has signed for this task before.
  void insert(PledgeRow& row);
  std::vector<PledgeRow> of_task(int64_t task_id);  // by id
  // Every pledge of the tasks of `draw_id`, by task then id.
  std::vector<PledgeRow> of_draw(int64_t draw_id);

 private:
  Store& s_;
};

}  // namespace suiji::store
