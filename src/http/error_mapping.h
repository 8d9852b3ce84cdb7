// The one place where a suiji::Error becomes an HTTP answer: its status from the kind and
// the API's error body.
//
//   {"error": {"code": "database_missing", "message": "数据库不存在… / no database at …",
//              "details": [...]}}
//
// Contract: status_of is total over ErrorKind; message is Error::what() ("中文 / English");
// details is always an array (an Error's object or scalar details become its one item,
// null becomes []). An internal error's details (the foreign exception's what()) are
// for the log only and never leave the server.
#pragma once
#include <string>

#include "domain/error.h"

namespace suiji::http {

int status_of(ErrorKind kind);

std::string error_body(const Error& e);
std::string error_body(const std::string& code, const std::string& zh, const std::string& en,
                       Json details = Json::array());

}  // namespace suiji::http
