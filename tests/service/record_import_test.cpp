// `suiji record import` (issue 13 §4), both engines: a mobile system's export with 附件4's
// headers enters one record per row, matched by 抽查编号 and never by 企业固定编码; a
// file with any bad row writes nothing and names every row and column; the JSON form
// takes the same records.
#include <fstream>

#include "common/temp_dir.h"
#include "draw_cycle_fixture.h"
#include "service/records/record_import.h"

namespace suiji::testing {
namespace {

const std::string kHeader =
    "序号,企业固定编码,抽查编号,企业名称,生产状态,治理设施建设,治理设施运行,排污口规范化整治情况,污染物排放达标情况,"
    "检查时间,抽查发现的问题,处理处罚情况,备注,检查结果,处理措施,案件编号,罚款金额\n";

class RecordImport : public DrawCycle {
 protected:
  void SetUp() override {
    DrawCycle::SetUp();
    Json p = prepare();
    announce(p);
    witness(p);
    reveal(p);
    tasks = db->tasks().of_draw(db->draws().find(p["draw_code"].get<std::string>())->id);
    ASSERT_GE(tasks.size(), 2u);
  }
  std::string unit(size_t i) { return db->units().get(tasks[i].unit_id)->draw_id_code; }
  std::string name(size_t i) { return db->units().get(tasks[i].unit_id)->name; }
  std::string file(const std::string& name, const std::string& text) {
    std::string path = dir.file(name);
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  Json import(const std::string& path) { return service::import_records(*db, {path, "operator", "2027-01-20"}); }

  TempDir dir;
  std::vector<store::TaskRow> tasks;
};

TEST_P(RecordImport, EachRowBecomesASubmittedRecordOfItsUnitsTask) {
  std::string csv = kHeader + "1,37010000001," + unit(0) + "," + name(0) +
                    ",正常生产,正常,正常,已整治,达标,2027-01-15 10:00,,,,未发现问题,,,\n" + "2,37010000002," +
                    unit(1) + "," + name(1) +
                    ",正常生产,正常,异常,未整治,超标,2027-01-16,废水超标排放,罚款,,发现问题待后续处理,罚款,衢环罚〔2027〕9号,80000\n";
  int64_t audit = count("audit");
  Json r = import(file("records.csv", csv));
  ASSERT_EQ(r["records"].size(), 2u);
  EXPECT_EQ(r["records"][0]["task"], tasks[0].id);
  EXPECT_EQ(r["records"][1]["unit"], unit(1));
  auto rec = db->inspection_records().of_task(tasks[1].id);
  ASSERT_EQ(rec.size(), 1u);
  EXPECT_EQ(rec[0].status, "submitted");
  EXPECT_EQ(rec[0].result_category, "problem_pending");
  Json m = Json::parse(rec[0].measures_json);
  EXPECT_EQ(m[0]["kind"], "fine");
  EXPECT_EQ(m[0]["amount"], 80000);
  EXPECT_EQ(Json::parse(rec[0].fields_json)["facility_operation"], "abnormal");
  // Two records and the import itself.
  EXPECT_EQ(count("audit"), audit + 3);
}

TEST_P(RecordImport, AnyBadRowWritesNothingAndEveryProblemIsNamed) {
  std::string csv = kHeader + "1,," + unit(0) + "," + name(0) + ",正常生产,正常,正常,已整治,达标,2027-01-15,,,,未发现问题,,,\n" +
                    "2,,," + name(1) + ",正常生产,正常,正常,已整治,达标,2027-01-15,,,,未发现问题,,,\n" +  // no id
                    "3,," + unit(1) + "," + name(1) + ",正常生产,良好,正常,已整治,达标,2027-01-15,,,,很好,,,\n";
  int64_t records = count("inspection_record"), audit = count("audit");
  Error e = refused([&] { import(file("bad.csv", csv)); });
  EXPECT_EQ(e.code(), "record_import_failed");
  std::vector<std::pair<int, std::string>> at;
  for (const auto& i : e.details()["errors"]) at.emplace_back(i["row"], i["column"]);
  ASSERT_EQ(at.size(), 3u) << e.details().dump();
  EXPECT_EQ(at[0].first, 3);
  EXPECT_EQ(at[1], (std::pair<int, std::string>{4, "治理设施建设"}));
  EXPECT_EQ(at[2], (std::pair<int, std::string>{4, "检查结果"}));
  EXPECT_EQ(count("inspection_record"), records);
  EXPECT_EQ(count("audit"), audit);
}

TEST_P(RecordImport, TheDisplayOnlyFixedCodeNeverMatchesAUnit) {
  // 企业固定编码 only: no id the import trusts.
  std::string csv = std::string("企业固定编码,生产状态,治理设施建设,治理设施运行,检查时间,检查结果\n") + unit(0) +
                    ",正常生产,正常,正常,2027-01-15,未发现问题\n";
  Error e = refused([&] { import(file("fixed.csv", csv)); });
  EXPECT_EQ(e.code(), "record_import_failed");
  EXPECT_EQ(count("inspection_record"), 0);
}

TEST_P(RecordImport, TheJsonFormTakesTheSameRecords) {
  Json doc = {{"records",
               Json::array({{{"unit", unit(0)},
                             {"fields", {{"facility_construction", "正常"}, {"facility_operation", "正常"},
                                         {"inspected_at", "2027-01-15"}}},
                             {"result", "未发现问题"}},
                            {{"unit", "NOSUCHUNIT"}, {"result", "未发现问题"}}})}};
  Error e = refused([&] { import(file("r.json", doc.dump())); });
  ASSERT_EQ(e.details()["errors"].size(), 1u) << e.details().dump();
  EXPECT_EQ(e.details()["errors"][0]["row"], 2);  // the second item: no such unit
  EXPECT_EQ(count("inspection_record"), 0);
  doc["records"].erase(1);
  Json ok = import(file("r.json", doc.dump()));
  EXPECT_EQ(ok["records"].size(), 1u);
  // Entered once: the same file again finds the record there and writes nothing.
  Error again = refused([&] { import(file("r.json", doc.dump())); });
  EXPECT_NE(again.details().dump().find("已有检查记录"), std::string::npos) << again.details().dump();
  EXPECT_EQ(count("inspection_record"), 1);
}

SUIJI_IMPORT_BOTH_ENGINES(RecordImport);

}  // namespace
}  // namespace suiji::testing
