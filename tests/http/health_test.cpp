// service::health_of, behind /api/v1/health and the home page: live records only.
#include <gtest/gtest.h>

#include "common/temp_dir.h"
#include "service/database_setup.h"
#include "service/health.h"

namespace suiji {
namespace {

Inspector inspector(const std::string& code, const std::string& name) {
  Inspector i;
  i.code = code;
  i.name = name;
  return i;
}

TEST(Health, CountsLiveInspectorsOnly) {
  testing::TempDir d;
  auto db = service::open_or_create_database(d.file("t.db"));
  auto setup = service::setup_database(*db, {});
  auto ids = db->inspectors().upsert_all(setup.agency_id, {inspector("QZ001", "王建国"), inspector("QZ002", "李红")}, "t");
  service::Health before = service::health_of(*db);
  EXPECT_EQ(before.engine, "sqlite");
  EXPECT_EQ(before.agencies, 1);
  EXPECT_EQ(before.inspectors, 2);
  EXPECT_EQ(before.units, 0);
  db->inspectors().soft_delete(ids[0].id, "t");
  EXPECT_EQ(service::health_of(*db).inspectors, 1) << "a soft-deleted inspector is not on the roster";
}

TEST(Health, OpenExistingRefusesAMissingFileAsEveryPrefixSpellsIt) {
  testing::TempDir d;
  for (std::string conn : {d.file("typo.db"), "sqlite://" + d.file("typo.db"), "sqlite3://" + d.file("typo.db")}) {
    try {
      service::open_existing_database(conn);
      ADD_FAILURE() << conn << " opened";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kBadInput) << conn;
      EXPECT_EQ(e.code(), "database_missing") << conn;
    }
    EXPECT_FALSE(std::filesystem::exists(d.file("typo.db"))) << conn;
  }
  service::open_or_create_database("sqlite://" + d.file("made.db"));
  EXPECT_TRUE(std::filesystem::exists(d.file("made.db"))) << "sqlite:// names the same file for create and open";
  EXPECT_NO_THROW(service::open_existing_database("sqlite://" + d.file("made.db")));
  EXPECT_NO_THROW(service::open_existing_database(d.file("made.db")));
}

}  // namespace
}  // namespace suiji
