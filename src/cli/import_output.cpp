#include "cli/import_output.h"

namespace suiji::cli {

void print_issue(std::ostream& os, const service::ImportIssue& i) {
  os << "  ";
  if (i.row > 0) os << "第 " << i.row << " 行 ";
  if (!i.column.empty()) os << "[" << i.column << "] ";
  os << i.message << "\n";
}

void print_error_groups(std::ostream& os, const std::vector<service::ImportIssue>& errors) {
  auto groups = service::group_errors(errors, kShownGroups + 1);
  std::size_t shown = 0, in_shown = 0;
  for (const auto& g : groups) {
    if (shown == kShownGroups) break;
    os << "  ";
    if (!g.rows.empty()) os << "第 " << g.rows << " 行 ";
    if (!g.column.empty()) os << "[" << g.column << "] ";
    os << g.message;
    if (g.count > 1) os << ": " << g.count << " 行";
    os << "\n";
    ++shown;
    in_shown += static_cast<std::size_t>(g.count);
  }
  if (groups.size() > kShownGroups)
    os << "  … 另有 " << (errors.size() - in_shown) << " 个错误未列出 / " << (errors.size() - in_shown)
       << " more errors not listed (only the first " << kShownGroups << " kinds are shown)\n";
}

bool print_list_problems(std::ostream& os, const service::ImportReport& r, const std::string& title,
                         const std::string& what_en) {
  for (const auto& w : r.warnings) {
    os << "警告 warning:";
    print_issue(os, w);
  }
  if (r.ok()) return true;
  os << title << " 导入失败，未写入任何数据 / " << what_en << " import failed, nothing written: 共 " << r.errors.size()
     << " 个错误 / " << r.errors.size() << " errors\n";
  print_error_groups(os, r.errors);
  return false;
}

}  // namespace suiji::cli
