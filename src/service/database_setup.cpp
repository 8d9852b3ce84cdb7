#include "service/database_setup.h"

#include <filesystem>

#include "domain/region_table.h"
#include "service/audit/audited_write.h"
#include "store/agencies.h"
#include "store/holidays.h"
#include "store/password.h"
#include "store/users.h"

namespace suiji::service {

std::unique_ptr<store::Store> open_existing_database(std::string_view connection) {
  store::Connection c = store::parse_connection(connection);
  std::error_code ec;
  if (c.engine == store::Engine::kSqlite && !std::filesystem::is_regular_file(c.target, ec))
    throw bad_input("database_missing",
                    "数据库不存在：" + c.target + "（先用 suiji init 或 suiji demo 创建，或用 --db 指定）",
                    "no database at " + c.target + " (create it with suiji init or suiji demo, or pass --db)",
                    Json{{"path", c.target}});
  return store::Store::open(connection);
}

std::unique_ptr<store::Store> open_or_create_database(std::string_view connection) {
  return store::Store::open(connection);
}

SetupResult setup_database(store::Store& db, const SetupOptions& o) {
  return write(db, [&](Audit& audit) {
    SetupResult r;
    r.holidays_added = db.holidays().add_missing(builtin_holidays(), builtin_holidays_source());
    auto agency = db.agencies().find_by_region(o.region_code);
    if (!agency) {
      const Region* region = RegionTable::builtin().find(o.region_code);
      Agency a;
      a.region_code = o.region_code;
      a.level = !region || region->level == "县" ? AgencyLevel::kCounty
                : region->level == "市"          ? AgencyLevel::kCity
                                                 : AgencyLevel::kProvince;
      a.name = !o.agency_name.empty() ? o.agency_name
               : region               ? region->name + (a.level == AgencyLevel::kProvince ? "生态环境厅" : "生态环境局")
                                      : "";
      a.id = db.agencies().insert(a);  // validates the region code
      agency = a;
      r.created = true;
    }
    r.agency_id = agency->id;
    r.agency_name = agency->name;
    r.admin_login = o.admin_login;
    r.schema_version = db.schema_version();
    if (!db.users().find_by_login(o.admin_login)) {
      r.admin_password = o.admin_password.empty() ? store::generate_password(16) : o.admin_password;
      User admin;
      admin.agency_id = agency->id;
      admin.login = o.admin_login;
      admin.name = "系统管理员";
      admin.roles = {Role::kSystemAdmin};
      admin.password_hash = store::hash_password(r.admin_password);
      db.users().insert(admin);
      r.created = true;
    }
    // One entry per run, also when nothing was missing: who ran init, and that it found
    // the store set up. The actor is the administrator this setup is for.
    audit.record({o.admin_login, "store.setup", "agency", std::to_string(r.agency_id), nullptr,
                  Json{{"agency", {{"id", r.agency_id}, {"name", r.agency_name}, {"region_code", agency->region_code}}},
                       {"admin_login", r.admin_login},
                       {"admin_created", !r.admin_password.empty()},
                       {"holidays_added", r.holidays_added},
                       {"schema_version", r.schema_version},
                       {"created", r.created}}});
    return r;
  });
}

}  // namespace suiji::service
