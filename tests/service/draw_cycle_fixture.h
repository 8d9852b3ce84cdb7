// The draw life cycle's test fixture (issue 13 §2): the plan fixture's 柯城 jurisdiction
// under Quzhou's city policy (纪检监察 must witness, 001:L67; the draw window is the five
// working days before the quarter, 001:L59), with the city's operator, approver and
// 纪检监察 and a county operator, and one call per step.
#pragma once
#include <soci/soci.h>

#include "plan_fixture.h"
#include "service/draws/draw_announce.h"
#include "service/draws/draw_prepare.h"
#include "service/draws/draw_publish.h"
#include "service/draws/draw_reveal.h"
#include "service/draws/draw_witness.h"

namespace suiji::testing {


// 2026-12-28 (Monday) lies in 2027Q1's window, 2026-12-24 … 2026-12-31.
const std::string kDay = "2026-12-28";

class DrawCycle : public PlanTest {
 protected:
  void SetUp() override {
    PlanTest::SetUp();
    fill();
    apply("330800", "quzhou-city", 2027);
    user("leader", city_id, Role::kApprover);
    user("jijian", city_id, Role::kSupervisor);
    user("kc_operator", county_id, Role::kOperator);
  }

  Json prepare(const std::string& day = kDay, const std::string& as = "operator") {
    return service::prepare_draw(*db, {"330800", "2027Q1", {}, day, as});
  }
  Json announce(const Json& p, const std::string& day = kDay, const std::string& why = "") {
    return service::announce_draw(*db, {p["draw_code"], "operator", day, why});
  }
  Json witness(const Json& p, const std::string& role = "纪检监察", const std::string& as = "jijian") {
    return service::witness_draw(*db, {p["draw_code"], as, role, "吴丽华", "48 27 71"});
  }
  Json reveal(const Json& p, const std::string& as = "operator") {
    return service::reveal_draw(*db, {p["draw_code"], as});
  }
  // A 2027Q1 draw prepared, announced, witnessed and revealed: its tasks.
  std::vector<store::TaskRow> revealed_tasks() {
    Json p = prepare();
    announce(p);
    witness(p);
    reveal(p);
    return db->tasks().of_draw(db->draws().find(p["draw_code"].get<std::string>())->id);
  }
  std::string status(const Json& p) { return db->draws().find(p["draw_code"].get<std::string>())->status; }
  int64_t count(const std::string& table) {
    long long n = 0;
    db->sql() << "SELECT COUNT(*) FROM " + table, soci::into(n);
    return n;
  }

  template <class F>
  static Error refused(F&& f) {
    try {
      f();
    } catch (const Error& e) {
      return e;
    }
    ADD_FAILURE() << "not refused";
    return Error(ErrorKind::kInternal, "none", "", "");
  }
};

}  // namespace suiji::testing
