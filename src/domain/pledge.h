// The 承诺书 (integrity pledge) every team member of a task signs before the visit
// (requirements 5; service/tasks/pledge.h). Its text is seed 002's, word for word — never
// edited here: the seed's file 002_a12a47072615df29.txt, L203 (title) and L205 (text); the
// form ends with 承诺人 (L210) and the date 年 月 日 (L211), which a signature supplies.
#pragma once
#include <string_view>

namespace suiji {

// Seed 002:L203.
inline constexpr std::string_view kPledgeTitle = "随机抽查任务现场检查承诺书";
// Seed 002:L205, the pledge itself.
inline constexpr std::string_view kPledgeText =
    "为圆满完成污染源日常环境监管随机抽查任务，特此承诺：公正执法、实事求是、履职尽责、及时发现环境违法问题、从严查处环境违法行为，并随时随地接受监督检查。";

}  // namespace suiji
