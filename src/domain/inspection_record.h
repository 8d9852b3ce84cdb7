// The on-site record (检查记录) of a task, after Shandong's 附件4 现场检查记录表: its
// enums (labels.h mechanism) and a pure validation of the fields a user enters. The store
// keeps the ASCII keys; services move a record between statuses (store/inspection_records.h).
//
//   status: draft (未录入) → submitted (待审核) → passed (通过) → (published 已公示, later)
//                                  └→ returned (退回, reason required) → submitted ...
#pragma once
#include <string>
#include <vector>

#include "domain/json.h"
#include "domain/labels.h"

namespace suiji {

enum class RecordStatus { kDraft, kSubmitted, kReturned, kPassed, kPublished };

template <>
struct EnumLabels<RecordStatus> {
  static constexpr EnumItem<RecordStatus> items[] = {
      {RecordStatus::kDraft, "draft", "未录入"},
      {RecordStatus::kSubmitted, "submitted", "待审核"},
      {RecordStatus::kReturned, "returned", "退回"},
      {RecordStatus::kPassed, "passed", "通过"},
      {RecordStatus::kPublished, "published", "已公示"},
  };
};

// 污染治理设施建设情况 / 运行情况
enum class FacilityState { kNotBuilt, kNormal, kAbnormal };

template <>
struct EnumLabels<FacilityState> {
  static constexpr EnumItem<FacilityState> items[] = {
      {FacilityState::kNotBuilt, "not_built", "未建"},
      {FacilityState::kNormal, "normal", "正常"},
      {FacilityState::kAbnormal, "abnormal", "异常"},
  };
};

// 处理处罚措施, each with a case number (罚款 also with an amount).
enum class RecordMeasure {
  kImmediate,         // 立行立改
  kOrderCorrection,   // 责令改正
  kFine,              // 罚款
  kDailyPenalty,      // 按日连续处罚
  kSeizure,           // 查封扣押
  kRestrictProduction,// 限产停产
  kToPolice,          // 移送公安机关
  kToProsecution,     // 移送司法机关
};

template <>
struct EnumLabels<RecordMeasure> {
  static constexpr EnumItem<RecordMeasure> items[] = {
      {RecordMeasure::kImmediate, "immediate", "立行立改"},
      {RecordMeasure::kOrderCorrection, "order_correction", "责令改正"},
      {RecordMeasure::kFine, "fine", "罚款"},
      {RecordMeasure::kDailyPenalty, "daily_penalty", "按日连续处罚"},
      {RecordMeasure::kSeizure, "seizure", "查封扣押"},
      {RecordMeasure::kRestrictProduction, "restrict_production", "限产停产"},
      {RecordMeasure::kToPolice, "to_police", "移送公安机关"},
      {RecordMeasure::kToProsecution, "to_prosecution", "移送司法机关"},
  };
};

// 检查结果类别
enum class RecordResult {
  kNoProblem,        // 未发现问题
  kProblemPending,   // 发现问题待后续处理
  kRectified,        // 责令整改已改正
  kNoActivity,       // 未发现经营活动
  kClosedDown,       // 关闭停产
  kRefused,          // 拒绝检查
  kDeregistered,     // 注销迁出
};

template <>
struct EnumLabels<RecordResult> {
  static constexpr EnumItem<RecordResult> items[] = {
      {RecordResult::kNoProblem, "no_problem", "未发现问题"},
      {RecordResult::kProblemPending, "problem_pending", "发现问题待后续处理"},
      {RecordResult::kRectified, "rectified", "责令整改已改正"},
      {RecordResult::kNoActivity, "no_activity", "未发现经营活动"},
      {RecordResult::kClosedDown, "closed_down", "关闭停产"},
      {RecordResult::kRefused, "refused", "拒绝检查"},
      {RecordResult::kDeregistered, "deregistered", "注销迁出"},
  };
};

// One problem with one field of the entered record.
struct RecordFieldError {
  std::string field;  // JSON path, e.g. "fields.facility_operation", "measures[1].case_no"
  std::string zh, en;
};

// The record as entered (the CLI's JSON file):
//   {"fields": {"production_status", "facility_construction" (未建/正常/异常),
//               "facility_operation" (未建/正常/异常), "outfall", "discharge_compliance",
//               "inspected_at" (YYYY-MM-DD[ HH:MM]), "problems", "handling", "remarks",
//               "rectification_deadline" (YYYY-MM-DD, optional: 责令改正's deadline)},
//    "measures": [{"kind": 立行立改|…, "case_no": "…", "amount": 10000 (罚款 only)}],
//    "result": 未发现问题|…}
// Returns every problem (empty: valid). Labels or keys are accepted for the enums.
std::vector<RecordFieldError> validate_record(const Json& input);

// The input with enum labels replaced by their ASCII keys (call after validate_record).
Json normalize_record(const Json& input);

// True when the record opens a rectification: result 发现问题待后续处理 or a 责令改正 measure.
bool record_opens_rectification(const Json& normalized);

}  // namespace suiji
