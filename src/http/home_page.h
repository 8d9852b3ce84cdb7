// The built-in home page shown until the web app is built (web/dist/index.html).
#pragma once
#include <string>

namespace suiji::http {

struct HomeFacts {
  std::string engine;  // "SQLite" or "PostgreSQL"
  int schema_version = 0;
  long long agencies = 0, units = 0, inspectors = 0;
};

std::string home_page_html(const HomeFacts& facts);

}  // namespace suiji::http
