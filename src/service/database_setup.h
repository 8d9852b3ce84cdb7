// `suiji init`: an empty database ready to use — schema (migrations), the top agency of
// the jurisdiction, the built-in holiday table, and a first administrator.
#pragma once
#include <string>

#include "store/store.h"

namespace suiji::service {

struct SetupOptions {
  std::string region_code = "330800";  // the top agency's jurisdiction (GB/T 2260)
  std::string agency_name;             // "" = region name + "生态环境局" (衢州市生态环境局)
  std::string admin_login = "admin";
  std::string admin_password;          // "" = generate one (printed by the CLI)
};

struct SetupResult {
  int64_t agency_id = 0;
  std::string agency_name;
  std::string admin_login;
  std::string admin_password;  // the clear password, to show once
  int holidays_added = 0;
  bool created = false;        // false: the database already had its top agency and admin
};

// Idempotent: on a database that already has an agency for the region and the admin
// login, nothing is created and the result says so (admin_password stays empty).
// Throws store::Invalid on a bad region code, store::StoreError otherwise.
SetupResult setup_database(store::Store& db, const SetupOptions& options);

}  // namespace suiji::service
