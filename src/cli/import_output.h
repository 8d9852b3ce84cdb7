// How `suiji import` and `suiji list import` print an import's problems on the terminal:
// one line per issue ("  第 3 行 [统一社会信用代码] 中文 / English"), and identical errors
// grouped into one line with their row ranges and count ("第 2–3001 行 [录入单位] …: 3000
// 行"), at most kShownGroups lines and then the total — a file of a million bad rows stays
// readable. The same text on every import, so users and scripts see one format.
#pragma once
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "service/library/import_report.h"

namespace suiji::cli {

inline constexpr std::size_t kShownGroups = 200;

// "  [第 N 行 ][[列] ]message\n" (a warning, or one error).
void print_issue(std::ostream& os, const service::ImportIssue& i);

// service::group_errors(errors) as lines, at most kShownGroups, then "… 另有 N 个错误未列出 / N more …".
void print_error_groups(std::ostream& os, const std::vector<service::ImportIssue>& errors);

// A list import's warnings, then, when it failed, "<title> 导入失败，未写入任何数据 / <what>
// import failed, nothing written: …" and the grouped errors, all on `os`. True when it
// succeeded (nothing but warnings printed).
bool print_list_problems(std::ostream& os, const service::ImportReport& r, const std::string& title,
                         const std::string& what_en);

}  // namespace suiji::cli
