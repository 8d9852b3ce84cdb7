#include "service/library/import_values.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <set>

#include "domain/codes.h"

namespace suiji::service {

namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size()))
    s.replace(p, from.size(), to);
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::optional<bool> parse_yes_no(std::string_view s) {
  static const std::set<std::string> yes = {"是", "y", "yes", "true", "1", "√", "✓", "有", "t"};
  static const std::set<std::string> no = {"否", "n", "no", "false", "0", "×", "✗", "无", "f"};
  std::string l = lower_ascii(s);
  if (yes.count(l)) return true;
  if (no.count(l)) return false;
  return std::nullopt;
}

std::optional<std::string> parse_date(std::string_view in) {
  std::string s(in);
  if (s.size() > 10 && (s.substr(10) == " 00:00:00" || s.substr(10) == "T00:00:00")) s.resize(10);
  if (s.size() == 8 && all_digits(s)) s = s.substr(0, 4) + "-" + s.substr(4, 2) + "-" + s.substr(6, 2);
  replace_all(s, "年", "-");
  replace_all(s, "月", "-");
  replace_all(s, "日", "");
  replace_all(s, "/", "-");
  replace_all(s, ".", "-");
  // split y-m-d and zero-pad month and day
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t p; (p = s.find('-', start)) != std::string::npos; start = p + 1) parts.push_back(s.substr(start, p - start));
  parts.push_back(s.substr(start));
  if (parts.size() != 3 || parts[0].size() != 4 || !all_digits(parts[0])) return std::nullopt;
  for (int i = 1; i < 3; ++i) {
    if (!all_digits(parts[i]) || parts[i].size() > 2) return std::nullopt;
    if (parts[i].size() == 1) parts[i] = "0" + parts[i];
  }
  std::string iso = parts[0] + "-" + parts[1] + "-" + parts[2];
  if (!is_iso_date(iso)) return std::nullopt;
  return iso;
}

std::optional<double> parse_decimal(std::string_view s) {
  if (s.empty() || s.find_first_of("eE") != std::string_view::npos) return std::nullopt;
  if (s.front() == '+') s.remove_prefix(1);
  double d = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
  if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(d)) return std::nullopt;
  return d;
}

std::optional<int> parse_year(std::string_view s) {
  if (s.size() > 3 && s.substr(s.size() - 3) == "年") s.remove_suffix(3);
  if (!all_digits(s) || s.size() > 4) return std::nullopt;
  return std::stoi(std::string(s));
}

std::optional<std::vector<int>> parse_month_list(std::string_view in) {
  std::string s(in);
  for (auto sep : {"，", "、", "；", ";", " ", "\t"}) replace_all(s, sep, ",");
  for (auto dash : {"至", "～", "~", "－", "—", "–"}) replace_all(s, dash, "-");
  replace_all(s, "月份", "");
  replace_all(s, "月", "");
  std::set<int> months;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(',', start);
    if (end == std::string::npos) end = s.size();
    std::string item = s.substr(start, end - start);
    start = end + 1;
    if (item.empty()) continue;
    size_t dash = item.find('-');
    std::string a = item.substr(0, dash), b = dash == std::string::npos ? a : item.substr(dash + 1);
    if (!all_digits(a) || !all_digits(b) || a.size() > 2 || b.size() > 2) return std::nullopt;
    int from = std::stoi(a), to = std::stoi(b);
    if (from < 1 || to > 12 || from > to) return std::nullopt;
    for (int m = from; m <= to; ++m) months.insert(m);
  }
  if (months.empty()) return std::nullopt;
  return std::vector<int>(months.begin(), months.end());
}

std::string format_decimal(double d) {
  char buf[64];
  auto [p, ec] = std::to_chars(buf, buf + sizeof buf, d);
  return ec == std::errc() ? std::string(buf, p) : std::to_string(d);
}

}  // namespace suiji::service
