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

}  // namespace suiji::cli
