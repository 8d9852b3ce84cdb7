// A year of draws on the demo data (issue 13, "Done when"): the city (quzhou-city) and
// 柯城 (quzhou-county, whose key units must all be inspected within the year, 001:L53)
// each prepare, announce, witness and reveal a draw in every quarter of 2027. At the end
// every key unit of 柯城 still eligible has a task this year, and no unit that is not
// special has more random inspections than the cap of 2 (001:L51), counting both levels'
// tasks (000:L10). Prints the figures (for the closing note).
#include <gtest/gtest.h>

#include <iostream>
#include <map>
#include <set>

#include "common/pg_cluster.h"
#include "common/temp_dir.h"
#include "service/demo_dataset.h"
#include "service/draws/draw_announce.h"
#include "service/draws/draw_prepare.h"
#include "service/draws/draw_reveal.h"
#include "service/draws/draw_witness.h"
#include "service_fixture.h"
#include "store/store.h"

namespace suiji::testing {
namespace {

class YearSimulation : public ::testing::TestWithParam<store::Engine> {
 protected:
  void SetUp() override {
    db = store::Store::open(GetParam() == store::Engine::kSqlite ? dir.file("suiji.db") : PgCluster::get().fresh_database());
    service::DemoOptions o;
    o.units = 1500;
    o.inspectors = 60;
    o.admin_password = "demo-password-1";
    o.policy_years = {2027};
    service::load_demo(*db, o);
  }

  // One quarter's draw of `agency` by `operator_login`, lists taken on `day`.
  Json draw(const std::string& agency, const std::string& period, const std::string& day, const std::string& op) {
    Json p = service::prepare_draw(*db, {agency, period, {}, day, op});
    service::announce_draw(*db, {p["draw_code"], op, day, "年度模拟：按季度连续抽取"});
    service::witness_draw(*db, {p["draw_code"], "jijian", "纪检监察", "吴丽华", "20270101"});
    service::reveal_draw(*db, {p["draw_code"], op});
    return p;
  }

  TempDir dir;
  std::unique_ptr<store::Store> db;
};

TEST_P(YearSimulation, FourQuartersCoverEveryCountyKeyUnitAndKeepEveryUnitWithinItsCap) {
  const std::vector<std::pair<std::string, std::string>> quarters = {
      {"2027Q1", "2026-12-28"}, {"2027Q2", "2027-03-29"}, {"2027Q3", "2027-06-28"}, {"2027Q4", "2027-09-27"}};
  Json last_county;
  for (const auto& [period, day] : quarters) {
    draw("330800", period, day, "operator");
    last_county = draw("330802", period, day, "kc_operator");
  }

  // 柯城's key units eligible in Q4 (the last quarter's population, both parts).
  std::set<std::string> key_units;
  auto row = db->draws().find(last_county["draw_code"].get<std::string>());
  Json input = Json::parse(row->input_json);
  for (const auto& s : input["strata"])
    if (s["policy_stratum"] == "key")
      for (const auto& id : s["population"]) key_units.insert(id);
  ASSERT_FALSE(key_units.empty());

  std::map<int64_t, int> per_unit;
  std::map<int64_t, std::string> code_of;
  for (const auto& t : db->tasks().of_year(2027)) ++per_unit[t.unit_id];
  std::set<std::string> inspected;
  int over_cap = 0, max_seen = 0;
  for (const auto& [unit_id, n] : per_unit) {
    auto u = db->units().get(unit_id);
    ASSERT_TRUE(u);
    inspected.insert(u->draw_id_code);
    max_seen = std::max(max_seen, u->special ? 0 : n);
    if (!u->special && n > 2) ++over_cap;
  }
  int uncovered = 0;
  for (const auto& id : key_units) uncovered += !inspected.count(id);
  EXPECT_EQ(uncovered, 0) << "key units of 柯城 not inspected in 2027";
  EXPECT_EQ(over_cap, 0) << "units over the cap of 2";
  std::cout << "[year 2027] tasks " << db->tasks().of_year(2027).size() << ", units inspected " << per_unit.size()
            << ", 柯城 key units " << key_units.size() << " (uncovered " << uncovered << ")"
            << ", most random inspections of a non-special unit " << max_seen << "\n";
}

SUIJI_IMPORT_BOTH_ENGINES(YearSimulation);

}  // namespace
}  // namespace suiji::testing
