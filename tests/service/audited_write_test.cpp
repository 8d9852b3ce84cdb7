// service::write, the one door of every service write (issue 13 §1), on both engines: a
// write that records nothing is refused and leaves the database as it was; each converted
// write leaves its entry with the right actor and action (an import one entry, with the
// file's SHA-256, its counts and the unit_history keys); the actor checks of operator_for
// refuse a wrong role, another county's agency, an unknown and a disabled user.
#include <gtest/gtest.h>

#include "domain/error.h"
#include "draw/sha256.h"
#include "plan_fixture.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "service/database_setup.h"
#include "service/lists/import_list.h"
#include "service/plans/annual_plan.h"
#include "service/plans/campaign_plan.h"

namespace suiji::testing {
namespace {

class AuditedWrite : public PlanTest {
 protected:
  std::vector<AuditEntry> entries() {
    std::vector<AuditEntry> out;
    db->audit_log().for_each([&](const AuditEntry& e) { out.push_back(e); });
    return out;
  }
  std::string units_csv() {
    return "统一社会信用代码,单位名称,行政区划代码,控制级别\n" + make_uscc("330802", "MA2DJ7K1") +
           ",衢州示例化工有限公司,330802,国控\n" + make_uscc("330803", "14702356") + ",衢江某厂,330803,县控\n";
  }
  std::string code_of(const std::function<void()>& f) {
    try {
      f();
    } catch (const Error& e) {
      return e.code();
    }
    return "ok";
  }
};

TEST_P(AuditedWrite, AWriteThatRecordsNothingIsRefusedAndChangesNothing) {
  std::string code = code_of([&] {
    service::write(*db, [&](service::Audit&) { user("ghost", city_id, Role::kOperator); });
  });
  EXPECT_EQ(code, "unaudited_write");
  EXPECT_FALSE(db->users().find_by_login("ghost"));
  EXPECT_TRUE(entries().empty());
}

TEST_P(AuditedWrite, AUnitsImportWritesOneEntryWithFileCountsAndHistoryKeys) {
  std::string csv = units_csv();
  service::ImportOptions o;
  o.source_name = "units.csv";
  auto r = import(service::Library::kUnits, csv, o);
  ASSERT_TRUE(r.ok()) << dump_errors(r);
  auto e = entries();
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].action, "library.import_units");
  EXPECT_EQ(e[0].actor, operator_of("330800"));
  EXPECT_EQ(e[0].entity, "agency");
  EXPECT_EQ(e[0].entity_id, std::to_string(city_id));
  EXPECT_EQ(e[0].after["file"], "units.csv");
  EXPECT_EQ(e[0].after["sha256"], draw::sha256_hex(csv));
  EXPECT_EQ(e[0].after["counts"]["created"], 2);
  // The ids lead to each unit's version 1 in unit_history.
  Json created = e[0].after["unit_history"]["created"];
  ASSERT_EQ(created.size(), 1u);
  int64_t first = created[0][0];
  EXPECT_EQ(db->units().history(first).size(), 1u);
  // Again, unchanged: a second entry, counting them unchanged.
  ASSERT_TRUE(import(service::Library::kUnits, csv).ok());
  e = entries();
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[1].after["counts"]["unchanged"], 2);
  EXPECT_TRUE(service::verify_audit(*db).ok);
}

TEST_P(AuditedWrite, ADryRunOrARefusedImportWritesNoEntry) {
  service::ImportOptions o;
  o.dry_run = true;
  ASSERT_TRUE(import(service::Library::kUnits, units_csv(), o).ok());
  EXPECT_FALSE(import(service::Library::kUnits, "统一社会信用代码,单位名称\nbad,x\n").ok());
  EXPECT_TRUE(entries().empty());
}

TEST_P(AuditedWrite, PolicyPlanListAndSetupWritesRecordTheirActors) {
  ASSERT_TRUE(import(service::Library::kUnits, units_csv()).ok());
  apply("330800", "quzhou-city", 2027);
  service::annual_plan(*db, "330800", 2027, "operator");
  service::ListImportOptions lo;
  lo.agency = "330800";
  lo.name = "重点名录";
  lo.year = 2027;
  lo.actor = "operator";
  ASSERT_TRUE(service::import_list_bytes(*db, "统一社会信用代码\n" + make_uscc("330802", "MA2DJ7K1") + "\n", lo).report.ok());
  service::setup_database(*db, {"330800", "", "admin", "pw-for-tests-123"});
  auto e = entries();
  ASSERT_EQ(e.size(), 5u);
  EXPECT_EQ(e[1].action, "policy.apply");
  EXPECT_EQ(e[1].actor, operator_of("330800"));
  EXPECT_EQ(e[2].action, "plan.draft");
  EXPECT_EQ(e[2].actor, "operator");
  EXPECT_EQ(e[3].action, "list.import");
  EXPECT_EQ(e[3].actor, "operator");
  EXPECT_EQ(e[3].after["members"], 1);
  EXPECT_EQ(e[4].action, "store.setup");
  EXPECT_EQ(e[4].actor, "admin");
  EXPECT_TRUE(service::verify_audit(*db).ok);
}

TEST_P(AuditedWrite, AnActorWhoMayNotActIsRefusedAndNothingIsWritten) {
  user("leader", city_id, Role::kApprover);
  user("kc_op", county_id, Role::kOperator);
  user("off", city_id, Role::kOperator);
  db->users().set_disabled(db->users().find_by_login("off")->id, true);
  auto apply_as = [&](const std::string& login) {
    return code_of([&] { service::apply_policy(*db, "330800", 2027, {"quzhou-city", ""}, login); });
  };
  EXPECT_EQ(apply_as("leader"), "role_missing");
  EXPECT_EQ(apply_as("kc_op"), "outside_jurisdiction");  // a county's operator, the city's policy
  EXPECT_EQ(apply_as("nobody"), "user_unknown");
  EXPECT_EQ(apply_as("off"), "user_disabled");
  EXPECT_EQ(code_of([&] { service::annual_plan(*db, "330800", 2027, "leader"); }), "role_missing");
  service::ImportOptions o;
  o.actor = "kc_op";
  EXPECT_EQ(code_of([&] { import(service::Library::kUnits, units_csv(), o); }), "outside_jurisdiction");
  EXPECT_EQ(unit_count(city_id), 0);
  EXPECT_TRUE(db->policies().versions(city_id, 2027).empty());
  EXPECT_TRUE(entries().empty());
}

TEST_P(AuditedWrite, TheAdministratorActsOnlyWhileNoOperatorCould) {
  user("admin", other_id, Role::kSystemAdmin);  // 济南: no operator there yet
  service::ImportOptions o;
  o.agency_region = "370100";
  o.actor = "admin";
  ASSERT_TRUE(import(service::Library::kUnits, "统一社会信用代码,单位名称,行政区划代码,控制级别\n" +
                                                   make_uscc("370102", "MA2DJ7K2") + ",济南某厂,370102,市控\n", o)
                  .ok());
  operator_of("370100");  // now 济南 has an operator: the administrator no longer imports
  EXPECT_EQ(code_of([&] { import(service::Library::kUnits, "统一社会信用代码\n", o); }), "role_missing");
}

SUIJI_IMPORT_BOTH_ENGINES(AuditedWrite);

}  // namespace
}  // namespace suiji::testing
