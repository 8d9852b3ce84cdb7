// Issue 11 item 7: a CSV cut off mid-row, a quote still open at the end of the file, or a
// control character in a cell is a row error, and nothing is written — never a partial
// update that blanks the fields the cut-off row lost.
#include "service_fixture.h"

using namespace suiji;
using namespace suiji::testing;
using service::Library;
using service::RowOutcome;

namespace {

const std::string kHeader = "统一社会信用代码,单位名称,行政区划代码,监管类别,控制级别,地址,行业,联系人\n";
const std::string A = make_uscc("330802", "MA2DJ7K1");
const std::string B = make_uscc("330803", "14702356");

std::string row_a() { return A + ",衢州示例化工有限公司,330802,重点,国控,柯城区衢化路1号,化学原料制造业,张三\n"; }
std::string row_b() { return B + ",衢江区某某纸业有限公司,330803,一般,,衢江区樟潭街道工业园,造纸业,李四\n"; }

bool has_error_on_row(const service::ImportReport& r, int row, const std::string& needle) {
  for (const auto& e : r.errors)
    if (e.row == row && e.message.find(needle) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_P(ImportTest, RowCutOffInsideAnUnquotedFieldIsARowErrorAndNothingChanges) {
  service::ImportOptions o;
  ASSERT_TRUE(import(Library::kUnits, kHeader + row_a() + row_b(), o).ok());
  // The same file, cut inside 地址 of its last row: that row has 6 of 8 fields.
  std::string cut = kHeader + row_a() + B + ",衢江区某某纸业有限公司,330803,一般,,衢江区樟";
  auto r = import(Library::kUnits, cut, o);
  EXPECT_FALSE(r.ok());
  EXPECT_FALSE(r.committed);
  EXPECT_TRUE(has_error_on_row(r, 3, "截断")) << dump_errors(r);
  EXPECT_EQ(r.errors.size(), 1u) << dump_errors(r);  // the one structural error, not 3 derived ones
  auto u = db->units().find(city_id, B);
  ASSERT_TRUE(u);
  EXPECT_EQ(u->address, "衢江区樟潭街道工业园");
  EXPECT_EQ(u->industry, "造纸业");
}

TEST_P(ImportTest, QuoteOpenAtTheEndOfTheFileIsARowError) {
  std::string cut = kHeader + row_a() + B + ",\"衢江区某某纸业有限公司,330803,一般,,衢江区樟潭街道工业园,造纸业,李四\n";
  auto r = import(Library::kUnits, cut);
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(has_error_on_row(r, 3, "未闭合")) << dump_errors(r);
  EXPECT_EQ(unit_count(city_id), 0);
}

TEST_P(ImportTest, NulOrAnotherControlCharacterInACellIsARowError) {
  for (std::string bad : {std::string("\0", 1), std::string("\x01"), std::string("\x1b"), std::string("\x7f")}) {
    std::string csv = kHeader + row_a() + B + ",衢江区某某" + bad + "纸业,330803,一般,,衢江区,造纸业,李四\n";
    auto r = import(Library::kUnits, csv);
    EXPECT_FALSE(r.ok()) << "byte " << int(bad[0]);
    EXPECT_TRUE(has_error_on_row(r, 3, "控制字符")) << dump_errors(r);
    EXPECT_EQ(unit_count(city_id), 0);
  }
}

TEST_P(ImportTest, TabAndLineBreaksInsideQuotesAreStillData) {
  std::string csv = kHeader + row_a() + B + ",衢江区某某纸业\t有限公司,330803,一般,,\"衢江区樟潭街道\n工业园\",造纸业,李四\n";
  auto r = import(Library::kUnits, csv);
  ASSERT_TRUE(r.ok()) << dump_errors(r);
  auto u = db->units().find(city_id, B);
  ASSERT_TRUE(u);
  EXPECT_EQ(u->address, "衢江区樟潭街道\n工业园");
}
