#include "domain/holiday.h"

#include "domain/error.h"

#include "domain/codes.h"
#include "domain/region_table.h"
#include "domain/text_lines.h"

namespace suiji {

namespace {
// The table is embedded in the binary: a malformed one is a build mistake, not bad input.
Error bad_table(const std::string& zh, const std::string& en) {
  return Error(ErrorKind::kInternal, "ref_table_malformed", "内置节假日表 holidays.tsv：" + zh,
               "embedded holidays.tsv: " + en);
}
}  // namespace


std::vector<Holiday> parse_holidays(std::string_view tsv) {
  std::vector<Holiday> out;
  bool header = false;
  for_each_line(tsv, [&](std::string_view line, size_t line_no) {
    if (line[0] == '#') return;
    if (!header) {
      if (line.substr(0, 5) != "date\t")
        throw bad_table("第 " + std::to_string(line_no) + " 行应为表头", "header expected at line " + std::to_string(line_no));
      header = true;
      return;
    }
    size_t t1 = line.find('\t');
    size_t t2 = t1 == line.npos ? line.npos : line.find('\t', t1 + 1);
    if (t2 == line.npos)
      throw bad_table("第 " + std::to_string(line_no) + " 行格式错误", "malformed line " + std::to_string(line_no));
    Holiday h;
    h.date = std::string(line.substr(0, t1));
    auto kind = from_label<HolidayKind>(line.substr(t1 + 1, t2 - t1 - 1));
    if (!is_iso_date(h.date) || !kind)
      throw bad_table("第 " + std::to_string(line_no) + " 行日期或类型无效", "bad date or kind at line " + std::to_string(line_no));
    h.kind = *kind;
    h.name = std::string(line.substr(t2 + 1));
    out.push_back(std::move(h));
  });
  return out;
}

const std::vector<Holiday>& builtin_holidays() {
  static const std::vector<Holiday> table = parse_holidays(embedded_ref_file("holidays.tsv"));
  return table;
}

}  // namespace suiji

namespace suiji {

std::string builtin_holidays_source() {
  std::string_view tsv = embedded_ref_file("holidays.tsv");
  if (tsv.substr(0, 2) != "# ") return {};
  return std::string(tsv.substr(2, tsv.find('\n') - 2));
}

}  // namespace suiji
