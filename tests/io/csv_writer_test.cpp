#include <gtest/gtest.h>

#include "io/csv_reader.h"
#include "io/csv_writer.h"

using namespace suiji::io;
using Cells = std::vector<std::string>;

TEST(CsvWriter, BomCrlfAndQuotingOnlyWhereNeeded) {
  auto out = write_csv({{"名称", "备注"}, {"甲,乙", "他说\"好\""}, {"plain", ""}});
  EXPECT_EQ(out, "\xEF\xBB\xBF名称,备注\r\n\"甲,乙\",\"他说\"\"好\"\"\"\r\nplain,\r\n");
}

TEST(CsvWriter, WithoutBomOnRequest) { EXPECT_EQ(write_csv({{"a"}}, false), "a\r\n"); }

TEST(CsvWriter, RoundTripsThroughTheReader) {
  std::vector<Cells> rows{{"统一社会信用代码", "地址", "备注"},
                          {"91370100MA3C5N6X7Y", "第一行\n第二行", " 前导空格"},
                          {"000123", "a\"b", "x,y"}};
  auto t = read_csv(write_csv(rows));
  EXPECT_EQ(t.source_encoding, "UTF-8 BOM");
  ASSERT_EQ(t.rows.size(), 3u);
  for (size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(t.rows[i].cells, rows[i]);
    EXPECT_EQ(t.rows[i].number, static_cast<int>(i + 1));
  }
}

TEST(CsvWriter, FieldsExcelWouldRunAsFormulasAreNeutralized) {
  EXPECT_EQ(neutralize_formula("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
  EXPECT_EQ(neutralize_formula("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(neutralize_formula("+1+cmd|' /C calc'!A0"), "'+1+cmd|' /C calc'!A0");
  EXPECT_EQ(neutralize_formula("-2+3"), "'-2+3");
  // numbers and ordinary text stay as they are
  EXPECT_EQ(neutralize_formula("-3.5"), "-3.5");
  EXPECT_EQ(neutralize_formula("+8613800000000"), "+8613800000000");
  EXPECT_EQ(neutralize_formula("0570-3000001"), "0570-3000001");
  EXPECT_EQ(neutralize_formula("济南=化工"), "济南=化工");
  EXPECT_EQ(write_csv({{"=1+1,x"}}, false), "\"'=1+1,x\"\r\n");
}
