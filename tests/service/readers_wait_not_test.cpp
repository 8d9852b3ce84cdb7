// Issue 11 item 7: a reader never waits on a writer. While one connection holds the
// write lock (as an import's write phase does), opening the database a second time and
// reading from it answers at once instead of after the 10 s busy timeout.
#include <chrono>

#include "service_fixture.h"

using namespace suiji;

TEST(ReadersWaitNot, OpeningAndReadingDuringAWriteTransactionDoesNotWait) {
  suiji::testing::TempDir dir;
  std::string path = dir.file("suiji.db");
  auto writer = store::Store::open(path);
  writer->transaction([&] {
    Agency a{0, "衢州市生态环境局", AgencyLevel::kCity, "330800", "", std::nullopt};
    writer->agencies().insert(a);  // the write lock is held from here to the end
    auto t0 = std::chrono::steady_clock::now();
    auto reader = store::Store::open(path);
    store::UnitFilter f;
    EXPECT_EQ(reader->units().count(f), 0);
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_LT(ms, 1000) << "the reader waited for the writer";
  });
}

// A dry run of an import reads only: it answers while another connection holds the write
// lock, instead of waiting out the busy timeout and failing with "database is locked".
// Inspectors and units both, each checked against a library that already holds rows.
class DryRunWaitsNot : public suiji::testing::ImportFixture<::testing::Test> {
 protected:
  void SetUp() override { open(db_path); }
};

TEST_F(DryRunWaitsNot, DryRunsOfBothLibrariesAnswerWhileAWriterHoldsTheLock) {
  using suiji::testing::dump_errors;
  const std::string inspectors =
      "执法人员编号,姓名,所属单位,在编,在岗,证件类型,证件编号,有效期至\n"
      "QZ001,王五,环境监察一大队,是,是,行政执法证,浙33080001,2027-12-31\n";
  const std::string uscc = suiji::testing::make_uscc("330802", "MA2DJ7K1");
  const std::string units =
      "统一社会信用代码,单位名称,行政区划代码,监管类别,控制级别,排污许可管理类别,生产状态,录入单位\n" + uscc +
      ",衢州示例化工有限公司,330802,重点,市控,重点管理,在产,环境监察一大队\n";
  service::ImportOptions create;
  create.create_org_units = true;
  auto first_inspectors = import(service::Library::kInspectors, inspectors, create);
  ASSERT_TRUE(first_inspectors.ok()) << dump_errors(first_inspectors);
  auto first_units = import(service::Library::kUnits, units, create);
  ASSERT_TRUE(first_units.ok()) << dump_errors(first_units);

  auto writer = store::Store::open(db_path);
  writer->transaction([&] {
    Agency a{0, "杭州市生态环境局", AgencyLevel::kCity, "330100", "", std::nullopt};
    writer->agencies().insert(a);  // the write lock is held from here to the end
    service::ImportOptions dry;
    dry.dry_run = true;
    dry.create_org_units = true;
    for (auto [lib, csv] : {std::pair{service::Library::kInspectors,
                                      "执法人员编号,姓名,所属单位,在编,在岗\nQZ001,王五,环境监察三大队,是,否\n"
                                      "QZ002,赵六,环境监察一大队,是,是\n"},
                            std::pair{service::Library::kUnits, units.c_str()}}) {
      auto t0 = std::chrono::steady_clock::now();
      auto r = import(lib, csv, dry);
      auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
      EXPECT_TRUE(r.ok()) << dump_errors(r);
      EXPECT_FALSE(r.committed);
      EXPECT_LT(ms, 1000) << "the dry run waited for the writer";
      if (lib == service::Library::kInspectors) {
        EXPECT_EQ(r.count(service::RowOutcome::kUpdated), 1);  // QZ001 moves to a new 大队
        EXPECT_EQ(r.count(service::RowOutcome::kCreated), 1);
        EXPECT_EQ(r.created_org_units, (std::vector<std::string>{"环境监察三大队"}));
      } else {
        EXPECT_EQ(r.count(service::RowOutcome::kUnchanged), 1);
      }
    }
  });
  EXPECT_EQ(inspector_count(city_id), 1);  // the dry runs changed nothing
  EXPECT_EQ(db->org_units().list(city_id).size(), 1u);
}
