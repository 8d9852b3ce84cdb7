#include "store/sql_util.h"

#include <string>

namespace suiji::store::sqlu {

bool is_null(const soci::row& r, size_t i) { return r.get_indicator(i) == soci::i_null; }

std::string str(const soci::row& r, size_t i) {
  if (is_null(r, i)) return {};
  switch (r.get_properties(i).get_data_type()) {
    case soci::dt_string:
    case soci::dt_xml:
      return r.get<std::string>(i);
    case soci::dt_integer:
      return std::to_string(r.get<int>(i));
    case soci::dt_long_long:
      return std::to_string(r.get<long long>(i));
    case soci::dt_unsigned_long_long:
      return std::to_string(r.get<unsigned long long>(i));
    case soci::dt_double:
      return std::to_string(r.get<double>(i));
    default:
      throw soci::soci_error("unsupported column type for text column " +
                             r.get_properties(i).get_name());
  }
}

int64_t i64(const soci::row& r, size_t i) {
  if (is_null(r, i)) return 0;
  switch (r.get_properties(i).get_data_type()) {
    case soci::dt_integer:
      return r.get<int>(i);
    case soci::dt_long_long:
      return r.get<long long>(i);
    case soci::dt_unsigned_long_long:
      return static_cast<int64_t>(r.get<unsigned long long>(i));
    case soci::dt_double:
      return static_cast<int64_t>(r.get<double>(i));
    case soci::dt_string:
      return std::stoll(r.get<std::string>(i));
    default:
      throw soci::soci_error("unsupported column type for integer column " +
                             r.get_properties(i).get_name());
  }
}

std::optional<int64_t> opt_i64(const soci::row& r, size_t i) {
  if (is_null(r, i)) return std::nullopt;
  return i64(r, i);
}

std::optional<double> opt_double(const soci::row& r, size_t i) {
  if (is_null(r, i)) return std::nullopt;
  switch (r.get_properties(i).get_data_type()) {
    case soci::dt_double:
      return r.get<double>(i);
    case soci::dt_string:
      return std::stod(r.get<std::string>(i));
    default:
      return static_cast<double>(i64(r, i));
  }
}

std::string Where::sql() const {
  std::string out;
  for (const auto& c : conds_) out += (out.empty() ? " WHERE " : " AND ") + c;
  return out;
}

void Where::bind(soci::details::prepare_temp_type& p) const {
  for (const auto& v : vals_) {
    if (v.is_int)
      p, soci::use(v.i);
    else
      p, soci::use(v.s);
  }
}

}  // namespace suiji::store::sqlu
