// .xlsx in both directions: our writer's files read back identically, and a minimal
// workbook assembled by hand (as other tools write them: shared strings, inline strings,
// numbers typed into code columns, dates, the 1904 system) reads as a user sees it.
#include <gtest/gtest.h>
#include <zip.h>

#include <map>

#include "io/file_bytes.h"
#include "io/table_file.h"
#include "io/xlsx_reader.h"
#include "io/xlsx_writer.h"
#include "common/temp_dir.h"

using namespace suiji::io;
using suiji::testing::TempDir;
using Cells = std::vector<std::string>;

namespace {

// Writes a zip holding `entries` (name -> content) at `path`.
void make_zip(const std::string& path, const std::map<std::string, std::string>& entries) {
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  ASSERT_NE(z, nullptr);
  for (const auto& [name, content] : entries) {
    zip_source_t* s = zip_source_buffer(z, content.data(), content.size(), 0);
    ASSERT_NE(s, nullptr);
    ASSERT_GE(zip_file_add(z, name.c_str(), s, ZIP_FL_ENC_UTF_8), 0);
  }
  ASSERT_EQ(zip_close(z), 0);
}

std::string entry(const std::string& xlsx_path, const std::string& name) {
  int err = 0;
  zip_t* z = zip_open(xlsx_path.c_str(), ZIP_RDONLY, &err);
  if (!z) return {};
  zip_stat_t st;
  std::string out;
  if (zip_stat(z, name.c_str(), 0, &st) == 0) {
    out.resize(st.size);
    zip_file_t* f = zip_fopen(z, name.c_str(), 0);
    zip_fread(f, out.data(), st.size);
    zip_fclose(f);
  }
  zip_discard(z);
  return out;
}

const char* kWorkbook =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<workbookPr DATE1904/><sheets><sheet name="污染源" sheetId="1" r:id="rId7"/></sheets></workbook>)";

const char* kRels =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data.xml"/>
</Relationships>)";

const char* kShared =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
<si><t>统一社会信用代码</t></si><si><t>单位名称</t></si><si><t>行政区划代码</t></si>
<si><r><rPr><b/></rPr><t>济南</t></r><r><t xml:space="preserve">示例 化工</t></r><rPh sb="0" eb="2"><t>ジナン</t></rPh></si>
</sst>)";

// xf 0 general, xf 1 built-in date 14, xf 2 custom 'yyyy"年"m"月"d"日"', xf 3 custom "0.00" (not a date)
const char* kStyles =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
<numFmt numFmtId="177" formatCode="0.00_ ;[Red]\-0.00\ "/></numFmts>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="176"/><xf numFmtId="177"/></cellXfs>
</styleSheet>)";

const char* kSheet =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>有效期至</t></is></c><c r="E1" t="inlineStr"><is><t>经度</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>91370100MA3C5N6X7Y</t></is></c><c r="B2" t="s"><v>3</v></c><c r="C2"><v>370102</v></c><c r="D2" s="1"><v>45292</v></c><c r="E2" s="3"><v>117.00000000000001</v></c></row>
<row r="3"><c r="A3" t="str"><f>A2</f><v>公式结果</v></c><c r="C3" t="b"><v>1</v></c><c r="D3" s="2"><v>45658.5</v></c></row>
<row r="4"><c r="A4"><v></v></c></row>
<row r="6"><c t="inlineStr"><is><t>无坐标单元格</t></is></c><c><v>1.5</v></c><c t="e"><v>#N/A</v></c></row>
<row r="7"/>
</sheetData></worksheet>)";

std::map<std::string, std::string> minimal_workbook(bool date1904) {
  std::string wb = kWorkbook;
  wb.replace(wb.find("DATE1904"), 8, date1904 ? "date1904=\"1\"" : "");
  return {{"[Content_Types].xml", "<Types/>"},
          {"xl/workbook.xml", wb},
          {"xl/_rels/workbook.xml.rels", kRels},
          {"xl/sharedStrings.xml", kShared},
          {"xl/styles.xml", kStyles},
          {"xl/worksheets/data.xml", kSheet}};
}

}  // namespace

TEST(XlsxReader, HandMadeWorkbookReadsAsTheUserSeesIt) {
  TempDir dir;
  auto path = dir.file("hand.xlsx");
  make_zip(path, minimal_workbook(false));
  auto t = read_xlsx_file(path);
  EXPECT_EQ(t.source_encoding, "xlsx");
  ASSERT_EQ(t.rows.size(), 4u);  // rows 4 and 7 are empty
  EXPECT_EQ(t.rows[0].number, 1);
  EXPECT_EQ(t.rows[0].cells, (Cells{"统一社会信用代码", "单位名称", "行政区划代码", "有效期至", "经度"}));
  EXPECT_EQ(t.rows[1].number, 2);
  // rich text joined, phonetic run dropped, spaces kept; number code without ".0"; date
  // serial 45292 in format 14 -> 2024-01-01; float noise trimmed to 15 digits.
  EXPECT_EQ(t.rows[1].cells, (Cells{"91370100MA3C5N6X7Y", "济南示例 化工", "370102", "2024-01-01", "117"}));
  EXPECT_EQ(t.rows[2].number, 3);
  EXPECT_EQ(t.rows[2].cells, (Cells{"公式结果", "", "TRUE", "2025-01-01 12:00:00"}));
  EXPECT_EQ(t.rows[3].number, 6);  // numbering follows the sheet across the gap
  EXPECT_EQ(t.rows[3].cells, (Cells{"无坐标单元格", "1.5", "#N/A"}));
}

TEST(XlsxReader, Date1904SystemShiftsDates) {
  TempDir dir;
  auto path = dir.file("mac.xlsx");
  make_zip(path, minimal_workbook(true));
  auto t = read_xlsx_file(path);
  EXPECT_EQ(t.rows[1].cells[3], "2028-01-02");  // 45292 days after 1904-01-01
}

TEST(XlsxReader, SerialDates) {
  EXPECT_EQ(excel_serial_to_iso(1, false), "1900-01-01");
  EXPECT_EQ(excel_serial_to_iso(59, false), "1900-02-28");
  EXPECT_EQ(excel_serial_to_iso(61, false), "1900-03-01");
  EXPECT_EQ(excel_serial_to_iso(45292, false), "2024-01-01");
  EXPECT_EQ(excel_serial_to_iso(45292.75, false), "2024-01-01 18:00:00");
  EXPECT_EQ(excel_serial_to_iso(0, true), "1904-01-01");
}

TEST(XlsxReader, NotAZipIsAReadError) {
  EXPECT_THROW(read_xlsx("PK\x03\x04 garbage"), ReadError);
  EXPECT_THROW(read_xlsx("hello"), ReadError);
}

TEST(XlsxReader, ZipWithoutWorkbookIsAReadError) {
  TempDir dir;
  auto path = dir.file("empty.xlsx");
  make_zip(path, {{"readme.txt", "hi"}});
  EXPECT_THROW(read_xlsx_file(path), ReadError);
}

TEST(XlsxReader, BrokenSheetXmlIsAReadError) {
  TempDir dir;
  auto path = dir.file("broken.xlsx");
  auto entries = minimal_workbook(false);
  entries["xl/worksheets/data.xml"] = "<worksheet><sheetData><row>";
  make_zip(path, entries);
  EXPECT_THROW(read_xlsx_file(path), ReadError);
}

TEST(XlsxWriter, WrittenWorkbookReadsBackIdentically) {
  TempDir dir;
  auto path = dir.file("out.xlsx");
  Cells header{"统一社会信用代码", "单位名称", "行政区划代码", "地址", "联系电话"};
  std::vector<Cells> rows{
      {"91370100MA3C5N6X7Y", "济南市历下区示例化工有限公司", "370102", "经十路1号,\"东门\"\n二号楼", "0531-88888888"},
      {"000123", "", "370303", " 前后空格 ", "13800000000"},
  };
  write_xlsx_file(path, "污染源", header, rows);
  auto t = read_table_file(path);  // content sniffing picks the xlsx reader
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].cells, header);
  EXPECT_EQ(t.rows[1].cells, rows[0]);
  EXPECT_EQ(t.rows[2].number, 3);
  // the empty cell is absent in the sheet, so the row reads padded to its last value
  EXPECT_EQ(t.rows[2].cells, rows[1]);
}

TEST(XlsxWriter, HeaderIsBoldFrozenAndColumnsAreTextAndFitted) {
  TempDir dir;
  auto path = dir.file("layout.xlsx");
  write_xlsx_file(path, "执法人员", {"姓名", "执法证号"}, {{"张三", "37010020240001"}});
  std::string sheet = entry(path, "xl/worksheets/sheet1.xml");
  std::string styles = entry(path, "xl/styles.xml");
  EXPECT_NE(sheet.find("ySplit=\"1\""), std::string::npos) << "header row not frozen";
  EXPECT_NE(sheet.find("state=\"frozen\""), std::string::npos);
  EXPECT_NE(sheet.find("<autoFilter"), std::string::npos);
  EXPECT_NE(sheet.find("customWidth=\"1\""), std::string::npos) << "no column widths";
  EXPECT_NE(styles.find("<b/>"), std::string::npos) << "header not bold";
  EXPECT_NE(styles.find("numFmtId=\"49\""), std::string::npos) << "columns not formatted as text";
  EXPECT_NE(entry(path, "xl/workbook.xml").find("执法人员"), std::string::npos);
}

TEST(XlsxWriter, DisplayWidthCountsCjkDouble) {
  EXPECT_EQ(display_width("abc"), 3);
  EXPECT_EQ(display_width("济南ab"), 6);
}

TEST(XlsxWriter, UnwritablePathThrowsAndLeavesNothing) {
  try {
    write_xlsx_file("/nonexistent/dir/x.xlsx", "s", {"a"}, {});
    FAIL();
  } catch (const suiji::Error& e) {  // issue 11 item 5: the environment, not the input
    EXPECT_EQ(e.kind(), suiji::ErrorKind::kUnavailable);
    EXPECT_EQ(e.code(), "file_unwritable");
  }
}

TEST(TableFile, LegacyXlsIsRefusedWithAHint) {
  try {
    read_table(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest", 13));
    FAIL();
  } catch (const ReadError& e) {
    EXPECT_NE(std::string(e.what()).find(".xlsx"), std::string::npos);
  }
}

TEST(TableFile, CsvIsTheDefault) {
  auto t = read_table("a,b\n1,2\n");
  EXPECT_EQ(t.rows[1].cells, (Cells{"1", "2"}));
}

TEST(XlsxReader, CellReferenceBeyondTheLastColumnIsAReadError) {
  TempDir dir;
  auto path = dir.file("wide.xlsx");
  auto entries = minimal_workbook(false);
  entries["xl/worksheets/data.xml"] =
      R"(<worksheet><sheetData><row r="1"><c r="AAAAAAAAAAAAAAA1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>)";
  make_zip(path, entries);
  EXPECT_THROW(read_xlsx_file(path), ReadError);
}
