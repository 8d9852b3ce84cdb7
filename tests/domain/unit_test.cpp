// Unit rules, the Shandong 固定编码, labels and the other domain types.
#include <gtest/gtest.h>

#include "domain/codes.h"
#include "domain/shandong_code.h"
#include "domain/unit_rules.h"
#include "domain/user.h"

namespace suiji {
namespace {

Unit good_unit() {
  Unit u;
  u.agency_id = 1;
  u.draw_id_code = "91330802MA2DF3K506";
  u.uscc = "91330802MA2DF3K506";
  u.org_code = "MA2DF3K50";
  u.name = "衢州市柯城区华兴化工有限公司";
  u.region_code = "330802";
  u.level = UnitLevel::kMunicipal;
  return u;
}

bool has_error(const std::vector<FieldError>& errors, const std::string& field) {
  for (const auto& e : errors)
    if (e.field == field) return true;
  return false;
}

TEST(Labels, RoundTripChineseLabelsAndKeys) {
  EXPECT_EQ(label(UnitLevel::kNational), "国控");
  EXPECT_EQ(from_label<UnitLevel>("县控"), UnitLevel::kCounty);
  EXPECT_EQ(from_label<UnitLevel>("county"), UnitLevel::kCounty);
  EXPECT_EQ(from_label<UnitLevel>("国家级"), std::nullopt);
  EXPECT_EQ(from_label<ProductionStatus>("季节性生产"), ProductionStatus::kSeasonal);
  EXPECT_EQ(from_label<AbsenceKind>("因公出差"), AbsenceKind::kBusinessTrip);
  EXPECT_EQ(from_label<Credit>("红"), Credit::kRed);
  EXPECT_EQ(all_labels<PermitClass>(), "重点管理/简化管理/登记管理");
}

TEST(Levels, CodesAndClassesFollowSeed000) {
  EXPECT_EQ(level_code(UnitLevel::kNational), 11);
  EXPECT_EQ(level_code(UnitLevel::kGeneralCounty), 24);
  EXPECT_EQ(level_from_code(13), UnitLevel::kMunicipal);
  EXPECT_EQ(level_from_code(21), std::nullopt);
  EXPECT_EQ(unit_class(UnitLevel::kCounty), UnitClass::kKey);
  EXPECT_EQ(unit_class(UnitLevel::kGeneralCity), UnitClass::kGeneral);
}

TEST(ShandongCode, MatchesTheSeedExamples) {
  // 000:L60: 章丘 370181, 组织机构代码 12345678-9.
  Unit u;
  u.region_code = "370181";
  u.org_code = "123456789";
  u.level = UnitLevel::kNational;
  EXPECT_EQ(shandong_fixed_code(u), "11370181-12345678-9");
  u.level = UnitLevel::kMunicipal;
  EXPECT_EQ(shandong_fixed_code(u), "13370181-12345678-9");
  u.level = UnitLevel::kNational;
  u.special = true;
  EXPECT_EQ(shandong_fixed_code(u), "11370181-12345678-9(1)");
}

TEST(ShandongCode, UsesTheUsccOrgCodeOrTheAssignedCode) {
  Unit u = good_unit();
  u.org_code.clear();
  EXPECT_EQ(shandong_fixed_code(u), "13330802-MA2DF3K5-0");
  Unit v;
  v.draw_id_code = "KC-2026-007";
  v.region_code = "330802";
  v.level = UnitLevel::kGeneralCounty;
  EXPECT_EQ(shandong_fixed_code(v), "24330802-KC-2026-007");
}

TEST(UnitRules, AGoodUnitPasses) { EXPECT_TRUE(validate_unit(good_unit()).empty()); }

TEST(UnitRules, BadCodesAreNamedPerField) {
  Unit u = good_unit();
  u.uscc = "91330802MA2DF3K507";
  u.draw_id_code = u.uscc;
  auto e = validate_unit(u);
  EXPECT_TRUE(has_error(e, "uscc")) << join_errors(e);

  u = good_unit();
  u.org_code = "14609875X";  // valid on its own, but not this unit's
  e = validate_unit(u);
  EXPECT_TRUE(has_error(e, "org_code")) << join_errors(e);

  u = good_unit();
  u.draw_id_code = "OTHER-CODE";
  EXPECT_TRUE(has_error(validate_unit(u), "draw_id_code"));

  u = good_unit();
  u.region_code = "330899";
  EXPECT_TRUE(has_error(validate_unit(u), "region_code"));

  u = good_unit();
  u.name.clear();
  EXPECT_TRUE(has_error(validate_unit(u), "name"));
}

TEST(UnitRules, UnitWithoutUsccUsesAnAssignedCode) {
  Unit u = good_unit();
  u.uscc.clear();
  u.org_code.clear();
  u.draw_id_code = "KC-2026-007";
  EXPECT_TRUE(validate_unit(u).empty());
  u.draw_id_code = "柯城-007";
  EXPECT_TRUE(has_error(validate_unit(u), "draw_id_code"));
}

TEST(UnitRules, SpecialSeasonalAndProjectFieldsMustFit) {
  Unit u = good_unit();
  u.special = true;
  EXPECT_TRUE(has_error(validate_unit(u), "special_reason"));
  u.special_reason = SpecialReason::kComplaints;
  u.special_since = "2026-04-01";
  u.special_until = "2026-03-31";
  EXPECT_TRUE(has_error(validate_unit(u), "special_until"));
  u.special_until = "2026-06-30";
  EXPECT_TRUE(validate_unit(u).empty());

  u = good_unit();
  u.special_source = "12369";
  EXPECT_TRUE(has_error(validate_unit(u), "special"));

  u = good_unit();
  u.production_status = ProductionStatus::kSeasonal;
  EXPECT_TRUE(has_error(validate_unit(u), "producing_months"));
  u.producing_months = {10, 11, 12, 1};
  EXPECT_TRUE(validate_unit(u).empty());
  EXPECT_TRUE(produces_in_month(u, 11));
  EXPECT_FALSE(produces_in_month(u, 6));

  u = good_unit();
  u.approved_by = "衢州市生态环境局";
  EXPECT_TRUE(has_error(validate_unit(u), "is_project"));
  u.is_project = true;
  u.approved_year = 2025;
  EXPECT_TRUE(validate_unit(u).empty());

  u = good_unit();
  u.lat = 28.97;
  EXPECT_TRUE(has_error(validate_unit(u), "lon"));
  u.lon = 218.0;
  EXPECT_TRUE(has_error(validate_unit(u), "lon"));
}

TEST(UnitRules, StoppedAndClosedUnitsNeverProduce) {
  Unit u = good_unit();
  u.production_status = ProductionStatus::kStopped;
  EXPECT_FALSE(produces_in_month(u, 3));
  u.production_status = ProductionStatus::kProducing;
  EXPECT_TRUE(produces_in_month(u, 3));
}

TEST(Months, ParseAndFormat) {
  EXPECT_EQ(parse_months("12, 1,2"), (std::vector<int>{1, 2, 12}));
  EXPECT_EQ(format_months({1, 2, 12}), "1,2,12");
  EXPECT_EQ(parse_months("1,13"), std::nullopt);
  EXPECT_EQ(parse_months("1,1"), std::nullopt);
  EXPECT_EQ(parse_months("一月"), std::nullopt);
}

TEST(Inspectors, ExpiredCertificatesNeverQualify) {
  Inspector i;
  i.code = "QZ001";
  i.name = "王建国";
  i.certificates = {{CertificateKind::kLawEnforcement, "浙执法0001", "2026-06-30"},
                    {CertificateKind::kEnvSupervision, "HJ0001", "2025-12-31"}};
  EXPECT_TRUE(holds_valid(i, CertificateKind::kLawEnforcement, "2026-06-30"));
  EXPECT_FALSE(holds_valid(i, CertificateKind::kLawEnforcement, "2026-07-01"));
  EXPECT_FALSE(holds_valid(i, CertificateKind::kEnvSupervision, "2026-01-01"));
  EXPECT_TRUE(validate_inspector(i).empty());
  i.certificates[0].expires_on = "2026-6-30";
  EXPECT_FALSE(validate_inspector(i).empty());
}

TEST(Inspectors, AbsencesCoverTheirDaysInclusive) {
  Absence a{0, 1, AbsenceKind::kLeave, "2026-05-01", "2026-05-05", ""};
  EXPECT_TRUE(covers(a, "2026-05-01"));
  EXPECT_TRUE(covers(a, "2026-05-05"));
  EXPECT_FALSE(covers(a, "2026-05-06"));
  EXPECT_TRUE(validate_absence(a).empty());
  a.to = "2026-04-30";
  EXPECT_FALSE(validate_absence(a).empty());
}

TEST(Users, RolesRoundTrip) {
  auto roles = parse_roles("operator,审核人,sysadmin");
  ASSERT_TRUE(roles);
  EXPECT_EQ(format_roles(*roles), "operator,reviewer,sysadmin");
  EXPECT_EQ(parse_roles("operator,boss"), std::nullopt);
  EXPECT_EQ(split_tags("危废; 辐射;;水"), (std::vector<std::string>{"危废", "辐射", "水"}));
}

}  // namespace
}  // namespace suiji
