#include "cli/exit_codes.h"

#include <iostream>

namespace suiji::cli {

int report_error(const std::exception& caught) {
  Error e = as_error(caught);
  std::cerr << "错误 error: " << e.what() << "\n";
  // An internal error's cause is the foreign exception's text: the one clue for a bug report.
  if (e.kind() == ErrorKind::kInternal && !e.details().is_null())
    std::cerr << "  (" << (e.details().is_string() ? e.details().get<std::string>() : e.details().dump()) << ")\n";
  // A file's per-row problems (an import refused whole): one line each, as the imports print them.
  if (e.details().is_object() && e.details().contains("errors") && e.details()["errors"].is_array())
    for (const Json& i : e.details()["errors"]) {
      std::cerr << "  ";
      if (i.value("row", 0) > 0) std::cerr << "第 " << i.value("row", 0) << " 行 ";
      if (!i.value("column", "").empty()) std::cerr << "[" << i.value("column", "") << "] ";
      std::cerr << i.value("message", "") << "\n";
    }
  return exit_code_of(e.kind());
}

}  // namespace suiji::cli
