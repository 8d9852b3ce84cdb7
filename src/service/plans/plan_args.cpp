#include "service/plans/plan_args.h"

#include "domain/error.h"
#include "service/library/import_common.h"
#include "store/store.h"

namespace suiji::service {

Agency agency_arg(store::Store& db, const std::string& ref) {
  if (ref.empty())
    throw bad_input("agency_missing", "须指定机构（--agency 行政区划代码或机构编号）",
                    "name the agency (--agency region code or agency id)", Json{{"field", "agency"}});
  auto a = resolve_agency(db, ref);
  if (!a)
    throw bad_input("agency_unknown", "找不到行政区划代码或编号为「" + ref + "」的机构",
                    "no agency with region code or id \"" + ref + "\"", Json{{"field", "agency"}});
  return *a;
}

policy::Period period_arg(const std::string& text) {
  auto period = policy::parse_period(text);
  if (!period)
    throw bad_input("period_invalid", "期间「" + text + "」格式有误，应如 2026Q2（季度）或 2027（年度）",
                    "malformed period \"" + text + "\": expected e.g. 2026Q2 (a quarter) or 2027 (a year)",
                    Json{{"field", "period"}});
  return *period;
}

int year_arg(int year) {
  if (year < 2000 || year > 2099)
    throw bad_input("year_invalid", "年度 " + std::to_string(year) + " 超出范围（2000–2099）",
                    "year " + std::to_string(year) + " is out of range (2000–2099)", Json{{"field", "year"}});
  return year;
}

std::string today_arg(const std::string& text) {
  if (text.empty()) return store::Store::now().substr(0, 10);
  if (!policy::parse_date(text))
    throw bad_input("date_invalid", "日期「" + text + "」格式有误，应如 2026-04-01",
                    "malformed date \"" + text + "\": expected e.g. 2026-04-01", Json{{"field", "today"}});
  return text;
}

}  // namespace suiji::service
