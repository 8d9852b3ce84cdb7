// Parsing of spreadsheet cell text into values, tolerant of how people type in Excel
// and WPS in China (是/否 or √, 2026/1/5 or 2026年1月5日, "1-3、11月"), strict about
// anything else: a cell that cannot be read is an error, never a guess.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace suiji::service {

// 是/否, Y/N, yes/no, true/false, 1/0, √/×, 有/无 (case-insensitive). nullopt otherwise.
std::optional<bool> parse_yes_no(std::string_view s);

// Accepts 2026-01-05, 2026-1-5, 2026/1/5, 2026.1.5, 2026年1月5日, 20260105 and
// "2026-01-05 00:00:00" (a date cell with a zero time); returns "2026-01-05" or nullopt
// when the text is not a real calendar day.
std::optional<std::string> parse_date(std::string_view s);

// A decimal number ("117.02", "-3", "1e2" is refused: coordinates are never typed so).
std::optional<double> parse_decimal(std::string_view s);

// A whole number, optionally with a trailing "年" (审批年份 "2025年").
std::optional<int> parse_year(std::string_view s);

// "1,2,3" "1-3,11-12" "1、2、3月" "1至3月" -> {1,2,3,…} (sorted, distinct, 1..12);
// nullopt on anything else.
std::optional<std::vector<int>> parse_month_list(std::string_view s);

// Shortest text that reads back as the same double ("117.123456", "36").
std::string format_decimal(double d);

}  // namespace suiji::service
