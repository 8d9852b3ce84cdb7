// Small helpers shared by the repositories: reading soci::row columns whatever type the
// engine reports (SQLite and PostgreSQL disagree on INTEGER vs BIGINT, expressions, ...),
// and building WHERE clauses with bound values.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace suiji::store::sqlu {

bool is_null(const soci::row& r, size_t i);
std::string str(const soci::row& r, size_t i);          // NULL -> ""
int64_t i64(const soci::row& r, size_t i);              // NULL -> 0
std::optional<int64_t> opt_i64(const soci::row& r, size_t i);
std::optional<double> opt_double(const soci::row& r, size_t i);
inline bool flag(const soci::row& r, size_t i) { return i64(r, i) != 0; }

// Collects "a = :p" conditions and their values. Values are kept as strings or integers
// and bound in order, so the SQL is the same on both engines.
class Where {
 public:
  void add(const std::string& condition) { conds_.push_back(condition); }
  void add(const std::string& condition, std::string value) {
    conds_.push_back(condition);
    vals_.push_back(Value{false, std::move(value), 0});
  }
  void add(const std::string& condition, int64_t value) {
    conds_.push_back(condition);
    vals_.push_back(Value{true, {}, value});
  }
  // "" or " WHERE a AND b"
  std::string sql() const;
  // Binds every value, in order, to the statement being prepared.
  void bind(soci::details::prepare_temp_type& p) const;

 private:
  struct Value {
    bool is_int;
    std::string s;
    long long i;
  };
  std::vector<std::string> conds_;
  std::vector<Value> vals_;
};

}  // namespace suiji::store::sqlu
