#include "io/table_file.h"

#include "io/csv_reader.h"
#include "io/file_bytes.h"
#include "io/xlsx_reader.h"

namespace suiji::io {

Table read_table(std::string_view bytes) {
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) return read_xlsx(bytes);
  if (bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
    throw ReadError("xls_legacy", "不支持旧版 .xls 格式，请在 Excel/WPS 中另存为 .xlsx 或 CSV",
                    "legacy .xls is not supported; save as .xlsx or CSV");
  return read_csv(bytes);
}

Table read_table_file(const std::string& path) { return read_table(read_file_bytes(path)); }

}  // namespace suiji::io
