// `suiji init` and `suiji demo`, run as a user runs them: the binary, a fresh database,
// then what the database holds.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <set>

#include "common/pg_cluster.h"
#include "common/run_suiji.h"
#include "domain/codes.h"
#include "domain/region_table.h"
#include "domain/unit_rules.h"
#include "store/password.h"
#include "store/store.h"

namespace suiji {
namespace {

using testing::run_suiji;
using CliRun = testing::Run;
inline CliRun run(const std::string& args) { return run_suiji(args); }

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/suiji-demo-XXXXXX";
    dir_ = mkdtemp(tmpl);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string db(const std::string& name = "suiji.db") { return dir_ + "/" + name; }
  std::string dir_;
};

std::string printed_password(const std::string& out) {
  const std::string label = "admin password:";
  size_t at = out.find(label);
  if (at == std::string::npos) return {};
  std::istringstream in(out.substr(at + label.size()));
  std::string password;
  in >> password;
  return password;
}

TEST_F(Cli, DemoLoadsARealisticQuzhouDataset) {
  CliRun r = run("demo --db " + db());
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("admin login:   admin"), std::string::npos) << r.out;
  std::string password = printed_password(r.out);
  ASSERT_EQ(password.size(), 16u) << r.out;

  auto s = store::Store::open(db());
  // The city and its six county-level divisions, with their GB/T 2260 codes.
  auto city = s->agencies().find_by_region("330800");
  ASSERT_TRUE(city);
  EXPECT_EQ(city->name, "衢州市生态环境局");
  std::set<std::string> county_codes;
  for (const auto& a : s->agencies().children(city->id))
    if (a.zone_name.empty()) county_codes.insert(a.region_code);
  std::set<std::string> expected;
  for (const Region* c : RegionTable::builtin().children("330800")) expected.insert(c->code);
  EXPECT_EQ(county_codes, expected);
  EXPECT_EQ(s->agencies().all_by_region("330800").size(), 2u);  // + 绿色产业集聚区 branch

  // ~3,000 units, every one valid, credit codes registered in the unit's own county.
  store::UnitFilter all;
  all.agency_ids = s->agencies().subtree_ids(city->id);
  auto units = s->units().list(all).items;
  ASSERT_EQ(units.size(), 3000u);
  std::map<UnitLevel, int> levels;
  int special = 0, seasonal = 0, stopped = 0, closed = 0, projects = 0;
  std::set<std::string> codes;
  for (const auto& u : units) {
    auto errors = validate_unit(u);
    ASSERT_TRUE(errors.empty()) << u.name << ": " << join_errors(errors);
    if (!u.uscc.empty()) {
      EXPECT_EQ(region_from_uscc(u.uscc), u.region_code) << u.uscc;
    }
    EXPECT_TRUE(expected.count(u.region_code)) << u.region_code;
    EXPECT_TRUE(codes.insert(u.draw_id_code).second) << "duplicate " << u.draw_id_code;
    ++levels[u.level];
    special += u.special;
    seasonal += u.production_status == ProductionStatus::kSeasonal;
    stopped += u.production_status == ProductionStatus::kStopped;
    closed += u.production_status == ProductionStatus::kClosed;
    projects += u.is_project;
  }
  EXPECT_EQ(levels.size(), 6u);  // 国控 … 县一般 all present
  EXPECT_GT(levels[UnitLevel::kNational], 10);
  EXPECT_GT(levels[UnitLevel::kGeneralCounty], 1000);
  EXPECT_GT(special, 50);
  EXPECT_GT(seasonal, 30);
  EXPECT_GT(stopped, 30);
  EXPECT_GT(closed, 10);
  EXPECT_GT(projects, 10);

  // The 绿色产业集聚区 zone branch holds some of 柯城's and 衢江's key units: the zone and
  // the city see them, the counties the park lies in do not (auth/scope.h).
  std::optional<Agency> zone;
  for (const auto& a : s->agencies().all_by_region("330800"))
    if (!a.zone_name.empty()) zone = a;
  ASSERT_TRUE(zone);
  EXPECT_EQ(zone->name, "衢州市绿色产业集聚区环保分局");
  store::UnitFilter seen;
  seen.within_agency = zone->id;
  auto zone_units = s->units().list(seen).items;
  EXPECT_GT(zone_units.size(), 20u);
  for (const auto& u : zone_units) {
    EXPECT_EQ(u.zone_agency_id, zone->id);
    EXPECT_EQ(u.agency_id, zone->id);
    EXPECT_TRUE(u.region_code == "330802" || u.region_code == "330803") << u.region_code;
  }
  seen.within_agency = city->id;
  EXPECT_EQ(s->units().count(seen), 3000);
  int64_t by_counties = 0;
  for (const auto& code : expected) {
    seen.within_agency = s->agencies().find_by_region(code)->id;
    for (const auto& u : s->units().list(seen).items) {
      EXPECT_FALSE(u.zone_agency_id) << u.draw_id_code;
      ++by_counties;
    }
  }
  EXPECT_EQ(by_counties + static_cast<int64_t>(zone_units.size()), 3000);

  // ~80 inspectors, some with an expired certificate; absences and conflicts exist.
  store::InspectorFilter staff;
  staff.agency_ids = all.agency_ids;
  auto inspectors = s->inspectors().list(staff).items;
  EXPECT_EQ(inspectors.size(), 80u);
  int expired = 0, seniors = 0;
  for (const auto& i : inspectors) {
    seniors += i.senior;
    for (const auto& c : i.certificates) expired += !valid_on(c, "2026-11-01");
  }
  EXPECT_GT(expired, 2);
  EXPECT_GT(seniors, 10);
  int absences = 0;
  for (int64_t a : all.agency_ids) absences += s->inspectors().absences_between(a, "2026-12-01", "2026-12-31").size();
  EXPECT_GT(absences, 5);
  size_t conflicts = 0;
  for (int64_t a : all.agency_ids) conflicts += s->conflicts().list(a).size();
  EXPECT_GT(conflicts, 10u);

  // The printed password logs the admin in; the holiday table is filled.
  auto admin = s->users().find_by_login("admin");
  ASSERT_TRUE(admin);
  EXPECT_TRUE(store::verify_password(admin->password_hash, password));
  EXPECT_FALSE(s->holidays().between("2026-10-01", "2026-10-08").empty());

  // Business users to try each role, listed on screen, with the same password.
  auto op = s->users().find_by_login("operator");
  ASSERT_TRUE(op);
  EXPECT_TRUE(has_role(*op, Role::kOperator));
  EXPECT_FALSE(has_role(*op, Role::kSystemAdmin));
  EXPECT_TRUE(store::verify_password(op->password_hash, password));
  EXPECT_NE(r.out.find("kc_operator"), std::string::npos);
  EXPECT_EQ(s->users().find_by_login("kc_operator")->agency_id,
            s->agencies().find_by_region("330802")->id);

  // Each agency has its preset for this year and the next (001: the city's and the
  // counties' rules), so plan preview works on the demo at once.
  int year = std::stoi(store::Store::now().substr(0, 4));
  for (int y : {year, year + 1}) {
    auto p = s->policies().current(city->id, y);
    ASSERT_TRUE(p) << y;
    EXPECT_EQ(p->preset, "quzhou-city");
    EXPECT_EQ(s->policies().current(s->agencies().find_by_region("330802")->id, y)->preset, "quzhou-county");
  }
  CliRun preview = run("plan preview --db " + db() + " --agency 330800 --period " + std::to_string(year) + "Q2");
  ASSERT_EQ(preview.exit_code, 0) << preview.out;
  EXPECT_NE(preview.out.find("\"eligible\""), std::string::npos);
}

// More inspectors than 4,000 two-character names: the demo still gives each a distinct
// name (it looped for ever on --inspectors 5000 before).
TEST_F(Cli, DemoNamesThousandsOfInspectorsDistinctly) {
  ASSERT_EQ(run("demo --db " + db() + " --units 50 --inspectors 4500").exit_code, 0);
  auto s = store::Store::open(db());
  std::set<std::string> names;
  for (const auto& i : s->inspectors().list({}).items) names.insert(i.name);
  EXPECT_EQ(names.size(), 4500u);
}

TEST_F(Cli, DemoIsReproducibleAndRefusesAFilledDatabase) {
  ASSERT_EQ(run("demo --db " + db("a.db") + " --units 300 --inspectors 30").exit_code, 0);
  ASSERT_EQ(run("demo --db " + db("b.db") + " --units 300 --inspectors 30").exit_code, 0);
  auto a = store::Store::open(db("a.db"));
  auto b = store::Store::open(db("b.db"));
  store::UnitFilter f;
  f.include_deleted = true;
  auto ua = a->units().list(f).items, ub = b->units().list(f).items;
  ASSERT_EQ(ua.size(), 300u);
  ASSERT_EQ(ua.size(), ub.size());
  for (size_t i = 0; i < ua.size(); ++i) {
    EXPECT_EQ(ua[i].draw_id_code, ub[i].draw_id_code);
    EXPECT_EQ(ua[i].name, ub[i].name);
    EXPECT_EQ(ua[i].address, ub[i].address);
  }

  CliRun again = run("demo --db " + db("a.db"));
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.out.find("已有污染源数据"), std::string::npos) << again.out;
  EXPECT_EQ(a->units().count(f), 300);
}

TEST_F(Cli, DemoLoadsIntoPostgreSQLToo) {
  std::string conn = testing::PgCluster::get().fresh_database();
  CliRun r = run("demo --db '" + conn + "' --units 400 --inspectors 30");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  auto s = store::Store::open(conn);
  EXPECT_EQ(s->engine(), store::Engine::kPostgres);
  EXPECT_EQ(s->units().count({}), 400);
  store::InspectorFilter f;
  EXPECT_EQ(s->inspectors().list(f).total, 30);
  EXPECT_TRUE(store::verify_password(s->users().find_by_login("admin")->password_hash,
                                     printed_password(r.out)));
}

TEST_F(Cli, InitCreatesAnEmptyDatabaseWithAnAdmin) {
  CliRun r = run("init --db " + db());
  ASSERT_EQ(r.exit_code, 0) << r.out;
  std::string password = printed_password(r.out);
  ASSERT_FALSE(password.empty()) << r.out;
  {
    auto s = store::Store::open(db());
    EXPECT_EQ(s->agencies().list().size(), 1u);
    EXPECT_EQ(s->units().count({}), 0);
    EXPECT_TRUE(store::verify_password(s->users().find_by_login("admin")->password_hash, password));
  }
  // Again: nothing new, the password is not reset.
  CliRun again = run("init --db " + db());
  EXPECT_EQ(again.exit_code, 0) << again.out;
  EXPECT_TRUE(printed_password(again.out).empty());
  EXPECT_NE(again.out.find("already exists"), std::string::npos);

  // A bad region code is refused and creates nothing.
  CliRun bad = run("init --db " + db("bad.db") + " --region 330899");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.out.find("GB/T 2260"), std::string::npos) << bad.out;
  EXPECT_FALSE(std::filesystem::exists(db("bad.db")));
}

}  // namespace
}  // namespace suiji

namespace suiji {
namespace {

// Issue 13 §1: the demo writes through service::write, so its chain verifies and every
// entry names a real user of the demo (the admin or the city's operator), never "demo".
TEST(DemoAudit, TheDemosChainVerifiesAndNamesRealUsers) {
  char tmpl[] = "/tmp/suiji-demo-audit-XXXXXX";
  std::string dir = mkdtemp(tmpl);
  std::string db = dir + "/suiji.db";
  ASSERT_EQ(testing::run_suiji("demo --db " + db + " --units 300 --inspectors 30").exit_code, 0);
  testing::Run v = testing::run_suiji("audit verify --db " + db);
  EXPECT_EQ(v.exit_code, 0) << v.out;
  auto s = store::Store::open(db);
  int entries = 0;
  s->audit_log().for_each([&](const AuditEntry& e) {
    ++entries;
    EXPECT_TRUE(s->users().find_by_login(e.actor)) << e.seq << " " << e.actor;
  });
  EXPECT_GT(entries, 10);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace suiji
