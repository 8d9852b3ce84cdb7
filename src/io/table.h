// The shape every tabular reader returns: rows of strings, each tagged with the row
// number a user sees in the spreadsheet (1 = the first line/row of the file), so that
// an error message can point at the row the user opens. Readers know nothing of units
// or inspectors; the mapping to domain types lives in src/service/.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"

namespace suiji::io {

struct TableRow {
  int number = 0;                   // 1-based row number as the spreadsheet shows it
  std::vector<std::string> cells;   // UTF-8, untrimmed, as read; may be shorter than the header
  // Non-empty when the reader found the row itself broken ("中文 / English"): a quoted
  // field still open at the end of the file (a cut-off file), or a control character in a
  // cell (NUL … U+001F and DEL, except tab; CR/LF only inside a quoted CSV field, where a
  // cell may hold line breaks). Such a row is a row error, never data (issue 11 item 7).
  std::string defect;
};

struct Table {
  // Rows in file order. Rows whose cells are all empty (or whitespace) are dropped, so
  // trailing blank lines and rows Excel keeps after a delete do not become "bad rows";
  // the numbers of the remaining rows are unchanged.
  std::vector<TableRow> rows;
  std::string source_encoding;      // "UTF-8", "UTF-8 BOM", "GB18030" or "xlsx"
  // True for CSV: every record carries all its fields (Excel and WPS write the empty ones
  // as ",,"), so a record with fewer fields than the header was cut off. False for xlsx,
  // which leaves trailing empty cells out.
  bool rows_have_all_fields = false;
};

// A format-level failure (unreadable file, not a zip, broken XML, undecodable text):
// kind kBadInput, codes such as "file_unreadable", "text_encoding", "xlsx_corrupt",
// "xls_legacy". Row-level problems are not errors here (see TableRow::defect).
struct ReadError : Error {
  ReadError(std::string code, std::string zh, std::string en, Json details = nullptr)
      : Error(ErrorKind::kBadInput, std::move(code), std::move(zh), std::move(en), std::move(details)) {}
};

// A write failure of an export file (cannot create, disk full, rename refused): kind
// kUnavailable, code "file_unwritable" — the environment, not the user's input.
struct WriteError : Error {
  WriteError(std::string zh, std::string en)
      : Error(ErrorKind::kUnavailable, "file_unwritable", std::move(zh), std::move(en)) {}
};

// The defect of a cell (see TableRow::defect) or "": `allow_line_breaks` for quoted CSV
// fields and xlsx cells, which may hold CR/LF.
std::string cell_defect(std::string_view cell, bool allow_line_breaks);

// True if every cell of `cells` is empty or only ASCII whitespace.
bool is_blank_row(const std::vector<std::string>& cells);

}  // namespace suiji::io
