// CSV as agencies hand it to us: Excel's "CSV UTF-8" (with BOM), plain UTF-8, and the
// GBK that Excel in China writes by default; RFC 4180 quoting; blank trailing rows.
#include <gtest/gtest.h>

#include "io/csv_reader.h"
#include "io/text_encoding.h"

using suiji::io::parse_csv;
using suiji::io::read_csv;
using suiji::io::read_csv_file;
using suiji::io::ReadError;
using Cells = std::vector<std::string>;

TEST(CsvReader, PlainUtf8KeepsChineseAndNumbersRowsFromOne) {
  auto t = read_csv("单位名称,行政区划代码\n示例公司,370102\n");
  EXPECT_EQ(t.source_encoding, "UTF-8");
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].number, 1);
  EXPECT_EQ(t.rows[0].cells, (Cells{"单位名称", "行政区划代码"}));
  EXPECT_EQ(t.rows[1].number, 2);
  EXPECT_EQ(t.rows[1].cells, (Cells{"示例公司", "370102"}));
}

TEST(CsvReader, Utf8BomIsStrippedFromTheFirstHeader) {
  auto t = read_csv("\xEF\xBB\xBF单位名称,地址\r\n甲,乙\r\n");
  EXPECT_EQ(t.source_encoding, "UTF-8 BOM");
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].cells[0], "单位名称");  // not "\xEF\xBB\xBF单位名称"
  EXPECT_EQ(t.rows[1].cells, (Cells{"甲", "乙"}));
}

TEST(CsvReader, GbkFileWrittenByIconvIsDecoded) {
  auto t = read_csv_file(std::string(SUIJI_SOURCE_DIR) + "/tests/io/fixtures/gbk_units.csv");
  EXPECT_EQ(t.source_encoding, "GB18030");
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].cells, (Cells{"统一社会信用代码", "单位名称", "地址"}));
  EXPECT_EQ(t.rows[1].cells[1], "济南市历下区示例化工有限公司");
  EXPECT_EQ(t.rows[1].cells[2], "山东省济南市历下区经十路1号,东门");
  EXPECT_EQ(t.rows[2].cells, (Cells{"", "淄博张店某某陶瓷厂", "张店区"}));
}

TEST(CsvReader, Gb18030OnlyCharactersSurvive) {
  // 㐀 (U+3400) is outside GBK but inside GB18030: a GBK-only decoder would fail.
  std::string utf8 = "名称\n㐀记化工,𠀀\n";
  auto t = read_csv(suiji::io::utf8_to_gb18030(utf8));
  EXPECT_EQ(t.source_encoding, "GB18030");
  EXPECT_EQ(t.rows[1].cells, (Cells{"㐀记化工", "𠀀"}));
}

TEST(CsvReader, QuotedFieldsHoldCommasNewlinesAndQuotes) {
  auto t = parse_csv(
      "名称,地址,备注\n"
      "\"甲,乙公司\",\"第一行\r\n第二行\",\"他说\"\"好\"\"\"\n"
      "丙,丁,戊\n");
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[1].cells, (Cells{"甲,乙公司", "第一行\r\n第二行", "他说\"好\""}));
  // A record spanning two lines is still one spreadsheet row: the next is row 3.
  EXPECT_EQ(t.rows[2].number, 3);
  EXPECT_EQ(t.rows[2].cells, (Cells{"丙", "丁", "戊"}));
}

TEST(CsvReader, EmptyQuotedAndEmptyFieldsAreKept) {
  auto t = parse_csv("a,b,c\n\"\",,x\n");
  EXPECT_EQ(t.rows[1].cells, (Cells{"", "", "x"}));
}

TEST(CsvReader, BlankRowsAreDroppedButNumberingFollowsTheFile) {
  auto t = parse_csv("h1,h2\n\nx,y\n,\n , \nz,w\n\n\n,,\n");
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[1].number, 3);
  EXPECT_EQ(t.rows[2].number, 6);
  EXPECT_EQ(t.rows[2].cells, (Cells{"z", "w"}));
}

TEST(CsvReader, LastLineWithoutNewlineAndOldMacLineEnds) {
  auto t = parse_csv("a,b\rc,d");
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[1].cells, (Cells{"c", "d"}));
}

TEST(CsvReader, TabSeparatedWhenTheHeaderHasTabsOnly) {
  auto t = parse_csv("名称\t地址\n甲,公司\t乙\n");
  EXPECT_EQ(t.rows[1].cells, (Cells{"甲,公司", "乙"}));
}

// Issue 11 item 7: a quote open at the end of the file (a cut-off file) is a broken row,
// not an error for the whole file and not data.
TEST(CsvReader, UnterminatedQuoteMakesItsRowADefectNamingTheRow) {
  auto t = parse_csv("a,b\nx,y\n\"never closed,z\n");
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_NE(t.rows[2].defect.find("第 3 行"), std::string::npos) << t.rows[2].defect;
  EXPECT_TRUE(t.rows[2].cells.empty());
  EXPECT_TRUE(t.rows[1].defect.empty());
}

TEST(CsvReader, ControlCharactersMakeADefectButTabAndQuotedLineBreaksDoNot) {
  auto t = parse_csv(std::string("a,b\nx\0y,z\nq\x1f,r\n\"l1\nl2\",t\tu\n", 26));
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_NE(t.rows[1].defect.find("U+0000"), std::string::npos) << t.rows[1].defect;
  EXPECT_NE(t.rows[2].defect.find("U+001F"), std::string::npos) << t.rows[2].defect;
  EXPECT_EQ(t.rows[3].defect, "");
  EXPECT_EQ(t.rows[3].cells, (Cells{"l1\nl2", "t\tu"}));
  EXPECT_TRUE(t.rows_have_all_fields);
}

// Issue 11 item 5: read errors are suiji::Error of kind kBadInput with a code.
TEST(CsvReader, ReadErrorsAreBadInputWithACodeAndBothLanguages) {
  try {
    read_csv_file("/nonexistent/dir/units.csv");
    FAIL();
  } catch (const suiji::Error& e) {
    EXPECT_EQ(e.kind(), suiji::ErrorKind::kBadInput);
    EXPECT_EQ(e.code(), "file_unreadable");
    EXPECT_NE(std::string(e.what()).find(" / cannot open"), std::string::npos) << e.what();
  }
}

TEST(CsvReader, BomWithInvalidUtf8IsRefused) {
  EXPECT_THROW(read_csv("\xEF\xBB\xBF\xC3\x28"), ReadError);
}

TEST(CsvReader, MissingFileIsAReadError) {
  EXPECT_THROW(read_csv_file("/nonexistent/dir/units.csv"), ReadError);
}
