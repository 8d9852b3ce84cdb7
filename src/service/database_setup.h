// Opening the database a command works on, and `suiji init`: an empty database ready to
// use — schema (migrations), the top agency of the jurisdiction, the built-in holiday
// table, and a first administrator.
//
//   auto db = service::open_existing_database("data/suiji.db");  // serve, import, export
//   auto db = service::open_or_create_database("data/suiji.db"); // init, demo only
//
// Contract: only init and demo create databases. A mistyped --db ("sqlite://typo.db",
// "typo.db") must not become an empty database that then serves "0 units", so every
// other command opens with open_existing_database, which refuses a SQLite file that is
// not there (kBadInput "database_missing") before anything is created. Both parse the
// connection string with store::parse_connection, the one parser of --db.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "store/store.h"

namespace suiji::service {

// Throws Error kBadInput "database_missing" (SQLite file absent) or "bad_connection_string";
// kUnavailable when the database cannot be opened or migrated.
std::unique_ptr<store::Store> open_existing_database(std::string_view connection);
// The same, but a missing SQLite file is created (and migrated).
std::unique_ptr<store::Store> open_or_create_database(std::string_view connection);

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
  int schema_version = 0;
  bool created = false;        // false: the database already had its top agency and admin
};

// Idempotent: on a database that already has an agency for the region and the admin
// login, nothing is created and the result says so (admin_password stays empty).
// Throws store::Invalid on a bad region code, store::StoreError otherwise.
SetupResult setup_database(store::Store& db, const SetupOptions& options);

}  // namespace suiji::service
