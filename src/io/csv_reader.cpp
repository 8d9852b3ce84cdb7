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
  const char delim = detect_delimiter(text);
  std::vector<std::string> cells;
  std::string field;
  int row = 1;
  bool in_quotes = false;
  bool field_was_quoted = false;
  int quote_opened_row = 0;
  auto end_field = [&] {
    cells.push_back(std::move(field));
    field.clear();
    field_was_quoted = false;
  };
  auto end_row = [&] {
    end_field();
    if (!is_blank_row(cells)) table.rows.push_back({row, std::move(cells)});
    cells.clear();
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
  if (in_quotes)
    throw ReadError("第 " + std::to_string(quote_opened_row) +
                    " 行: 引号未闭合 (unterminated quoted field)");
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
