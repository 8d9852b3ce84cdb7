// The API's error body: {"error": {"code": "...", "message": "...", "details": [...]}}.
#pragma once
#include <string>

#include "domain/json.h"

namespace suiji::http {

inline std::string error_body(const std::string& code, const std::string& message, Json details = Json::array()) {
  Json j = {{"error", {{"code", code}, {"message", message}, {"details", std::move(details)}}}};
  return j.dump();
}

}  // namespace suiji::http
