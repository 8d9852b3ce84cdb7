// A throwaway database with agencies for the import/export tests:
//   衢州市生态环境局 330800 (city) with 柯城区 330802 below it, and 济南市 370100 beside it.
#pragma once
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "domain/codes.h"
#include "io/table_file.h"
#include "domain/user.h"
#include "service/library/import_library.h"
#include "store/store.h"
#include "common/temp_dir.h"
#include "common/pg_cluster.h"

namespace suiji::testing {

// A valid 统一社会信用代码 for a legal person registered in `region` whose 组织机构代码
// body is `body8` (check characters computed by the domain's GB 32100 / GB 11714 code).
inline std::string make_uscc(const std::string& region, const std::string& body8) {
  std::string org9 = body8 + *org_code_check_char(body8);
  std::string first17 = "91" + region + org9;
  return first17 + *uscc_check_char(first17);
}

// The same code with a wrong last character.
inline std::string break_check_char(std::string uscc) {
  uscc.back() = uscc.back() == '0' ? '1' : '0';
  return uscc;
}

inline void write_text(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// The database and agencies; Base is ::testing::Test or TestWithParam<store::Engine>.
template <class Base>
class ImportFixture : public Base {
 protected:
  void open(const std::string& connection) {
    this->connection = connection;
    db = store::Store::open(connection);
    Agency city{0, "衢州市生态环境局", AgencyLevel::kCity, "330800", "", std::nullopt};
    city_id = db->agencies().insert(city);
    Agency county{0, "衢州市生态环境局柯城分局", AgencyLevel::kCounty, "330802", "", city_id};
    county_id = db->agencies().insert(county);
    Agency other{0, "济南市生态环境局", AgencyLevel::kCity, "370100", "", std::nullopt};
    other_id = db->agencies().insert(other);
  }

  service::ImportReport import(service::Library lib, const std::string& csv, service::ImportOptions o = {}) {
    if (o.agency_region.empty()) o.agency_region = "330800";
    if (o.actor.empty()) o.actor = operator_of(o.agency_region);
    return service::import_library_bytes(*db, lib, csv, o);
  }

  // The login of a 双随机 operator of the agency `ref` names ("330800", "#12"), created
  // on first use ("op_<agency id>"): imports and policies act as the agency's own
  // operator (actor_for). An unknown agency gives "op_unknown", for the report to refuse.
  std::string operator_of(const std::string& ref) {
    auto agency = service::resolve_agency(*db, ref);
    if (!agency) return "op_unknown";
    std::string login = "op_" + std::to_string(agency->id);
    if (!db->users().find_by_login(login)) {
      User u;
      u.agency_id = agency->id;
      u.login = login;
      u.name = agency->name + "操作员";
      u.roles = {Role::kOperator};
      u.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$aGFzaA";
      db->users().insert(u);
    }
    return login;
  }

  int64_t unit_count(int64_t agency) {
    store::UnitFilter f;
    f.agency_id = agency;
    return db->units().count(f);
  }
  int64_t inspector_count(int64_t agency) {
    store::InspectorFilter f;
    f.agency_id = agency;
    return static_cast<int64_t>(db->inspectors().list(f).items.size());
  }

  TempDir dir;
  std::string db_path = dir.file("suiji.db");  // the SQLite file (CLI tests and the SQLite runs)
  std::string connection;  // what `db` was opened with (a second connection to the same database)
  std::unique_ptr<store::Store> db;
  int64_t city_id = 0, county_id = 0, other_id = 0;
};

// Service tests run on both engines: SQLite in a temp file and a fresh database of the
// store tests' throwaway PostgreSQL cluster (tests/store/pg_cluster.h).
class ImportTest : public ImportFixture<::testing::TestWithParam<store::Engine>> {
 protected:
  void SetUp() override {
    open(GetParam() == store::Engine::kSqlite ? db_path : PgCluster::get().fresh_database());
  }
};

inline std::string engine_name(const ::testing::TestParamInfo<store::Engine>& info) {
  return info.param == store::Engine::kSqlite ? "SQLite" : "PostgreSQL";
}

#define SUIJI_IMPORT_BOTH_ENGINES(Suite)                                                       \
  INSTANTIATE_TEST_SUITE_P(Engines, Suite,                                                     \
                           ::testing::Values(::suiji::store::Engine::kSqlite,                  \
                                             ::suiji::store::Engine::kPostgres),               \
                           ::suiji::testing::engine_name)

// True if the report has an error on `row` in `column` whose message contains `part`.
inline bool has_error(const service::ImportReport& r, int row, const std::string& column,
                      const std::string& part = "") {
  for (const auto& e : r.errors)
    if (e.row == row && e.column == column && e.message.find(part) != std::string::npos) return true;
  return false;
}

inline std::string dump_errors(const service::ImportReport& r) {
  std::string s;
  for (const auto& e : r.errors) s += "row " + std::to_string(e.row) + " [" + e.column + "] " + e.message + "\n";
  return s;
}

}  // namespace suiji::testing
