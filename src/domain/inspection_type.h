// The type of an inspection (检查类型), one mechanism with every other enum (labels.h).
// A task's kind (store/tasks.h) is one of these keys. Only the policy's counted types
// (日常随机 and 联合 by default, policy.h counted_types) count toward ratios and caps; an
// inspection that was not drawn (专项, 有针对性, 信访, 后督察: 000:L10, 001:L35–37) is
// recorded with its type, reported apart, and may cover a drawn task (001:L51).
#pragma once
#include <string_view>

#include "domain/labels.h"

namespace suiji {

enum class InspectionType {
  kRoutine,          // 日常随机: a task a draw made
  kJoint,            // 联合: a joint random inspection with other departments (003:L27)
  kSpecialCampaign,  // 专项
  kTargeted,         // 有针对性 (线索、举报)
  kPetition,         // 信访
  kFollowUp,         // 后督察: the re-inspection that closes a rectification
};

template <>
struct EnumLabels<InspectionType> {
  static constexpr EnumItem<InspectionType> items[] = {
      {InspectionType::kRoutine, "routine", "日常随机"},
      {InspectionType::kJoint, "joint", "联合"},
      {InspectionType::kSpecialCampaign, "special_campaign", "专项"},
      {InspectionType::kTargeted, "targeted", "有针对性"},
      {InspectionType::kPetition, "petition", "信访"},
      {InspectionType::kFollowUp, "follow_up", "后督察"},
  };
};

// True for the types a draw makes (routine, joint); the others are entered by hand.
inline bool drawn_type(InspectionType t) { return t == InspectionType::kRoutine || t == InspectionType::kJoint; }

}  // namespace suiji
