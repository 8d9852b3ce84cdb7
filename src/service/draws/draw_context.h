// What every step after prepare starts from: the stored draw, its agency, the policy
// version it was prepared under and its period, looked up once by a reference a user
// types ("12", "#12" or the draw code "330800-2027Q1-1").
//
// Contracts: an unknown draw is kNotFound "draw_not_found" (field "draw"); a draw stored
// before the life cycle existed (no agency) is kConflict "draw_not_managed". Reads only.
#pragma once
#include <string>

#include "domain/agency.h"
#include "draw/input.h"
#include "policy/calendar.h"
#include "service/plans/agency_policy.h"
#include "store/draws.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct DrawContext {
  store::DrawRow row;
  Agency agency;
  AgencyPolicy policy;
  policy::Period period;
};

DrawContext draw_context(store::Store& db, const std::string& ref);

// The policy stratum a draw stratum belongs to ("key" for "key.uncovered", draw_prepare.h).
std::string policy_stratum_of(const draw::StratumInput& s);

// The audit entity id and the short summary every draw step records.
Json draw_summary(const store::DrawRow& row);

}  // namespace suiji::service
