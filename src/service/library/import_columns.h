// The columns of the 两库 spreadsheets and how a user's header row maps onto them.
// Agencies' spreadsheets differ in wording (企业名称 vs 单位名称), decoration ("*单位名称",
// "经度(°)") and layout (a title row above the header), so headers are matched after
// normalising, against a canonical header and its synonyms. The canonical header is
// what export writes, so an exported file imports unchanged.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "io/table.h"
#include "service/library/import_report.h"

namespace suiji::service {

struct ColumnSpec {
  std::string field;                  // internal name, e.g. "uscc"
  std::string header;                 // canonical Chinese header, e.g. "统一社会信用代码"
  std::vector<std::string> synonyms;  // other headers meaning the same
  bool required = false;              // the file must have this column
  bool export_only = false;           // written by export, ignored (silently) on import
};

// "* 单位名称（全称）" -> "单位名称": drops spaces (ASCII, full-width), '*'/'＊' required
// markers, and a trailing (…)/（…） note.
std::string normalize_header(std::string_view header);

// Trims ASCII whitespace, U+3000, U+00A0, U+200B and U+FEFF at both ends: cells copied
// from web pages and Word carry them, and they are never part of a code or a name.
std::string trim_cell(std::string_view cell);

// Where each known field sits in a table, and which row is the header.
class HeaderMap {
 public:
  // Finds the header among the first 10 rows (the first row naming at least two known
  // columns, so a title row above it is skipped), maps its columns, and records in
  // `report`: an error per missing required column (row = header row), a warning per
  // unknown or repeated column. If no header row is found, one error at row 1.
  static HeaderMap locate(const io::Table& table, const std::vector<ColumnSpec>& specs,
                          ImportReport& report);

  bool found() const { return header_index_ >= 0; }
  int header_row() const { return header_row_; }
  // Index in table.rows of the first data row (the one after the header).
  size_t first_data_index() const { return static_cast<size_t>(header_index_ + 1); }

  // A field's column, looked up once: an import reads a few dozen fields of each of
  // 100,000 rows, and cell(row, Column) is an index where cell(row, name) is a search.
  struct Column {
    std::string_view field;
    size_t index = kAbsent;  // kAbsent: the file lacks the column
    bool present() const { return index != kAbsent; }
  };
  static constexpr size_t kAbsent = static_cast<size_t>(-1);
  Column resolve(std::string_view field) const;
  std::string cell(const io::TableRow& row, const Column& c) const;

  bool has(std::string_view field) const { return index_.find(field) != index_.end(); }
  // The trimmed cell of `field` in `row`; "" if the column is absent or the row short.
  // A leading apostrophe before = + - @ (the CSV export's formula guard) is removed.
  std::string cell(const io::TableRow& row, std::string_view field) const;
  // The column's header as the user's file spells it, or the canonical header when the
  // file lacks the column (so error messages name what the user sees).
  std::string column(std::string_view field) const;

 private:
  const std::vector<ColumnSpec>* specs_ = nullptr;
  int header_index_ = -1;
  int header_row_ = 1;
  // Transparent (std::less<>): looked up by string_view, a few times per cell of a
  // 100,000-row file, without making a string each time.
  std::map<std::string, size_t, std::less<>> index_;         // field -> column index
  std::map<std::string, std::string, std::less<>> headers_;  // field -> header text in the file
};

// The column lists of the three libraries (import and export share them).
const std::vector<ColumnSpec>& unit_columns();
const std::vector<ColumnSpec>& inspector_columns();  // certificate groups 1..kMaxCertificates
const std::vector<ColumnSpec>& conflict_columns();

// Inspectors' certificates are column groups 证件类型/证件编号/有效期至, then
// 证件类型2/证件编号2/有效期至2, …; field names cert_kind_N, cert_number_N, cert_expiry_N.
inline constexpr int kMaxCertificates = 5;

}  // namespace suiji::service
