// Reads the first worksheet of an .xlsx workbook (Office Open XML, as Excel and WPS
// write it) into a Table of strings. Cell values come back as the user sees them:
// - shared strings, inline strings and formula string results as text (rich text runs
//   joined, phonetic guides dropped);
// - numbers without Excel's binary noise: integers as plain digits (no ".0", no E
//   notation, so a region code typed as a number reads "370102"), others with at most
//   15 significant digits, as Excel displays them;
// - numbers in a date/time format (built-in ids, the CJK ones, or a custom format with
//   y/m/d/h/s) as "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS", honouring the 1904 date system;
// - booleans as "TRUE"/"FALSE", errors as Excel's text (e.g. "#N/A").
// Row numbers are the workbook's own (<row r="…">), so they match what Excel shows.
#pragma once
#include <string>
#include <string_view>

#include "io/table.h"

namespace suiji::io {

// Throws ReadError if `bytes` is not a zip, lacks a worksheet, holds broken XML, or an
// entry inflates beyond a sane size (a zip bomb must not take the server down).
Table read_xlsx(std::string_view bytes);
Table read_xlsx_file(const std::string& path);

// Converts an Excel serial day number (with fraction for the time) to ISO text;
// exposed for tests. `date1904` selects the Mac 1904 date system.
std::string excel_serial_to_iso(double serial, bool date1904);

}  // namespace suiji::io
