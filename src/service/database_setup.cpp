#include "service/database_setup.h"

#include "domain/region_table.h"
#include "store/password.h"

namespace suiji::service {

SetupResult setup_database(store::Store& db, const SetupOptions& o) {
  return db.transaction([&] {
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
    return r;
  });
}

}  // namespace suiji::service
