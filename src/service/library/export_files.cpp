#include "service/library/export_files.h"

#include <stdexcept>

#include "io/csv_writer.h"
#include "io/file_bytes.h"
#include "io/xlsx_writer.h"
#include "service/library/export_library.h"

namespace suiji::service {
namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::string table_format(const std::string& format, const std::string& out) {
  std::string f = !format.empty() ? format : ends_with(out, ".xlsx") ? "xlsx" : "csv";
  if (f != "csv" && f != "xlsx")
    throw bad_input("bad_export_format", "导出格式应为 csv 或 xlsx：" + f, "the format must be csv or xlsx: " + f);
  if (f == "xlsx" && out.empty())
    throw bad_input("xlsx_needs_out", "xlsx 导出须用 --out 指定文件", "--out FILE is required for xlsx");
  return f;
}

ExportFileResult write_table_file(const std::string& format, const std::string& out, ExportTable t) {
  ExportFileResult r;
  r.format = format;
  r.rows = t.rows.size();
  if (r.format == "xlsx") {
    io::write_xlsx_file(out, t.sheet_name, t.header, t.rows);
    return r;
  }
  std::vector<std::vector<std::string>> rows;
  rows.reserve(t.rows.size() + 1);
  rows.push_back(std::move(t.header));
  for (auto& row : t.rows) rows.push_back(std::move(row));
  std::string csv = io::write_csv(rows);
  if (out.empty()) r.csv = std::move(csv);
  else io::write_file_atomically(out, csv);
  return r;
}

ExportFileResult export_library_file(store::Store& db, Library lib, const std::string& agency_region,
                                     const std::string& format, const std::string& out) {
  std::string f = table_format(format, out);
  ExportTable t;
  try {
    t = export_library(db, lib, agency_region);
  } catch (const std::invalid_argument&) {  // export_library's "no agency with this region code"
    throw Error(ErrorKind::kNotFound, "agency_not_found", "找不到行政区划代码为 " + agency_region + " 的机构",
                "no agency with region code " + agency_region, Json{{"agency", agency_region}});
  }
  return write_table_file(f, out, std::move(t));
}

}  // namespace suiji::service
