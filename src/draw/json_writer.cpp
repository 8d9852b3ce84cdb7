#include "draw/json_writer.h"

#include <charconv>

namespace suiji::draw {

void JsonWriter::newline() {
  out_.push_back('\n');
  out_.append(first_.size(), ' ');
}

void JsonWriter::flush() {
  if (sink_ && !out_.empty()) {
    sink_(out_);
    out_.clear();
  }
}

void JsonWriter::before_value() {
  if (sink_ && out_.size() >= (1u << 20)) flush();
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (first_.empty()) return;
  if (!first_.back()) out_.push_back(',');
  first_.back() = false;
  newline();
}

void JsonWriter::begin_object() {
  before_value();
  out_.push_back('{');
  first_.push_back(true);
}

void JsonWriter::end_object() {
  bool empty = first_.back();
  first_.pop_back();
  if (!empty) newline();
  out_.push_back('}');
}

void JsonWriter::begin_array() {
  before_value();
  out_.push_back('[');
  first_.push_back(true);
}

void JsonWriter::end_array() { end_object(), out_.back() = ']'; }

void JsonWriter::key(std::string_view k) {
  before_value();
  string(k);
  out_.append(": ");
  after_key_ = true;
}

void JsonWriter::value(std::string_view s) {
  before_value();
  string(s);
}

void JsonWriter::value(int64_t v) {
  before_value();
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  (void)ec;
  out_.append(buf, end);
}

void JsonWriter::value(bool b) {
  before_value();
  out_.append(b ? "true" : "false");
}

void JsonWriter::null() {
  before_value();
  out_.append("null");
}

void JsonWriter::raw(std::string_view json) {
  before_value();
  out_.append(json);
}

namespace {
bool needs_escape(std::string_view s) {
  bool any = false;
  for (char c : s) any |= c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
  return any;
}
}  // namespace

void JsonWriter::string_array(const std::vector<std::string_view>& items) {
  begin_array();
  const std::string separator = ",\n" + std::string(first_.size(), ' ');
  for (size_t i = 0; i < items.size(); ++i) {
    if (i == 0) {
      newline();
      first_.back() = false;
    } else {
      out_.append(separator);
    }
    string(items[i]);
    if (sink_ && out_.size() >= (1u << 20)) flush();
  }
  end_array();
}

void JsonWriter::string(std::string_view s) {
  out_.push_back('"');
  if (!needs_escape(s)) {  // ids and hashes: the common case
    out_.append(s);
    out_.push_back('"');
    return;
  }
  for (char c : s) {
    switch (c) {
      case '"': out_.append("\\\""); break;
      case '\\': out_.append("\\\\"); break;
      case '\n': out_.append("\\n"); break;
      case '\r': out_.append("\\r"); break;
      case '\t': out_.append("\\t"); break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          static constexpr char kHex[] = "0123456789abcdef";
          out_.append("\\u00");
          out_.push_back(kHex[(c >> 4) & 15]);
          out_.push_back(kHex[c & 15]);
        } else {
          out_.push_back(c);
        }
    }
  }
  out_.push_back('"');
}

}  // namespace suiji::draw
