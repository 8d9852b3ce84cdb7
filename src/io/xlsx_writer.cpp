#include "io/xlsx_writer.h"

#include "io/table.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace suiji::io {

namespace {

constexpr double kMinWidth = 8;
constexpr double kMaxWidth = 60;
constexpr size_t kRowsMeasured = 2000;  // enough to fit columns; bounds the cost on big exports

void check(lxw_error err, const char* what) {
  if (err != LXW_NO_ERROR)
    throw WriteError(std::string("写入 xlsx 失败（") + what + "）", std::string("cannot write xlsx: ") + what + ": " + lxw_strerror(err));
}

}  // namespace

double display_width(const std::string& s) {
  double w = 0;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    if (c < 0x80) { w += 1; i += 1; continue; }
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    w += len >= 3 ? 2 : 1;  // U+0800 and above: CJK and full-width forms in practice
    i += len;
  }
  return w;
}

void write_xlsx_file(const std::string& path, const std::string& sheet_name,
                     const std::vector<std::string>& header,
                     const std::vector<std::vector<std::string>>& rows) {
  std::string tmp = path + ".tmp.xlsx";
  lxw_workbook* wb = workbook_new(tmp.c_str());
  if (!wb) throw WriteError("写入 xlsx 失败（无法创建 " + tmp + "）", "cannot create " + tmp);
  try {
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheet_name.c_str());
    if (!ws) throw Error(ErrorKind::kInternal, "xlsx_sheet_name", "工作表名无效：" + sheet_name, "bad sheet name " + sheet_name);
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    format_set_num_format_index(bold, 49);  // built-in "@" (Text)
    lxw_format* text = workbook_add_format(wb);
    format_set_num_format_index(text, 49);

    std::vector<double> widths(header.size(), kMinWidth);
    for (size_t c = 0; c < header.size(); ++c) {
      widths[c] = std::max(widths[c], display_width(header[c]) + 2);
      check(worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), header[c].c_str(), bold),
            "header");
    }
    for (size_t r = 0; r < rows.size(); ++r) {
      const auto& row = rows[r];
      for (size_t c = 0; c < row.size(); ++c) {
        if (row[c].empty()) continue;
        if (r < kRowsMeasured && c < widths.size())
          widths[c] = std::max(widths[c], display_width(row[c]) + 2);
        check(worksheet_write_string(ws, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c),
                                     row[c].c_str(), text),
              "cell");
      }
    }
    for (size_t c = 0; c < widths.size(); ++c)
      check(worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                 std::min(widths[c], kMaxWidth), text),
            "column");
    worksheet_freeze_panes(ws, 1, 0);
    if (!header.empty())
      check(worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(rows.size()),
                                 static_cast<lxw_col_t>(header.size() - 1)),
            "autofilter");
  } catch (...) {
    workbook_close(wb);
    std::remove(tmp.c_str());
    throw;
  }
  lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR) {
    std::remove(tmp.c_str());
    check(err, "close");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    throw WriteError("写入 xlsx 失败（无法改名为 " + path + "）", "cannot rename to " + path);
  }
}

}  // namespace suiji::io
