#include "service/plans/holiday_table.h"

#include <chrono>
#include <set>

#include "domain/error.h"
#include "domain/holiday.h"
#include "domain/user.h"
#include "io/table_file.h"
#include "policy/calendar.h"
#include "service/library/import_columns.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "service/plans/plan_args.h"
#include "store/store.h"

namespace suiji::service {

namespace {

[[noreturn]] void bad_row(int row, const std::string& column, const std::string& zh, const std::string& en) {
  throw bad_input("holidays_invalid", "第 " + std::to_string(row) + " 行「" + column + "」：" + zh,
                  "row " + std::to_string(row) + " (" + column + "): " + en,
                  Json{{"field", "file"}, {"row", row}, {"column", column}});
}

// The column of the header row named `zh` or `en`; -1 when absent.
int column_of(const io::TableRow& header, std::string_view zh, std::string_view en) {
  for (size_t i = 0; i < header.cells.size(); ++i) {
    std::string h = normalize_header(header.cells[i]);
    if (h == zh || h == en) return static_cast<int>(i);
  }
  return -1;
}

std::string cell(const io::TableRow& r, int i) {
  return i >= 0 && static_cast<size_t>(i) < r.cells.size() ? trim_cell(r.cells[i]) : "";
}

std::vector<Holiday> read_days(const io::Table& t, int year) {
  if (t.rows.empty()) bad_row(1, "日期", "文件是空的，应有表头 日期,类型,名称", "the file is empty: expected a header 日期,类型,名称");
  const io::TableRow& header = t.rows[0];
  int date_col = column_of(header, "日期", "date"), kind_col = column_of(header, "类型", "kind");
  int name_col = column_of(header, "名称", "name");
  if (date_col < 0 || kind_col < 0)
    bad_row(header.number, date_col < 0 ? "日期" : "类型", "表头缺少此列（应为 日期,类型,名称）",
            "the header lacks this column (expected 日期,类型,名称 or date,kind,name)");
  std::vector<Holiday> days;
  std::set<std::string> seen;
  for (size_t k = 1; k < t.rows.size(); ++k) {
    const io::TableRow& r = t.rows[k];
    if (!r.defect.empty()) bad_row(r.number, "日期", r.defect, r.defect);
    Holiday h;
    h.date = cell(r, date_col);
    auto d = policy::parse_date(h.date);
    if (!d) bad_row(r.number, "日期", "「" + h.date + "」不是日期，应如 2027-10-01", "\"" + h.date + "\" is not a date like 2027-10-01");
    if (!h.date.starts_with(std::to_string(year) + "-"))
      bad_row(r.number, "日期", h.date + " 不在 " + std::to_string(year) + " 年", h.date + " is not in " + std::to_string(year));
    if (!seen.insert(h.date).second) bad_row(r.number, "日期", h.date + " 重复", h.date + " appears twice");
    std::string kind = cell(r, kind_col);
    auto k1 = from_label<HolidayKind>(kind);  // off / workday or 放假 / 调休上班
    if (!k1)
      bad_row(r.number, "类型", "「" + kind + "」应为 放假 或 调休上班（off / workday）",
              "\"" + kind + "\" must be 放假 or 调休上班 (off / workday)");
    h.kind = *k1;
    std::chrono::weekday wd{*d};
    if (h.kind == HolidayKind::kWorkday && wd != std::chrono::Saturday && wd != std::chrono::Sunday)
      bad_row(r.number, "类型", h.date + " 不是周六或周日，调休上班日是补上班的周末",
              h.date + " is not a Saturday or Sunday: a make-up working day is a weekend worked");
    h.name = cell(r, name_col);
    days.push_back(std::move(h));
  }
  if (days.empty()) bad_row(header.number + 1, "日期", "没有任何日期", "no days at all");
  return days;
}

}  // namespace

Json set_holiday_year(store::Store& db, int year, const std::string& file, const std::string& actor) {
  year_arg(year);
  std::vector<Holiday> days = read_days(io::read_table_file(file), year);
  return write(db, [&](Audit& audit) {
    User user = acting_user(db, actor);
    if (!has_role(user, Role::kSystemAdmin))
      throw Error(ErrorKind::kForbidden, "not_admin", "「" + user.name + "」不是系统管理员，只有系统管理员可以维护节假日表",
                  user.login + " is not a system admin: only system admins maintain the holiday table", Json{{"field", "as"}});
    std::string source = "admin:" + user.login;
    int replaced = db.holidays().replace_year(year, days, source);
    int off = 0;
    for (const auto& h : days) off += h.kind == HolidayKind::kOff;
    Json out{{"year", year},
             {"days", days.size()},
             {"off", off},
             {"workday", static_cast<int>(days.size()) - off},
             {"replaced", replaced},
             {"source", source}};
    audit.record({user.login, "holidays.set", "holiday_year", std::to_string(year), Json{{"days", replaced}}, out});
    return out;
  });
}

Json show_holiday_year(store::Store& db, int year) {
  year_arg(year);
  std::string y = std::to_string(year);
  Json days = Json::array();
  for (const auto& h : db.holidays().between(y + "-01-01", y + "-12-31"))
    days.push_back(Json{{"date", h.date}, {"kind", std::string(key(h.kind))}, {"label", std::string(label(h.kind))}, {"name", h.name}});
  return Json{{"year", year}, {"source", db.holidays().source_of(year)}, {"days", std::move(days)}};
}

}  // namespace suiji::service
