// The shape every tabular reader returns: rows of strings, each tagged with the row
// number a user sees in the spreadsheet (1 = the first line/row of the file), so that
// an error message can point at the row the user opens. Readers know nothing of units
// or inspectors; the mapping to domain types lives in src/service/.
#pragma once
#include <stdexcept>
#include <string>
#include <vector>

namespace suiji::io {

struct TableRow {
  int number = 0;                   // 1-based row number as the spreadsheet shows it
  std::vector<std::string> cells;   // UTF-8, untrimmed, as read; may be shorter than the header
};

struct Table {
  // Rows in file order. Rows whose cells are all empty (or whitespace) are dropped, so
  // trailing blank lines and rows Excel keeps after a delete do not become "bad rows";
  // the numbers of the remaining rows are unchanged.
  std::vector<TableRow> rows;
  std::string source_encoding;      // "UTF-8", "UTF-8 BOM", "GB18030" or "xlsx"
};

// A format-level failure (unreadable file, not a zip, broken XML, undecodable text).
// Row-level problems are not errors here: the service layer reports them.
struct ReadError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// True if every cell of `cells` is empty or only ASCII whitespace.
bool is_blank_row(const std::vector<std::string>& cells);

}  // namespace suiji::io
