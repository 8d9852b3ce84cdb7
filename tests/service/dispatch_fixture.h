// The dispatch order's and the pledges' fixture (issue 13 §2–3): the draw cycle's 柯城
// jurisdiction with the city's inspectors split between two 大队 (环境监察一大队 takes the
// odd ones, 二大队 the even ones), an operator who also approves ("opboss") and a revealed
// 2027Q1 draw.
#pragma once
#include <soci/soci.h>

#include "draw_cycle_fixture.h"

namespace suiji::testing {

class DispatchTest : public DrawCycle {
 protected:
  void SetUp() override {
    DrawCycle::SetUp();
    User u;
    u.agency_id = city_id;
    u.login = u.name = "opboss";
    u.roles = {Role::kOperator, Role::kApprover};
    u.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$aGFzaA";
    db->users().insert(u);
    user("zhifa", city_id, Role::kInspector);
    long long one = db->org_units().insert({0, city_id, "环境监察一大队", OrgUnitKind::kTeam});
    long long two = db->org_units().insert({0, city_id, "环境监察二大队", OrgUnitKind::kTeam});
    long long city = city_id;
    db->sql() << "UPDATE inspector SET org_unit_id = :a WHERE agency_id = :c AND id % 2 = 1", soci::use(one),
        soci::use(city);
    db->sql() << "UPDATE inspector SET org_unit_id = :b WHERE agency_id = :c AND id % 2 = 0", soci::use(two),
        soci::use(city);
  }
  std::string revealed() {
    Json p = prepare();
    announce(p);
    witness(p);
    reveal(p);
    return p["draw_code"];
  }
  std::vector<store::TaskRow> tasks(const std::string& code) { return db->tasks().of_draw(db->draws().find(code)->id); }
  Inspector inspector(int64_t id) { return *db->inspectors().get(id); }
  std::string org_unit_of(int64_t inspector_id) {
    auto i = inspector(inspector_id);
    return i.org_unit_id ? db->org_units().get(*i.org_unit_id)->name : "";
  }
};

}  // namespace suiji::testing
