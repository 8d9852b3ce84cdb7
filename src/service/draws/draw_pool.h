// The inspector pool of a draw (执法人员名录库 → 抽取人员): the agency's own inspectors who
// may be drawn on a date, and every one who may not, with the reason — the draw record
// says who was excluded and why (requirements 2, spec section 8's informational fields).
//
// Contracts (checked in this order; the first that applies is the reason):
// - not 在岗 ("not_on_post"): never in a pool;
// - the policy's team.org_units, when not empty, name the internal units whose staff are
//   drawn (002:L11): anyone else is "org_unit";
// - no certificate valid on the date ("no_valid_certificate"; an expired one never
//   qualifies), or missing a kind the policy's team.certificates requires, valid on the
//   date ("certificate_missing", 002:L11 two certificates in Zhangdian);
// - an absence (休假/因公出差/学习/借调) covering the date ("absent", with its dates).
// The agency's inspectors only, never its children's (a county draws its own staff).
// Members are ordered by code; conflicts are the stored 回避 pairs of the members.
// Reads only.
#pragma once
#include <string>
#include <vector>

#include "domain/agency.h"
#include "domain/inspector.h"
#include "domain/json.h"
#include "policy/policy.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct PoolExclusion {
  const Inspector* inspector = nullptr;  // into DrawPool::roster
  std::string reason;                     // not_on_post / org_unit / no_valid_certificate / certificate_missing / absent
  std::string detail;                     // Chinese, for people: "休假 2027-01-04 至 2027-01-08"
};

struct DrawPool {
  std::vector<Inspector> roster;            // every inspector of the agency on the roster
  std::vector<const Inspector*> members;    // who may be drawn, by code
  std::vector<PoolExclusion> excluded;      // by code
  std::vector<Conflict> conflicts;          // stored 回避 pairs whose inspector is a member
};

DrawPool pool_of(store::Store& db, const Agency& agency, const policy::TeamRules& team, const std::string& on_date);

// [{"id": code, "reason", "detail"}] for the record's informational fields (no names: the
// record is published), or with "name" too for the operator's own view.
Json to_json(const std::vector<PoolExclusion>& excluded, bool with_names);

}  // namespace suiji::service
