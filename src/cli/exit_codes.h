// The one place where an outcome becomes the process exit code of `suiji`:
//   0 ok, 1 a check failed (verify found a discrepancy), 2 bad input (fix the file or
//   the arguments and retry; nothing was changed), 3 the environment or a bug (database
//   unreachable, port in use, disk full, an internal error).
//
// Commands throw suiji::Error; main() catches every exception once and calls
// report_error, which prints "错误 error: 中文 / English" (and an internal error's cause)
// on stderr and returns the code.
#pragma once
#include <exception>

#include "domain/error.h"

namespace suiji::cli {

constexpr int kExitOk = 0;
constexpr int kExitCheckFailed = 1;
constexpr int kExitBadInput = 2;
constexpr int kExitEnvironment = 3;

// Inline so that tests (which do not link the executable's sources) check the table itself.
constexpr int exit_code_of(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kCheckFailed: return kExitCheckFailed;
    case ErrorKind::kBadInput:
    case ErrorKind::kNotFound:
    case ErrorKind::kConflict:
    case ErrorKind::kForbidden:
    case ErrorKind::kUnauthenticated:
    case ErrorKind::kTooLarge: return kExitBadInput;
    case ErrorKind::kUnavailable:
    case ErrorKind::kInternal: return kExitEnvironment;
  }
  return kExitEnvironment;
}

// Prints e to stderr (through suiji::as_error) and returns its exit code.
int report_error(const std::exception& e);

}  // namespace suiji::cli
