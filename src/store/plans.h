// Plans (抽查计划): an agency's annual plan (家次 per stratum, filed with the parent by the
// end of December, 000:L17, 001:L59) and, with the cycle, its quarterly and campaign plans.
// A plan is a draft until an approver approves it; an approved plan is final: put_draft
// refuses it (kConflict "plan_approved") and approve refuses twice. Who may approve is
// the service's decision (service/plans/annual_plan.h); the store only records it.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace suiji::store {

class Store;

struct PlanRow {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string period;  // "2027" for an annual plan
  std::string kind;    // "annual"
  std::string status;  // "draft" / "approved"
  std::string json;
  int policy_version = 0;
  std::string created_at, created_by;
  std::string approved_at, approved_by;  // "" while a draft
};

class Plans {
 public:
  explicit Plans(Store& s) : s_(s) {}
  // Stores the draft of (agency, period, kind), replacing an earlier draft; one transaction.
  PlanRow put_draft(int64_t agency_id, std::string_view period, std::string_view kind, int policy_version,
                    std::string_view json, std::string_view actor);
  std::optional<PlanRow> find(int64_t agency_id, std::string_view period, std::string_view kind);
  // Draft → approved, recording who and when (`at`, as Store::now()); `json` replaces the
  // stored plan (it carries the approval too). Throws NotFound, or kConflict
  // "plan_approved" when already approved.
  PlanRow approve(int64_t plan_id, std::string_view approver, std::string_view at, std::string_view json);

 private:
  Store& s_;
};

}  // namespace suiji::store
