// validate_record: the 附件4 fields, measures and result category, errors per field.
#include <gtest/gtest.h>

#include "domain/inspection_record.h"

namespace suiji {
namespace {

Json good() {
  return Json::parse(R"({"fields": {"production_status": "正常生产", "facility_construction": "正常",
    "facility_operation": "异常", "outfall": "已规范", "discharge_compliance": "达标",
    "inspected_at": "2026-03-02 09:30", "problems": "废气处理设施未运行", "handling": "责令改正",
    "remarks": ""},
    "measures": [{"kind": "责令改正", "case_no": "淄环改〔2026〕1号"},
                 {"kind": "罚款", "case_no": "淄环罚〔2026〕2号", "amount": 20000}],
    "result": "发现问题待后续处理"})");
}

TEST(InspectionRecord, GoodRecordValidatesAndNormalizesToKeys) {
  EXPECT_TRUE(validate_record(good()).empty());
  Json n = normalize_record(good());
  EXPECT_EQ(n["fields"]["facility_operation"], "abnormal");
  EXPECT_EQ(n["measures"][1]["kind"], "fine");
  EXPECT_EQ(n["result"], "problem_pending");
  EXPECT_TRUE(record_opens_rectification(n));
}

TEST(InspectionRecord, BadValuesGiveOneErrorPerFieldInBothLanguages) {
  Json j = good();
  j["fields"]["facility_operation"] = "还行";
  j["fields"]["inspected_at"] = "三月二日";
  j["measures"][0].erase("case_no");
  j["measures"][1]["amount"] = 0;
  j["result"] = "很好";
  auto errs = validate_record(j);
  ASSERT_EQ(errs.size(), 5u);
  EXPECT_EQ(errs[0].field, "fields.facility_operation");
  EXPECT_NE(errs[0].zh.find("未建/正常/异常"), std::string::npos);
  EXPECT_NE(errs[0].en.find("must be one of"), std::string::npos);
  EXPECT_EQ(errs[1].field, "fields.inspected_at");
  EXPECT_EQ(errs[2].field, "measures[0].case_no");
  EXPECT_EQ(errs[3].field, "measures[1].amount");
  EXPECT_EQ(errs[4].field, "result");
}

TEST(InspectionRecord, NoProblemWithoutOrderDoesNotOpenRectification) {
  Json j = good();
  j["measures"] = Json::array();
  j["result"] = "未发现问题";
  ASSERT_TRUE(validate_record(j).empty());
  EXPECT_FALSE(record_opens_rectification(normalize_record(j)));
}

}  // namespace
}  // namespace suiji
