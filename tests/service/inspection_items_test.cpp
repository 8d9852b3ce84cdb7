// The inspection-item list (随机抽查事项清单, 001 附件2) of an agency's policy, on both
// engines: the seed's columns, the published ratio kept as quoted, an empty one written
// from the strata, and the table as a user opens it.
#include <gtest/gtest.h>

#include "domain/error.h"
#include "io/file_bytes.h"
#include "plan_fixture.h"
#include "policy/policy_json.h"
#include "policy/presets.h"
#include "service/library/export_files.h"
#include "service/plans/inspection_items.h"

namespace suiji::testing {
namespace {

class InspectionItems : public PlanTest {};

// seed 001:L111–112: the columns and Quzhou's own 抽查比例和频次, quoted.
TEST_P(InspectionItems, QuzhouPublishesItsOwnRatioText) {
  apply("330800", "quzhou-city", 2027);
  Json list = service::inspection_items(*db, "330800", 2027);
  ASSERT_EQ(list["items"].size(), 1u);
  const Json& it = list["items"][0];
  EXPECT_EQ(it["name"], "污染源日常环境监督管理");
  EXPECT_EQ(it["subject"], "市、县两级环境保护部门");
  EXPECT_FALSE(it["ratio_from_rules"]);
  EXPECT_EQ(it["ratio_and_frequency"].get<std::string>().rfind("1. 重点排污单位最低抽查比例", 0), 0u);

  service::ExportTable t = service::inspection_items_table(list);
  EXPECT_EQ(t.header, (std::vector<std::string>{"序号", "事项名称", "抽查依据", "抽查主体", "抽查内容", "抽查比例和频次",
                                                "抽查方式及要求"}));
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0][0], "1");
  EXPECT_EQ(t.rows[0][6], it["method"]);
  std::string csv = dir.file("items.csv");
  service::write_table_file("csv", csv, t);
  std::string bytes = io::read_file_bytes(csv);
  EXPECT_EQ(bytes.rfind("\xEF\xBB\xBF序号,事项名称,抽查依据", 0), 0u);  // BOM, then the header
}

// seed 002:L9 "按规定比例": Zhangdian publishes no ratio of its own, so the column is
// written from its strata (inherited from 000:L19–21).
TEST_P(InspectionItems, AnEmptyRatioIsWrittenFromTheStrata) {
  apply("330800", "zibo-zhangdian", 2027);
  Json list = service::inspection_items(*db, "330800", 2027);
  const Json& it = list["items"][0];
  EXPECT_TRUE(it["ratio_from_rules"]);
  std::string text = it["ratio_and_frequency"];
  EXPECT_EQ(text.rfind("1. 重点排污单位：每季度抽查比例不低于 ", 0), 0u) << text;
  EXPECT_NE(text.find("3. 特殊监管对象："), std::string::npos) << text;
}

TEST_P(InspectionItems, NoPolicyOrNoItemsSaysWhatToDo) {
  auto code = [&](int year) {
    try {
      service::inspection_items(*db, "330800", year);
    } catch (const Error& e) {
      return e.code();
    }
    return std::string("listed");
  };
  EXPECT_EQ(code(2027), "no_policy");
  Json p = policy::to_json(policy::preset("baoding"));
  p.erase("items");
  write_text(dir.file("p.json"), p.dump());
  service::apply_policy(*db, "330800", 2027, {"", dir.file("p.json")}, operator_of("330800"));
  EXPECT_EQ(code(2027), "no_items");
  EXPECT_EQ(code(1999), "year_invalid");
}

SUIJI_IMPORT_BOTH_ENGINES(InspectionItems);

}  // namespace
}  // namespace suiji::testing
