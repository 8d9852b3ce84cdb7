// A streaming JSON writer for draw records, indented like Python's json.dump(indent=1).
// nlohmann::json would build a tree of a million population strings before printing
// them; this appends straight to one buffer.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace suiji::draw {

class JsonWriter {
 public:
  using Sink = std::function<void(std::string_view)>;
  // Appends to `out`. With a sink, hands the buffer to it whenever it passes ~1 MB (so a
  // million-id record never sits in memory whole); call flush() at the end.
  explicit JsonWriter(std::string& out, Sink sink = {}) : out_(out), sink_(std::move(sink)) {}
  void flush();

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  void key(std::string_view k);
  void value(std::string_view s);
  void value(const char* s) { value(std::string_view(s)); }
  void value(int64_t v);
  void value(bool b);
  void null();
  // An array of strings, written in one tight loop (a population of a million ids).
  void string_array(const std::vector<std::string_view>& items);
  // Already-serialized JSON (an informational field copied from the input).
  void raw(std::string_view json);

 private:
  void before_value();
  void newline();
  void string(std::string_view s);

  std::string& out_;
  Sink sink_;
  std::vector<bool> first_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

}  // namespace suiji::draw
