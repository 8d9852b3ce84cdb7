// The State Council holiday table (国务院办公厅 节假日安排): days off and the 调休
// make-up working days that fall on weekends. Working-day deadlines (Quzhou's 7 工作日,
// 001:L71) count with it. Generated from npm chinese-days into ref/holidays.tsv.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "domain/labels.h"

namespace suiji {

enum class HolidayKind { kOff, kWorkday };

template <>
struct EnumLabels<HolidayKind> {
  static constexpr EnumItem<HolidayKind> items[] = {
      {HolidayKind::kOff, "off", "放假"},
      {HolidayKind::kWorkday, "workday", "调休上班"},
  };
};

struct Holiday {
  std::string date;  // YYYY-MM-DD
  HolidayKind kind = HolidayKind::kOff;
  std::string name;  // 春节, 国庆节 …
};

// Parses ref/holidays.tsv ("#" source line, header "date\tkind\tname"). Throws
// suiji::Error kInternal ("ref_table_malformed") on a malformed line (the table is embedded).
std::vector<Holiday> parse_holidays(std::string_view tsv);
// The table built into this binary, and its "source: npm chinese-days@…" line.
const std::vector<Holiday>& builtin_holidays();
std::string builtin_holidays_source();

}  // namespace suiji
