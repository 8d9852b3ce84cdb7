#include "policy/describe.h"

namespace suiji::policy {

namespace {

std::string every(Cadence c) { return c == Cadence::kYear ? "每年" : "每季度"; }

std::string percent_text(const Stratum& s) {
  const SizeRule& r = s.size;
  // The seed asks for more without a figure (000:L21 "加大抽查比例"); open_reason is the
  // preset's own note and stays out of a published list.
  if (!r.min_percent) return every(s.cadence) + "加大抽查比例（比例由本机构确定）";
  std::string of = r.of_last_quarter ? "按上季度数量的 " : "抽查比例";
  std::string t = every(s.cadence) + of + "不低于 " + r.min_percent->to_string() + "%";
  if (r.max_percent)
    t = every(s.cadence) + of + (r.of_last_quarter ? "" : "为 ") + r.min_percent->to_string() + "%–" +
        r.max_percent->to_string() + "%";
  if (r.of_last_quarter) t += " 抽查";
  return t;
}

std::string staff_text(const Stratum& s) {
  const SizeRule& r = s.size;
  std::string t = every(r.per) + "按" + std::string(label(r.headcount)) + "与被抽查单位不低于 1:" +
                  r.units_per_inspector.to_string() + " 的比例抽查";
  if (r.per == Cadence::kYear && s.cadence == Cadence::kQuarter) t += "，按季度抽取";
  return t;
}

}  // namespace

std::string rule_text(const Stratum& s) {
  std::string t;
  switch (s.size.kind) {
    case SizeRule::Kind::kPercent: t = percent_text(s); break;
    case SizeRule::Kind::kStaffRatio: t = staff_text(s); break;
    case SizeRule::Kind::kFixed: t = every(s.cadence) + "抽查 " + std::to_string(s.size.fixed) + " 家"; break;
    case SizeRule::Kind::kAll: t = every(s.cadence) + "全部抽查"; break;
  }
  if (s.cadence == Cadence::kYear) t += "，年度一次抽取";
  if (s.cover_all_per_year) t += "，每年至少覆盖一遍";
  return t;
}

std::string ratio_and_frequency(const Policy& p) {
  std::string out;
  int n = 0;
  for (const auto& s : p.strata) {
    if (!out.empty()) out += " ";
    out += std::to_string(++n) + ". " + s.name + "：" + rule_text(s) + "。";
  }
  return out;
}

}  // namespace suiji::policy
