// Writes CSV that Excel in China opens correctly with a double-click: UTF-8 with a BOM
// (without it Excel assumes GBK and shows mojibake), CRLF line ends, RFC 4180 quoting.
#pragma once
#include <string>
#include <vector>

namespace suiji::io {

// A field that Excel would run as a formula (first character = + - @ tab or CR, and not
// a plain number such as "-3.5" or "+8613800000000") is written with a leading
// apostrophe, so a name like "=HYPERLINK(…)" typed into the library cannot execute on
// the machine of whoever opens the export (CSV injection). The importer strips that
// apostrophe again (service/import_columns.h), so export → import still round-trips.
//
// `rows[0]` is normally the header. Every field that holds a comma, a quote, a line
// break or leading/trailing spaces is quoted; quotes are doubled. All fields are
// written as given (codes stay text because CSV has no types; Excel may still show
// long digit strings in E-notation when it opens the file, which is why the .xlsx
// export exists).
std::string write_csv(const std::vector<std::vector<std::string>>& rows, bool with_bom = true);

// The field as written, before quoting: with the apostrophe when it could run as a formula.
std::string neutralize_formula(const std::string& field);

}  // namespace suiji::io
