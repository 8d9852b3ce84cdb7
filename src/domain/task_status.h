// The statuses of a task (检查任务), one mechanism with every other enum (labels.h). The
// store keeps the ASCII key; the services move a task between them, each move guarded
// (store/tasks.h). Only `open` is unfinished: the embargo of a draw whose policy publishes
// once its tasks are done (policy.h Embargo::kTasksClosed) waits for none to be open.
#pragma once
#include <string_view>

#include "domain/labels.h"

namespace suiji {

enum class TaskStatus {
  kOpen,         // 待检查: drawn (or entered), not yet inspected
  kClosed,       // 已办结: its record passed review
  kSubstituted,  // 已替换: the unit left the draw by an approved substitute_unit (spec 7)
  kCovered,      // 已由其他检查覆盖: closed with approval as covered by another inspection (001:L51)
  kMerged,       // 已合并: merged into another task of the same unit and period, one visit (003:L27)
  kVoided,       // 已作废: its draw was voided with a reason and an approver
};

template <>
struct EnumLabels<TaskStatus> {
  static constexpr EnumItem<TaskStatus> items[] = {
      {TaskStatus::kOpen, "open", "待检查"},
      {TaskStatus::kClosed, "closed", "已办结"},
      {TaskStatus::kSubstituted, "substituted", "已替换"},
      {TaskStatus::kCovered, "covered", "已由其他检查覆盖"},
      {TaskStatus::kMerged, "merged", "已合并"},
      {TaskStatus::kVoided, "voided", "已作废"},
  };
};

// True for every status but open (an unknown key counts as unfinished).
inline bool task_finished(std::string_view status_key) {
  auto s = from_label<TaskStatus>(status_key);
  return s && *s != TaskStatus::kOpen;
}

}  // namespace suiji
