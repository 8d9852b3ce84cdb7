// The import's fast paths (issue 11 item 8) must say exactly what the JSON they replace
// says: same_fields() agrees with comparing unit_fields(); version 1 of a unit's history
// leaves out what the unit lacks (created_fields).
#include <gtest/gtest.h>

#include <functional>

#include "store/unit_codec.h"

using namespace suiji;
using namespace suiji::store;

namespace {

Unit full_unit() {
  Unit u;
  u.agency_id = 7;
  u.zone_agency_id = 9;
  u.org_unit_id = 3;
  u.draw_id_code = "91330802MA2DJ7K1XX";
  u.uscc = u.draw_id_code;
  u.org_code = "MA2DJ7K1X";
  u.name = "衢州\"示例\"化工\\有限公司";
  u.address = "柯城区\t衢化路1号\n二楼\x01";
  u.region_code = "330802";
  u.industry = "化学原料和化学制品制造业";
  u.contact_person = "张三";
  u.contact_phone = "0570-3000001";
  u.lat = 28.970079;
  u.lon = 118.0;
  u.level = UnitLevel::kNational;
  u.special = true;
  u.special_reason = SpecialReason::kComplaints;
  u.special_source = "12369";
  u.special_since = "2026-04-01";
  u.special_until = "2026-06-30";
  u.permit_class = PermitClass::kKey;
  u.credit = Credit::kYellow;
  u.risk = RiskLevel::kLarger;
  u.positive_list = true;
  u.production_status = ProductionStatus::kSeasonal;
  u.producing_months = {1, 2, 11, 12};
  u.is_project = true;
  u.approved_by = "衢州市生态环境局";
  u.approved_year = 2025;
  u.reviewed_at = "2026-01-05T09:00:00Z";
  return u;
}

}  // namespace

TEST(UnitCodec, CreatedFieldsLeaveOutWhatANewUnitLacks) {
  // What a new unit lacks has no line in its version 1; what it has, has one.
  Json bare = unit_diff(Json::object(), created_fields(unit_fields(Unit{})));
  for (const char* absent : {"special", "special_source", "credit", "producing_months", "reviewed_at", "lat"})
    EXPECT_FALSE(bare.contains(absent)) << absent;
  for (const char* present : {"level", "class", "production_status", "agency_id"})
    EXPECT_TRUE(bare.contains(present)) << present;
  Json full = unit_diff(Json::object(), created_fields(unit_fields(full_unit())));
  EXPECT_EQ(full.size(), unit_fields(full_unit()).size());
  EXPECT_EQ(full["special"]["to"], true);
  EXPECT_TRUE(full["special"]["from"].is_null());
}

TEST(UnitCodec, SameFieldsAgreesWithTheJsonFieldsForEveryField) {
  const Unit base = full_unit();
  EXPECT_TRUE(same_fields(base, base));
  std::vector<std::function<void(Unit&)>> changes = {
      [](Unit& u) { u.agency_id = 8; },          [](Unit& u) { u.zone_agency_id.reset(); },
      [](Unit& u) { u.org_unit_id = 4; },        [](Unit& u) { u.draw_id_code += "1"; },
      [](Unit& u) { u.uscc.clear(); },           [](Unit& u) { u.org_code.clear(); },
      [](Unit& u) { u.name += "x"; },            [](Unit& u) { u.address.clear(); },
      [](Unit& u) { u.region_code = "330803"; }, [](Unit& u) { u.industry.clear(); },
      [](Unit& u) { u.contact_person.clear(); }, [](Unit& u) { u.contact_phone.clear(); },
      [](Unit& u) { u.lat.reset(); },            [](Unit& u) { u.lon = 118.5; },
      [](Unit& u) { u.level = UnitLevel::kProvincial; },
      [](Unit& u) { u.special = false; },        [](Unit& u) { u.special_reason.reset(); },
      [](Unit& u) { u.special_source.clear(); }, [](Unit& u) { u.special_since.clear(); },
      [](Unit& u) { u.special_until.clear(); },  [](Unit& u) { u.permit_class.reset(); },
      [](Unit& u) { u.credit = Credit::kRed; },  [](Unit& u) { u.risk.reset(); },
      [](Unit& u) { u.positive_list = false; },
      [](Unit& u) { u.production_status = ProductionStatus::kProducing; },
      [](Unit& u) { u.producing_months = {1}; }, [](Unit& u) { u.is_project = false; },
      [](Unit& u) { u.approved_by.clear(); },    [](Unit& u) { u.approved_year.reset(); },
      [](Unit& u) { u.reviewed_at.clear(); }};
  // One change per field unit_fields() holds (class follows level).
  EXPECT_EQ(changes.size() + 1, unit_fields(base).size());
  for (size_t k = 0; k < changes.size(); ++k) {
    Unit other = base;
    changes[k](other);
    bool json_same = unit_fields(base) == unit_fields(other);
    EXPECT_FALSE(json_same) << "change " << k << " does not change unit_fields";
    EXPECT_EQ(same_fields(base, other), json_same) << "change " << k;
  }
  // Fields outside unit_fields (id, version, deleted_at) do not count.
  Unit other = base;
  other.id = 99;
  other.version = 5;
  EXPECT_TRUE(same_fields(base, other));
}
