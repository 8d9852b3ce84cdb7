#include "http/error_mapping.h"

namespace suiji::http {

int status_of(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kBadInput: return 400;
    case ErrorKind::kUnauthenticated: return 401;
    case ErrorKind::kForbidden: return 403;
    case ErrorKind::kNotFound: return 404;
    case ErrorKind::kConflict: return 409;
    case ErrorKind::kTooLarge: return 413;
    case ErrorKind::kCheckFailed: return 422;
    case ErrorKind::kUnavailable: return 503;
    case ErrorKind::kInternal: return 500;
  }
  return 500;
}

namespace {

Json as_array(const Json& details) {
  if (details.is_null()) return Json::array();
  if (details.is_array()) return details;
  return Json::array({details});
}

}  // namespace

std::string error_body(const Error& e) {
  Json details = e.kind() == ErrorKind::kInternal ? Json::array() : as_array(e.details());
  Json j = {{"error", {{"code", e.code()}, {"message", e.what()}, {"details", std::move(details)}}}};
  return j.dump();
}

std::string error_body(const std::string& code, const std::string& zh, const std::string& en, Json details) {
  return error_body(Error(ErrorKind::kBadInput, code, zh, en, std::move(details)));
}

}  // namespace suiji::http
