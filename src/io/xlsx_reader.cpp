#include "io/xlsx_reader.h"

#include <zip.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <pugixml.hpp>
#include <set>
#include <vector>

#include "io/file_bytes.h"

namespace suiji::io {

namespace {

// Per-entry limit: a 200k-unit library is ~100 MB of sheet XML; beyond that is abuse.
constexpr zip_uint64_t kMaxEntryBytes = 512ull * 1024 * 1024;

class ZipArchive {
 public:
  explicit ZipArchive(std::string_view bytes) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
    if (!src) fail(&err);
    zip_ = zip_open_from_source(src, ZIP_RDONLY, &err);
    if (!zip_) {
      zip_source_free(src);
      fail(&err);
    }
  }
  ~ZipArchive() {
    if (zip_) zip_discard(zip_);
  }
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool has(const std::string& name) const { return zip_name_locate(zip_, name.c_str(), 0) >= 0; }

  std::string read(const std::string& name) const {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip_, name.c_str(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
      throw ReadError("xlsx_corrupt", "xlsx 文件缺少 " + name, "the xlsx file lacks " + name);
    if (st.size > kMaxEntryBytes) throw ReadError("xlsx_too_large", "xlsx 文件中的 " + name + " 过大", "xlsx entry " + name + " is too large");
    zip_file_t* f = zip_fopen(zip_, name.c_str(), 0);
    if (!f) throw ReadError("xlsx_corrupt", "xlsx 文件损坏（无法打开 " + name + "）", "corrupt xlsx: cannot open " + name);
    std::string out(st.size, '\0');
    zip_int64_t n = zip_fread(f, out.data(), st.size);
    zip_fclose(f);
    if (n < 0 || static_cast<zip_uint64_t>(n) != st.size)
      throw ReadError("xlsx_corrupt", "xlsx 文件损坏（无法解压 " + name + "）", "corrupt xlsx: cannot inflate " + name);
    return out;
  }

 private:
  [[noreturn]] static void fail(zip_error_t* err) {
    std::string msg = zip_error_strerror(err);
    zip_error_fini(err);
    throw ReadError("xlsx_corrupt", "不是有效的 xlsx 文件（" + msg + "）", "not a zip archive: " + msg);
  }
  zip_t* zip_ = nullptr;
};

// Element names may carry a namespace prefix ("x:row") depending on the writer.
std::string_view local_name(const pugi::xml_node& n) {
  std::string_view name = n.name();
  auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& n, std::string_view name) {
  for (auto c : n.children())
    if (local_name(c) == name) return c;
  return {};
}

template <typename F>
void for_each_child(const pugi::xml_node& n, std::string_view name, F f) {
  for (auto c : n.children())
    if (local_name(c) == name) f(c);
}

pugi::xml_attribute attr(const pugi::xml_node& n, std::string_view name) {
  for (auto a : n.attributes()) {
    std::string_view an = a.name();
    auto colon = an.find(':');
    if ((colon == std::string_view::npos ? an : an.substr(colon + 1)) == name) return a;
  }
  return {};
}

void parse_xml(pugi::xml_document& doc, const std::string& text, const std::string& what) {
  // Keep whitespace: cell text like " 有限公司" must not lose its spaces in <t>.
  auto r = doc.load_buffer(text.data(), text.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!r) throw ReadError("xlsx_corrupt", "xlsx 文件损坏（" + what + " 的 XML 无效）",
                         "corrupt xlsx: bad XML in " + what + ": " + r.description());
}

// Text of <si>/<is>: a plain <t>, or rich-text runs <r><t>; <rPh> phonetic runs skipped.
std::string rich_text(const pugi::xml_node& n) {
  std::string out;
  for (auto c : n.children()) {
    auto ln = local_name(c);
    if (ln == "t") out += c.text().get();
    else if (ln == "r") out += child(c, "t").text().get();
  }
  return out;
}

bool is_builtin_date_format(int id) {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
         (id >= 50 && id <= 58);
}

// A custom number format shows a date if, outside quoted text, escapes and [...]
// sections (colours, locales), it uses a date/time token.
bool is_date_format_code(std::string_view code) {
  bool in_quote = false, in_bracket = false;
  for (size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (in_quote) { if (c == '"') in_quote = false; continue; }
    if (in_bracket) { if (c == ']') in_bracket = false; continue; }
    if (c == '"') in_quote = true;
    else if (c == '[') in_bracket = true;
    else if (c == '\\' || c == '_' || c == '*') ++i;
    else if (std::strchr("yYmMdDhHsS", c) && c != '\0') return true;
  }
  return false;
}

// "BC12" -> 54 (0-based); -1 if no letters. More than 3 letters is beyond XFD (16384
// columns): returned as 1 << 20 so the caller rejects it without overflowing.
int column_index(std::string_view ref) {
  int col = 0;
  size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) {
    if (i == 3) return 1 << 20;
    col = col * 26 + (ref[i] - 'A' + 1);
  }
  return i == 0 ? -1 : col - 1;
}

std::string format_number(std::string_view raw) {
  std::string s(raw);
  char* end = nullptr;
  double d = std::strtod(s.c_str(), &end);
  if (end == s.c_str() || *end != '\0' || !std::isfinite(d)) return s;
  char buf[64];
  if (d == std::floor(d) && std::fabs(d) < 1e21) {
    std::snprintf(buf, sizeof buf, "%.0f", d);
    return buf;
  }
  std::snprintf(buf, sizeof buf, "%.15g", d);
  return buf;
}

// days since 1970-01-01 -> civil date (Howard Hinnant's algorithm)
void civil_from_days(long long z, int& y, unsigned& m, unsigned& d) {
  z += 719468;
  long long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long yy = static_cast<long long>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = static_cast<int>(yy + (m <= 2));
}

struct Workbook {
  std::vector<std::string> shared;
  std::set<int> date_styles;  // indexes into cellXfs that display as dates
  bool date1904 = false;
  std::string first_sheet_path;
};

std::string resolve_target(std::string target) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  if (target.rfind("xl/", 0) == 0) return target;
  return "xl/" + target;
}

Workbook load_workbook(const ZipArchive& zip) {
  Workbook wb;
  if (!zip.has("xl/workbook.xml")) throw ReadError("xlsx_corrupt", "不是有效的 xlsx 文件（缺少 xl/workbook.xml）", "not an xlsx file: no xl/workbook.xml");
  pugi::xml_document doc;
  parse_xml(doc, zip.read("xl/workbook.xml"), "workbook.xml");
  auto root = doc.document_element();
  if (auto pr = child(root, "workbookPr")) wb.date1904 = attr(pr, "date1904").as_bool();
  std::string first_rid;
  if (auto sheets = child(root, "sheets"))
    if (auto s = child(sheets, "sheet")) first_rid = attr(s, "id").value();
  if (!first_rid.empty() && zip.has("xl/_rels/workbook.xml.rels")) {
    pugi::xml_document rels;
    parse_xml(rels, zip.read("xl/_rels/workbook.xml.rels"), "workbook.xml.rels");
    for_each_child(rels.document_element(), "Relationship", [&](pugi::xml_node r) {
      if (first_rid == r.attribute("Id").value())
        wb.first_sheet_path = resolve_target(r.attribute("Target").value());
    });
  }
  if (wb.first_sheet_path.empty() || !zip.has(wb.first_sheet_path))
    wb.first_sheet_path = "xl/worksheets/sheet1.xml";
  if (!zip.has(wb.first_sheet_path)) throw ReadError("xlsx_corrupt", "xlsx 文件中没有工作表", "the xlsx file has no worksheet");

  if (zip.has("xl/sharedStrings.xml")) {
    pugi::xml_document sst;
    parse_xml(sst, zip.read("xl/sharedStrings.xml"), "sharedStrings.xml");
    for_each_child(sst.document_element(), "si",
                   [&](pugi::xml_node si) { wb.shared.push_back(rich_text(si)); });
  }
  if (zip.has("xl/styles.xml")) {
    pugi::xml_document st;
    parse_xml(st, zip.read("xl/styles.xml"), "styles.xml");
    auto root2 = st.document_element();
    std::set<int> custom_dates;
    if (auto fmts = child(root2, "numFmts"))
      for_each_child(fmts, "numFmt", [&](pugi::xml_node f) {
        if (is_date_format_code(attr(f, "formatCode").value()))
          custom_dates.insert(attr(f, "numFmtId").as_int());
      });
    int index = 0;
    if (auto xfs = child(root2, "cellXfs"))
      for_each_child(xfs, "xf", [&](pugi::xml_node xf) {
        int id = attr(xf, "numFmtId").as_int();
        if (custom_dates.count(id) || (id < 164 && is_builtin_date_format(id))) wb.date_styles.insert(index);
        ++index;
      });
  }
  return wb;
}

std::string cell_text(const pugi::xml_node& c, const Workbook& wb) {
  std::string_view type = attr(c, "t").value();
  if (type == "inlineStr") return rich_text(child(c, "is"));
  std::string v = child(c, "v").text().get();
  if (type == "s") {
    char* end = nullptr;
    long i = std::strtol(v.c_str(), &end, 10);
    if (end == v.c_str() || i < 0 || static_cast<size_t>(i) >= wb.shared.size())
      throw ReadError("xlsx_corrupt", "xlsx 文件损坏（共享字符串序号 " + v + " 无效）", "corrupt xlsx: bad shared string index " + v);
    return wb.shared[static_cast<size_t>(i)];
  }
  if (type == "str" || type == "e") return v;
  if (type == "b") return v == "1" ? "TRUE" : "FALSE";
  if (v.empty()) return v;
  if (type == "n" || type.empty()) {
    if (wb.date_styles.count(attr(c, "s").as_int(0))) {
      char* end = nullptr;
      double d = std::strtod(v.c_str(), &end);
      if (end != v.c_str() && *end == '\0') return excel_serial_to_iso(d, wb.date1904);
    }
    return format_number(v);
  }
  return v;  // "d" (ISO date text, rare) and anything unknown: as stored
}

}  // namespace

std::string excel_serial_to_iso(double serial, bool date1904) {
  double whole = std::floor(serial);
  long long seconds = std::llround((serial - whole) * 86400.0);
  long long days = static_cast<long long>(whole);
  if (seconds >= 86400) { ++days; seconds -= 86400; }
  // 1900 system: serial 1 = 1900-01-01, and Excel counts the non-existent 1900-02-29
  // (serial 60), so serials from 61 on are one day ahead of a plain count.
  long long unix_days = date1904 ? days + 1462 - 25569 : (days >= 61 ? days - 25569 : days - 25568);
  int y;
  unsigned m, d;
  civil_from_days(unix_days, y, m, d);
  char buf[48];
  if (seconds == 0)
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
  else
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02lld:%02lld:%02lld", y, m, d, seconds / 3600,
                  (seconds / 60) % 60, seconds % 60);
  return buf;
}

Table read_xlsx(std::string_view bytes) {
  ZipArchive zip(bytes);
  Workbook wb = load_workbook(zip);
  pugi::xml_document doc;
  parse_xml(doc, zip.read(wb.first_sheet_path), wb.first_sheet_path);
  Table table;
  table.source_encoding = "xlsx";
  auto data = child(doc.document_element(), "sheetData");
  int row_number = 0;
  for_each_child(data, "row", [&](pugi::xml_node r) {
    int declared = attr(r, "r").as_int(0);
    row_number = declared > 0 ? declared : row_number + 1;
    std::vector<std::string> cells;
    int col = -1;
    for_each_child(r, "c", [&](pugi::xml_node c) {
      int declared_col = column_index(attr(c, "r").value());
      col = declared_col >= 0 ? declared_col : col + 1;
      if (col > 16383) throw ReadError("xlsx_corrupt", "xlsx 文件损坏（列号超出 XFD）", "corrupt xlsx: column beyond XFD");
      if (cells.size() <= static_cast<size_t>(col)) cells.resize(col + 1);
      cells[col] = cell_text(c, wb);
    });
    std::string defect;
    for (const auto& cell : cells)
      if (defect.empty()) defect = cell_defect(cell, /*allow_line_breaks=*/true);
    if (!is_blank_row(cells) || !defect.empty()) table.rows.push_back({row_number, std::move(cells), std::move(defect)});
  });
  return table;
}

Table read_xlsx_file(const std::string& path) { return read_xlsx(read_file_bytes(path)); }

}  // namespace suiji::io
