// The schema migrations compiled into the binary (src/store/migrations/NNNN_name.sql).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace suiji::store {

struct Migration {
  int version = 0;   // NNNN of the file name
  std::string name;  // the file name
  std::string sql;   // the file's text, {{BLOB}} not yet substituted
};

// Ascending by version. Throws suiji::Error kInternal on a misnamed file or a repeated version
// (a build mistake, caught by the tests).
std::vector<Migration> embedded_migrations();

// Splits a migration into statements: ";" at the end of a line ends one; "--" comment
// lines are dropped.
std::vector<std::string> split_statements(std::string_view sql);

}  // namespace suiji::store
