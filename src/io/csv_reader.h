// Reads CSV as Excel writes it (RFC 4180): comma-separated, fields optionally in double
// quotes, "" inside quotes is one quote, quoted fields may hold commas and line breaks.
// Line ends may be CRLF, LF or CR. A file whose first line has tabs and no commas is read
// as tab-separated (what "copy from Excel, paste into a text file" produces).
#pragma once
#include <string>
#include <string_view>

#include "io/table.h"

namespace suiji::io {

// Parses already-decoded UTF-8 text. Row numbers count records, so a quoted field with a
// line break still counts as one row, as in Excel. Never throws on content: a quote still
// open at the end of the file makes its row (the last) a row with a `defect` and no
// cells; a control character in a cell (CR/LF allowed only inside quotes, where Excel
// writes Alt+Enter line breaks) makes its row a row with a defect (see TableRow).
Table parse_csv(std::string_view utf8_text);

// Decodes `bytes` (UTF-8 with/without BOM, else GB18030; see text_encoding.h) and parses.
Table read_csv(std::string_view bytes);

// Reads the file at `path`; throws ReadError if it cannot be read.
Table read_csv_file(const std::string& path);

}  // namespace suiji::io
