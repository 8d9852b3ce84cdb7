// A small jurisdiction for the plan use cases (plan preview, the annual plan, campaign
// plans), on both engines: units of 柯城 (330802) entered by the city, inspectors, users,
// and a policy applied to an agency. Each case's figures can be checked by hand.
#pragma once
#include <string>
#include <vector>

#include "domain/user.h"
#include "service/plans/agency_policy.h"
#include "service/plans/agency_preview.h"
#include "service_fixture.h"

namespace suiji::testing {

class PlanTest : public ImportTest {
 protected:
  // The city's 双随机 operator drafts plans (annual_plan, campaign_plan check the role).
  void SetUp() override {
    ImportTest::SetUp();
    user("operator", city_id, Role::kOperator);
  }

  // Adds a unit to 柯城 (330802), entered by the city; returns its id.
  int64_t add(UnitLevel level, bool special = false, ProductionStatus status = ProductionStatus::kProducing,
              std::vector<int> months = {}, const std::string& region = "330802") {
    Unit u;
    ++seq_;
    std::string body = "MA2" + std::to_string(10000 + seq_);
    u.uscc = make_uscc(region, body);
    u.draw_id_code = u.uscc;
    u.name = "衢州测试企业" + std::to_string(seq_) + "有限公司";
    u.address = "浙江省衢州市柯城区" + std::to_string(seq_) + "号";
    u.region_code = region;
    u.industry = "化学原料和化学制品制造业";
    u.level = level;
    u.special = special;
    if (special) u.special_reason = SpecialReason::kComplaints;
    u.production_status = status;
    u.producing_months = months;
    int64_t owner = region.starts_with("3701") ? other_id : city_id;
    return db->units().upsert_all(owner, {u}, "test")[0].id;
  }

  void add_inspector(int64_t agency, bool on_staff, bool on_post) {
    Inspector i;
    ++seq_;
    i.code = "ZF" + std::to_string(seq_);
    i.name = "执法员" + std::to_string(seq_);
    i.on_staff = on_staff;
    i.on_post = on_post;
    i.certificates = {{CertificateKind::kLawEnforcement, "浙行执" + i.code, "2028-12-31"}};
    db->inspectors().upsert_all(agency, {i}, "test");
  }

  void apply(const std::string& agency, const std::string& preset, int year = 2026) {
    service::apply_policy(*db, agency, year, {preset, ""}, operator_of(agency));
  }

  Json preview(const std::string& agency, const std::string& period, std::vector<policy::PastInspection> history = {}) {
    return service::preview_agency(*db, {agency, period, "2026-04-01", std::move(history)});
  }

  static const Json& stratum(const Json& out, const std::string& id) {
    for (const auto& s : out["strata"])
      if (s["id"] == id) return s;
    throw std::runtime_error("no stratum " + id);
  }

  // A jurisdiction of 柯城: 国控 3 (one stopped), 省控 2, 市控 4 (one producing only in
  // January–February), 县控 5 (two special, one closed), 一般 3; plus a deleted 国控 unit
  // and a 济南 unit, neither of which counts anywhere.
  void fill() {
    stopped_ = add(UnitLevel::kNational, false, ProductionStatus::kStopped);
    add(UnitLevel::kNational);
    add(UnitLevel::kNational);
    add(UnitLevel::kProvincial);
    add(UnitLevel::kProvincial);
    for (int k = 0; k < 3; ++k) add(UnitLevel::kMunicipal);
    winter_ = add(UnitLevel::kMunicipal, false, ProductionStatus::kSeasonal, {1, 2});
    county_special_ = add(UnitLevel::kCounty, true);
    add(UnitLevel::kCounty, true);
    add(UnitLevel::kCounty, false, ProductionStatus::kClosed);
    county_plain_ = add(UnitLevel::kCounty);
    add(UnitLevel::kCounty);
    for (int k = 0; k < 3; ++k) add(UnitLevel::kGeneralCounty);
    db->units().soft_delete(add(UnitLevel::kNational), "test", "已注销");
    add(UnitLevel::kNational, false, ProductionStatus::kProducing, {}, "370102");
    // The city's headcount on 在编在岗: 5; the county's own staff never count for the city.
    for (int k = 0; k < 5; ++k) add_inspector(city_id, true, true);
    add_inspector(city_id, true, false);
    add_inspector(city_id, false, true);
    for (int k = 0; k < 3; ++k) add_inspector(county_id, true, true);
  }

  // A user of `agency` holding `role` (an approver approves plans, plan_approval.h).
  void user(const std::string& login, int64_t agency, Role role) { user(login, agency, std::vector<Role>{role}); }
  void user(const std::string& login, int64_t agency, const std::vector<Role>& roles) {
    User u;
    u.agency_id = agency;
    u.login = login;
    u.name = login;
    u.roles = roles;
    u.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$aGFzaA";
    db->users().insert(u);
  }

  int seq_ = 0;
  int64_t stopped_ = 0, winter_ = 0, county_special_ = 0, county_plain_ = 0;
};

}  // namespace suiji::testing
