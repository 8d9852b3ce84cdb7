#include "io/csv_reader.h"

#include "io/file_bytes.h"
#include "io/text_encoding.h"

namespace suiji::io {

namespace {

char detect_delimiter(std::string_view text) {
  auto first_line = text.substr(0, text.find_first_of("\r\n"));
  if (first_line.find(',') == std::string_view::npos &&
      first_line.find('\t') != std::string_view::npos)
    return '\t';
  return ',';
}

}  // namespace

Table parse_csv(std::string_view text) {
  Table table;
  table.rows_have_all_fields = true;
  const char delim = detect_delimiter(text);
  std::vector<std::string> cells;
  std::string field;
  int row = 1;
  bool in_quotes = false;
  bool field_was_quoted = false;
  int quote_opened_row = 0;
  std::string defect;
  auto end_field = [&] {
    if (defect.empty()) defect = cell_defect(field, field_was_quoted);
    cells.push_back(std::move(field));
    field.clear();
    field_was_quoted = false;
  };
  auto end_row = [&] {
    end_field();
    if (!is_blank_row(cells) || !defect.empty()) table.rows.push_back({row, std::move(cells), std::move(defect)});
    cells.clear();
    defect.clear();
    ++row;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') { field += '"'; ++i; }
        else in_quotes = false;
      } else {
        field += c;
      }
      continue;
    }
    if (c == '"' && field.empty() && !field_was_quoted) {
      in_quotes = true;
      field_was_quoted = true;
      quote_opened_row = row;
    } else if (c == delim) {
      end_field();
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      end_row();
    } else {
      field += c;  // a stray quote inside an unquoted field is kept, as Excel does
    }
  }
  if (in_quotes) {
    // A file cut off inside a quoted field: the row is broken, never data (the text after
    // the quote may be the rest of the file).
    defect = "第 " + std::to_string(quote_opened_row) +
             " 行的引号直到文件末尾仍未闭合，文件可能不完整 / the quoted field opened on row " +
             std::to_string(quote_opened_row) + " is still open at the end of the file (cut off?)";
    end_row();
    table.rows.back().cells.clear();
    return table;
  }
  if (!field.empty() || !cells.empty() || field_was_quoted) end_row();
  return table;
}

Table read_csv(std::string_view bytes) {
  DecodedText decoded = decode_text(bytes);
  Table t = parse_csv(decoded.text);
  t.source_encoding = decoded.encoding;
  return t;
}

Table read_csv_file(const std::string& path) { return read_csv(read_file_bytes(path)); }

}  // namespace suiji::io
