// `suiji demo`: a realistic, reproducible dataset for 衢州市 (330800) — the city agency,
// its six county-level agencies (real GB/T 2260 codes from the built-in table) and the
// 绿色产业集聚区 zone branch, internal units, ~3,000 pollution sources across 国控/省控/
// 市控/县控/一般 with valid 统一社会信用代码, special, seasonal, stopped and closed units,
// construction projects, ~80 inspectors with certificates (a few expired), absences,
// conflicts of interest, the holiday table, each agency's policy (quzhou-city at the city,
// quzhou-county below it) and an administrator.
// The same seed always gives the same data (names, codes, flags); only the admin
// password and timestamps differ between runs.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "store/store.h"

namespace suiji::service {

struct DemoOptions {
  uint64_t seed = 20260101;
  int units = 3000;
  int inspectors = 80;
  std::string admin_password;  // "" = generate
  // Years the agencies get their policies for (quzhou-city, quzhou-county); empty = this
  // year and the next.
  std::vector<int> policy_years;
  // The demo's "today" (YYYY-MM-DD, "" = today UTC): policies default to its year and the
  // next, and the history (demo_history.h) runs up to it.
  std::string today;
};

struct DemoSummary {
  int agencies = 0;
  int org_units = 0;
  int units = 0;
  std::map<std::string, int> units_by_level;  // 国控 → n …
  int special = 0, seasonal = 0, stopped = 0, closed = 0, projects = 0, without_uscc = 0;
  int inspectors = 0, certificates = 0, expired_certificates = 0, absences = 0, conflicts = 0;
  int holidays = 0;
  std::vector<int> policy_years;  // the city has quzhou-city, each county quzhou-county
  std::string admin_login, admin_password;
  // The demo users' password when the admin existed before (an earlier `suiji init`: its
  // password is not known here); "" when they share the admin's.
  std::string demo_password;
  // Business users for trying the roles, all with the admin's password:
  // login → "衢州市生态环境局 双随机操作员" …
  std::vector<std::pair<std::string, std::string>> demo_users;
};

// Loads the dataset in one service::write (every step an audit entry: agencies and users
// by the admin, libraries and policies by the city's "operator") into a database that has no units yet; throws
// suiji::Error kConflict "database_not_empty" (nothing written) if it already has some.
DemoSummary load_demo(store::Store& db, const DemoOptions& options);

}  // namespace suiji::service
