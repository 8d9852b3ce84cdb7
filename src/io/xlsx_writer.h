// Writes one worksheet of strings to an .xlsx file with libxlsxwriter, laid out for
// people: bold header row, frozen under the header, an autofilter, and column widths
// fitted to the content (CJK characters count double). Every cell is text and the
// columns are formatted as Text ("@"), so credit codes, region codes and phone numbers
// never turn into numbers or E-notation when a user edits and re-saves the sheet.
#pragma once
#include <string>
#include <vector>

namespace suiji::io {

// `header` becomes row 1, `rows` follow. Written through a temporary file and renamed
// (see file_bytes.h). Throws WriteError (kUnavailable) naming libxlsxwriter's error.
void write_xlsx_file(const std::string& path, const std::string& sheet_name,
                     const std::vector<std::string>& header,
                     const std::vector<std::vector<std::string>>& rows);

// The width Excel needs to show `utf8` in its default font: ASCII counts 1, wide
// (CJK, full-width) characters 2. Exposed for tests.
double display_width(const std::string& utf8);

}  // namespace suiji::io
