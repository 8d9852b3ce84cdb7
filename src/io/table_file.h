// Picks the reader for an uploaded or named file by its content, not only its name:
// users rename files, and browsers upload "data.csv" that is really an .xlsx.
#pragma once
#include <string>
#include <string_view>

#include "io/table.h"

namespace suiji::io {

// A zip (PK\3\4) is read as .xlsx; an OLE2 compound file (old .xls / .et) is refused
// with a message telling the user to save as .xlsx or CSV; anything else is CSV.
// Throws ReadError for unreadable or malformed files.
Table read_table(std::string_view bytes);
Table read_table_file(const std::string& path);

}  // namespace suiji::io
