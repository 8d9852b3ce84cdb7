// Writes CSV that Excel in China opens correctly with a double-click: UTF-8 with a BOM
// (without it Excel assumes GBK and shows mojibake), CRLF line ends, RFC 4180 quoting.
#pragma once
#include <string>
#include <vector>

namespace suiji::io {

// `rows[0]` is normally the header. Every field that holds a comma, a quote, a line
// break or leading/trailing spaces is quoted; quotes are doubled. All fields are
// written as given (codes stay text because CSV has no types; Excel may still show
// long digit strings in E-notation when it opens the file, which is why the .xlsx
// export exists).
std::string write_csv(const std::vector<std::vector<std::string>>& rows, bool with_bom = true);

}  // namespace suiji::io
