// Unit (污染源, 检查对象): one file per enterprise (一企一档), requirements 2.
//
// Contracts:
// - draw_id_code is the permanent draw id (sj-draw/1 unit id): the 统一社会信用代码 when the
//   unit has one, otherwise an agency-assigned code (000:L60 自行编号). It never changes
//   while the unit exists and names one live unit in the whole database (一企一档 across
//   levels): the agency that entered it owns it, every agency whose jurisdiction holds it
//   sees it (auth/scope.h).
// - zone_agency_id: a unit inside an industrial park supervised by a zone agency belongs to
//   that zone's jurisdiction, not to the county it lies in.
// - level carries the supervision class: 11–14 are 重点排污单位, 23/24 一般排污单位.
//   unit_class(level) derives 重点/一般; the two never disagree.
// - The Shandong 固定编码 is derived for display (see shandong_code.h), never stored as a key.
// - Text fields use "" for "not given"; dates are ISO 8601 "YYYY-MM-DD".
// - validate_unit() (unit_rules.h) says whether a Unit may be stored.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/labels.h"

namespace suiji {

enum class UnitClass { kKey, kGeneral };  // 重点 / 一般

template <>
struct EnumLabels<UnitClass> {
  static constexpr EnumItem<UnitClass> items[] = {
      {UnitClass::kKey, "key", "重点"},
      {UnitClass::kGeneral, "general", "一般"},
  };
};

// 环保代码 of seed 000:L60. The numeric value is the code printed in the 固定编码.
enum class UnitLevel {
  kNational = 11,       // 国控重点污染源 (含与省控重复的)
  kProvincial = 12,     // 省控
  kMunicipal = 13,      // 市控
  kCounty = 14,         // 县控
  kGeneralCity = 23,    // 市一般排污单位
  kGeneralCounty = 24,  // 县一般排污单位
};

template <>
struct EnumLabels<UnitLevel> {
  static constexpr EnumItem<UnitLevel> items[] = {
      {UnitLevel::kNational, "national", "国控"},
      {UnitLevel::kProvincial, "provincial", "省控"},
      {UnitLevel::kMunicipal, "municipal", "市控"},
      {UnitLevel::kCounty, "county", "县控"},
      {UnitLevel::kGeneralCity, "general_city", "市一般"},
      {UnitLevel::kGeneralCounty, "general_county", "县一般"},
  };
};

inline int level_code(UnitLevel l) { return static_cast<int>(l); }
// 11..14 and 23/24; anything else is not a level.
std::optional<UnitLevel> level_from_code(int code);
inline UnitClass unit_class(UnitLevel l) {
  return level_code(l) < 20 ? UnitClass::kKey : UnitClass::kGeneral;
}

// 排污许可 management class.
enum class PermitClass { kKey, kSimplified, kRegistration };

template <>
struct EnumLabels<PermitClass> {
  static constexpr EnumItem<PermitClass> items[] = {
      {PermitClass::kKey, "key", "重点管理"},
      {PermitClass::kSimplified, "simplified", "简化管理"},
      {PermitClass::kRegistration, "registration", "登记管理"},
  };
};

// 环境信用 colour (green best, red worst).
enum class Credit { kGreen, kBlue, kYellow, kRed };

template <>
struct EnumLabels<Credit> {
  static constexpr EnumItem<Credit> items[] = {
      {Credit::kGreen, "green", "绿"},
      {Credit::kBlue, "blue", "蓝"},
      {Credit::kYellow, "yellow", "黄"},
      {Credit::kRed, "red", "红"},
  };
};

// 突发环境事件风险等级 (HJ 941): 一般 / 较大 / 重大.
enum class RiskLevel { kOrdinary, kLarger, kMajor };

template <>
struct EnumLabels<RiskLevel> {
  static constexpr EnumItem<RiskLevel> items[] = {
      {RiskLevel::kOrdinary, "ordinary", "一般"},
      {RiskLevel::kLarger, "larger", "较大"},
      {RiskLevel::kMajor, "major", "重大"},
  };
};

// A unit not producing in a period is not eligible for that period's draw.
enum class ProductionStatus { kProducing, kStopped, kClosed, kSeasonal };

template <>
struct EnumLabels<ProductionStatus> {
  static constexpr EnumItem<ProductionStatus> items[] = {
      {ProductionStatus::kProducing, "producing", "在产"},
      {ProductionStatus::kStopped, "stopped", "停产"},
      {ProductionStatus::kClosed, "closed", "关闭"},
      {ProductionStatus::kSeasonal, "seasonal", "季节性生产"},
  };
};

// Why a unit is on the 特殊监管对象 list (the seeds' reasons; "其他" for the rest).
enum class SpecialReason {
  kComplaints,      // 投诉举报多
  kPenalised,       // 违法处罚
  kUnrectified,     // 整改未完成
  kHighRisk,        // 环境风险等级高
  kMediaExposure,   // 媒体曝光
  kPlatformAlarm,   // 平台报警派单
  kPoorCredit,      // 信用差
  kOther,           // 其他
};

template <>
struct EnumLabels<SpecialReason> {
  static constexpr EnumItem<SpecialReason> items[] = {
      {SpecialReason::kComplaints, "complaints", "投诉举报多"},
      {SpecialReason::kPenalised, "penalised", "违法处罚"},
      {SpecialReason::kUnrectified, "unrectified", "整改未完成"},
      {SpecialReason::kHighRisk, "high_risk", "环境风险等级高"},
      {SpecialReason::kMediaExposure, "media", "媒体曝光"},
      {SpecialReason::kPlatformAlarm, "platform_alarm", "平台报警派单"},
      {SpecialReason::kPoorCredit, "poor_credit", "信用差"},
      {SpecialReason::kOther, "other", "其他"},
  };
};

struct Unit {
  int64_t id = 0;  // 0 until stored
  int64_t agency_id = 0;                  // the owner: the agency that entered it
  std::optional<int64_t> zone_agency_id;  // the zone agency (园区分局) it belongs to, if any
  std::optional<int64_t> org_unit_id;  // 录入单位 (the internal unit that entered it)

  std::string draw_id_code;  // permanent sj-draw/1 id (see above)
  std::string uscc;          // 统一社会信用代码, 18 chars, or "" when the unit has none
  std::string org_code;      // 组织机构代码, 9 chars without hyphen, or ""
  std::string name;
  std::string address;
  std::string region_code;   // 行政区划代码 of the county the unit is in
  std::string industry;      // 行业, e.g. 化学原料和化学制品制造业
  std::string contact_person;  // 联系人, e.g. 张三
  std::string contact_phone;   // 联系电话, e.g. 0570-3000001
  std::optional<double> lat;  // WGS-84 degrees
  std::optional<double> lon;

  UnitLevel level = UnitLevel::kGeneralCounty;

  // 特殊监管对象 (printed "(1)" by the seeds). reason/source/since only mean something
  // when special is true; special_until "" = until rectified.
  bool special = false;
  std::optional<SpecialReason> special_reason;
  std::string special_source;  // who put it there, e.g. 信访科 2026-03 台账, 12369 平台
  std::string special_since;
  std::string special_until;

  std::optional<PermitClass> permit_class;
  std::optional<Credit> credit;
  std::optional<RiskLevel> risk;
  bool positive_list = false;  // 正面清单 (监督执法正面清单)

  ProductionStatus production_status = ProductionStatus::kProducing;
  std::vector<int> producing_months;  // 1..12, ascending; only for 季节性生产

  bool is_project = false;    // 建设项目
  std::string approved_by;    // 审批部门, projects only
  std::optional<int> approved_year;

  std::string reviewed_at;  // when the level above accepted its class (逐级分类审核)
  int version = 0;          // 1 after insert, +1 on every stored change
  std::string deleted_at;   // "" = live; soft-deleted units keep their history
};

inline UnitClass unit_class(const Unit& u) { return unit_class(u.level); }

// True when the unit produces in the given month (1..12): 在产 always, 季节性生产 in its
// producing months, 停产/关闭 never.
bool produces_in_month(const Unit& u, int month);

// "1,2,3,11,12" <-> {1,2,3,11,12}. parse_months returns nullopt on anything that is not
// a comma-separated list of distinct months 1..12 (the result is sorted).
std::string format_months(const std::vector<int>& months);
std::optional<std::vector<int>> parse_months(std::string_view text);

}  // namespace suiji
