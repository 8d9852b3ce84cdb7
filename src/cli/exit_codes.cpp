#include "cli/exit_codes.h"

#include <iostream>

namespace suiji::cli {

int report_error(const std::exception& caught) {
  Error e = as_error(caught);
  std::cerr << "错误 error: " << e.what() << "\n";
  // An internal error's cause is the foreign exception's text: the one clue for a bug report.
  if (e.kind() == ErrorKind::kInternal && !e.details().is_null())
    std::cerr << "  (" << (e.details().is_string() ? e.details().get<std::string>() : e.details().dump()) << ")\n";
  return exit_code_of(e.kind());
}

}  // namespace suiji::cli
