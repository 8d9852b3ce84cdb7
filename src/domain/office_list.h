// Lists other offices hand the 双随机 office each quarter (004:L43–61): penalty cases
// (重点行政处罚案件清单, 法制督查科), outstanding complaints (突出信访问题清单, 投诉举报科) and
// other key problems (其他重点环境问题清单). A unit on one of last quarter's lists joins
// the special stratum for the next quarter (requirements 4, special list carry-over).
// One enum mechanism (labels.h); the store keeps the Chinese label (migration 0001's CHECK).
#pragma once
#include "domain/labels.h"

namespace suiji {

enum class OfficeListKind { kPenalty, kComplaint, kOther };

template <>
struct EnumLabels<OfficeListKind> {
  static constexpr EnumItem<OfficeListKind> items[] = {
      {OfficeListKind::kPenalty, "penalty", "处罚案件"},
      {OfficeListKind::kComplaint, "complaint", "信访"},
      {OfficeListKind::kOther, "other", "其他"},
  };
};

}  // namespace suiji
