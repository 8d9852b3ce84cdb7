// A policy's sampling rules in words, as an agency publishes them: the 抽查比例和频次
// column of the inspection-item list (随机抽查事项清单, 001 附件2) for a policy whose item
// leaves it empty. Written from the strata's size rules only — the rule, never a count of
// units (those change with the library; the formulas of size.h give them).
//   1. 重点排污单位：每季度抽查比例不低于 5%，每年覆盖全部。2. 一般排污单位：每年按
//   在编在岗环境监察人员与被抽查单位 1:5 的比例抽查，按季度抽取。…
// Pure; thread-safe.
#pragma once
#include <string>

#include "policy/policy.h"

namespace suiji::policy {

// One stratum's rule: "每季度抽查比例不低于 5%" (no name, no numbering).
std::string rule_text(const Stratum& s);

// Every stratum, numbered, "1. 名称：规则。2. …".
std::string ratio_and_frequency(const Policy& p);

}  // namespace suiji::policy
