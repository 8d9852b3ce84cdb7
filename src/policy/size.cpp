#include "policy/size.h"

#include <algorithm>

namespace suiji::policy {

namespace {

std::string n_of(int64_t n) { return std::to_string(n); }

std::string cite(const Stratum& s) { return s.clause.empty() ? "" : "（" + s.clause + "）"; }

std::string population_name(const Stratum& s) {
  std::string base = s.population.empty() ? s.name : s.population;
  return s.size.of_last_quarter ? "上季度" + base : base;
}

// ⌈a ÷ b⌉ for a ≥ 0, b > 0.
int64_t ceil_div(int64_t a, int64_t b) { return a <= 0 ? 0 : (a + b - 1) / b; }

// The quarters of the year still to draw, this one included.
int quarters_left(const YearSoFar& so_far) { return std::clamp(5 - so_far.quarter, 1, 4); }

// Raises a quarter's size so the rest of the year can still cover every unit (004:L73).
void apply_coverage(const Stratum& s, int64_t n, const YearSoFar& so_far, StratumSize& out) {
  if (!s.cover_all_per_year || !out.min_per_quarter) return;
  int left = quarters_left(so_far);
  int64_t uncovered = std::max<int64_t>(0, n - so_far.covered_this_year);
  int64_t need = ceil_div(uncovered, left);
  out.formula += "；全年须覆盖全部 " + n_of(n) + " 家";
  if (so_far.covered_this_year > 0) out.formula += "（已覆盖 " + n_of(so_far.covered_this_year) + " 家）";
  out.formula += "：本季度至少 ⌈" + n_of(uncovered) + " ÷ " + std::to_string(left) + "⌉ = " + n_of(need) + " 家";
  if (need > *out.min_per_quarter) {
    out.min_per_quarter = need;
    out.formula += "，取 " + n_of(need) + " 家";
  }
}

void percent_size(const Stratum& s, int64_t n, const YearSoFar& so_far, StratumSize& out) {
  const SizeRule& r = s.size;
  if (!r.min_percent) {
    out.open = true;
    out.formula = population_name(s) + " " + n_of(n) + " 家：" +
                  (r.open_reason.empty() ? std::string("比例未定") : r.open_reason) +
                  "，比例须由本机构设定后方可抽取" + cite(s);
    return;
  }
  Rational exact = Rational(n) * *r.min_percent / Rational(100);
  int64_t q = exact.ceil();
  std::string pct = r.min_percent->to_string() + "%";
  if (s.cadence == Cadence::kYear) {  // one draw for the year: no quarters, no maximum
    out.min_per_year = q;
    out.formula = population_name(s) + " " + n_of(n) + " 家 × " + pct + " = " + exact.to_string() + " → " + n_of(q) +
                  " 家/年，年度一次抽取" + cite(s);
    return;
  }
  out.formula = population_name(s) + " " + n_of(n) + " 家 × ";
  if (r.max_percent) {
    Rational top = Rational(n) * *r.max_percent / Rational(100);
    int64_t max = top.floor();
    out.formula += pct + "–" + r.max_percent->to_string() + "% = " + exact.to_string() + "–" + top.to_string() +
                   " → " + n_of(q) + "–" + n_of(max) + " 家/季度";
    if (q > max) {
      out.min_exceeds_max = true;
      out.formula += "；下限 " + n_of(q) + " 家超过上限 " + n_of(max) + " 家，取下限 " + n_of(q) + " 家";
      max = q;
    } else {
      out.formula += "，取下限 " + n_of(q) + " 家，记录理由可增至 " + n_of(max) + " 家";
    }
    out.max_per_quarter = max;
  } else {
    out.formula += pct + " = " + exact.to_string() + " → " + n_of(q) + " 家/季度";
  }
  out.min_per_quarter = q;
  apply_coverage(s, n, so_far, out);
  out.min_per_year = 4 * *out.min_per_quarter;
  if (out.max_per_quarter && *out.max_per_quarter < *out.min_per_quarter) out.max_per_quarter = out.min_per_quarter;
  out.formula += "，全年 " + n_of(*out.min_per_year) + " 家" + cite(s);
}

void staff_size(const Stratum& s, int64_t headcount, const YearSoFar& so_far, StratumSize& out) {
  const SizeRule& r = s.size;
  Rational exact = Rational(headcount) * r.units_per_inspector;
  int64_t product = exact.ceil();
  std::string head = std::string(label(r.headcount)) + " " + n_of(headcount) + " 人 × " +
                     r.units_per_inspector.to_string() + "（1:" + r.units_per_inspector.to_string() + "） = " +
                     exact.to_string();
  if (r.per == Cadence::kQuarter) {
    out.min_per_quarter = product;
    out.min_per_year = 4 * product;
    out.formula = head + " → " + n_of(product) + " 家/季度，全年 " + n_of(4 * product) + " 家" + cite(s);
    return;
  }
  out.min_per_year = product;
  if (s.cadence == Cadence::kYear) {
    out.formula = head + " → " + n_of(product) + " 家/年，年度一次抽取" + cite(s);
    return;
  }
  int left = quarters_left(so_far);
  int64_t still = std::max<int64_t>(0, product - so_far.drawn_this_year);
  out.min_per_quarter = ceil_div(still, left);
  out.formula = head + " → " + n_of(product) + " 家/年，按季度抽取：";
  if (so_far.drawn_this_year > 0 || left != 4)
    out.formula += "本年已抽 " + n_of(so_far.drawn_this_year) + " 家，⌈" + n_of(still) + " ÷ " + std::to_string(left) + "⌉";
  else
    out.formula += "⌈" + n_of(product) + " ÷ 4⌉";
  out.formula += " = " + n_of(*out.min_per_quarter) + " 家/季度" + cite(s);
}

void count_size(const Stratum& s, int64_t count, const std::string& what, StratumSize& out) {
  if (s.cadence == Cadence::kYear) {
    out.min_per_year = count;
    out.formula = what + " " + n_of(count) + " 家/年" + cite(s);
  } else {
    out.min_per_quarter = count;
    out.min_per_year = 4 * count;
    out.formula = what + " " + n_of(count) + " 家/季度，全年 " + n_of(4 * count) + " 家" + cite(s);
  }
}

}  // namespace

StratumSize size_of(const Stratum& s, int64_t population, int64_t headcount, const YearSoFar& so_far) {
  StratumSize out;
  out.id = s.id;
  out.cadence = s.cadence;
  out.basis = s.basis;
  switch (s.size.kind) {
    case SizeRule::Kind::kPercent: percent_size(s, population, so_far, out); break;
    case SizeRule::Kind::kStaffRatio: staff_size(s, headcount, so_far, out); break;
    case SizeRule::Kind::kFixed: count_size(s, s.size.fixed, "固定抽取", out); break;
    case SizeRule::Kind::kAll: count_size(s, population, population_name(s) + "全部", out); break;
  }
  return out;
}

Json to_json(const StratumSize& s) {
  auto opt = [](const std::optional<int64_t>& v) { return v ? Json(*v) : Json(nullptr); };
  Json j = Json::object();
  j["id"] = s.id;
  j["cadence"] = std::string(key(s.cadence));
  j["min_per_quarter"] = opt(s.min_per_quarter);
  j["min_per_year"] = opt(s.min_per_year);
  j["max_per_quarter"] = opt(s.max_per_quarter);
  j["basis"] = s.basis;
  j["formula"] = s.formula;
  return j;
}

}  // namespace suiji::policy
