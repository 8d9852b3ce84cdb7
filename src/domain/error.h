// The one error type of suiji. Every failure a user can see travels as an Error (or a
// subclass that adds structured details, such as store::Invalid with its rows).
//
//   throw Error(ErrorKind::kNotFound, "agency_not_found",
//               "找不到机关 330899", "no agency 330899");
//
// Contracts:
// - `kind` decides what the caller is told: the HTTP status (src/http/error_mapping.h) and
//   the process exit code (src/cli/exit_codes.h) are each mapped from it in one place.
// - `code` is a stable snake_case identifier for programs (the API's error.code).
// - `zh` and `en` are complete sentences for people; what() is always "中文 / English",
//   the one message format of the CLI, the logs and the API's error.message.
// - `details` is JSON (an array of per-row problems, the offending path …), may be null.
// - Errors are thrown before anything is written where the input is at fault ("bad input
//   changes nothing"); a store transaction rolls back on any exception.
// - Values, no shared state: safe to copy between threads.
#pragma once
#include <stdexcept>
#include <string>

#include "domain/json.h"

namespace suiji {

enum class ErrorKind {
  kBadInput,      // the request, file or arguments are wrong: fix them and retry
  kNotFound,      // the named thing does not exist (or is outside the caller's jurisdiction)
  kConflict,      // valid, but clashes with what is stored (duplicate, stale version)
  kForbidden,     // known user, not allowed
  kUnauthenticated,
  kTooLarge,      // a body or file over its limit
  kCheckFailed,   // a check ran and said no (verify found a discrepancy)
  kUnavailable,   // the environment: database unreachable, port in use, file system
  kInternal,      // a bug: an invariant broke
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, std::string code, std::string zh, std::string en, Json details = nullptr)
      : std::runtime_error(zh + " / " + en),
        kind_(kind), code_(std::move(code)), zh_(std::move(zh)), en_(std::move(en)), details_(std::move(details)) {}

  ErrorKind kind() const { return kind_; }
  const std::string& code() const { return code_; }
  const std::string& zh() const { return zh_; }
  const std::string& en() const { return en_; }
  const Json& details() const { return details_; }

 private:
  ErrorKind kind_;
  std::string code_, zh_, en_;
  Json details_;
};

// Shorthands for the common kinds.
inline Error bad_input(std::string code, std::string zh, std::string en, Json details = nullptr) {
  return Error(ErrorKind::kBadInput, std::move(code), std::move(zh), std::move(en), std::move(details));
}
inline Error unavailable(std::string code, std::string zh, std::string en, Json details = nullptr) {
  return Error(ErrorKind::kUnavailable, std::move(code), std::move(zh), std::move(en), std::move(details));
}

// Turns anything caught into an Error: an Error as it is, any other std::exception as
// kInternal "internal_error" (its what() in details, for the log). One place, so that
// the HTTP and CLI boundaries treat foreign exceptions alike.
inline Error as_error(const std::exception& e) {
  if (auto* err = dynamic_cast<const Error*>(&e)) return *err;
  return Error(ErrorKind::kInternal, "internal_error", "内部错误", "internal error", Json(e.what()));
}

}  // namespace suiji
