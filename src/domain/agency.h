// Agency (生态环境局 / 环境监察支队、大队) and its internal units (大队, 科室, 中心).
//
// An agency has a level (省/市/县), a jurisdiction and a parent. The jurisdiction is a
// 行政区划代码 (6 digits, GB/T 2260) or, when zone_name is set, a named zone inside it
// (Quzhou's 绿色产业集聚区环保分局 supervises an industrial park inside 330800).
// A user of an agency sees its jurisdiction and those below it (requirements 1).
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "domain/labels.h"

namespace suiji {

enum class AgencyLevel { kProvince, kCity, kCounty };

template <>
struct EnumLabels<AgencyLevel> {
  static constexpr EnumItem<AgencyLevel> items[] = {
      {AgencyLevel::kProvince, "province", "省"},
      {AgencyLevel::kCity, "city", "市"},
      {AgencyLevel::kCounty, "county", "县"},
  };
};

struct Agency {
  int64_t id = 0;                    // 0 until stored
  std::string name;                  // e.g. 衢州市生态环境局
  AgencyLevel level = AgencyLevel::kCity;
  std::string region_code;           // 行政区划代码 of the jurisdiction, e.g. 330800
  std::string zone_name;             // empty, or a named zone inside region_code
  std::optional<int64_t> parent_id;  // the supervising agency; none for the top one
};

// Kinds of internal unit (内设机构) that enter library data and receive tasks.
enum class OrgUnitKind { kTeam, kSection, kCenter };

template <>
struct EnumLabels<OrgUnitKind> {
  static constexpr EnumItem<OrgUnitKind> items[] = {
      {OrgUnitKind::kTeam, "team", "大队"},
      {OrgUnitKind::kSection, "section", "科室"},
      {OrgUnitKind::kCenter, "center", "中心"},
  };
};

struct OrgUnit {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string name;  // e.g. 环境监察一大队, 危管应急中心
  OrgUnitKind kind = OrgUnitKind::kTeam;
};

}  // namespace suiji
