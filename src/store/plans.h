// Plans (抽查计划): an agency's annual plan (家次 per stratum, filed with the parent by the
// end of December, 000:L17, 001:L59; kind "annual", period "2027", name "") and its
// campaign plans (kind "special" 专项 or "joint" 联合, period "2027Q2" or "2027", told
// apart by name: several per period).
// A plan is a draft until an approver approves it; an approved plan is final: put_draft
// refuses it (kConflict "plan_approved") and approve refuses twice. Who may approve is
// the service's decision (service/plans/annual_plan.h); the store only records it.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace suiji::store {

class Store;

struct PlanRow {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string period;  // "2027" for an annual plan
  std::string kind;    // "annual" / "special" / "joint"
  std::string name;    // a campaign's name; "" for the annual plan
  std::string status;  // "draft" / "approved"
  std::string json;
  int policy_version = 0;
  std::string created_at, created_by;
  std::string approved_at, approved_by;  // "" while a draft
};

class Plans {
 public:
  explicit Plans(Store& s) : s_(s) {}
  // Stores the draft of (agency, period, kind, name), replacing an earlier draft; one
  // transaction.
  PlanRow put_draft(int64_t agency_id, std::string_view period, std::string_view kind, std::string_view name,
                    int policy_version, std::string_view json, std::string_view actor);
  std::optional<PlanRow> find(int64_t agency_id, std::string_view period, std::string_view kind,
                              std::string_view name = "");
  std::optional<PlanRow> get(int64_t plan_id);
  // The agency's plans of `kind` whose period lies in `year` ("2027", "2027Q1" … "2027Q4"),
  // by period then id.
  std::vector<PlanRow> of_year(int64_t agency_id, int year, std::string_view kind);
  // Draft → approved, recording who and when (`at`, as Store::now()); `json` replaces the
  // stored plan (it carries the approval too). Throws NotFound, or kConflict
  // "plan_approved" when already approved.
  PlanRow approve(int64_t plan_id, std::string_view approver, std::string_view at, std::string_view json);

 private:
  Store& s_;
};

}  // namespace suiji::store
