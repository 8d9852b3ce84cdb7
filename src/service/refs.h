// The numbers users type for stored things — "12" or "#12" — read one way everywhere
// (tasks, records, change requests), so that a mistyped number gets the same answer in
// every command.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace suiji::service {

// 12 for "12" or "#12"; nullopt for anything else (0, negatives, trailing text).
std::optional<int64_t> number_ref(const std::string& ref);

// "12, 13,#14" → {"12", "13", "#14"}: a list typed with commas, spaces dropped, empty items skipped.
std::vector<std::string> comma_list(const std::string& text);

// number_ref, or kBadInput "request_invalid" (field "request") for a change request's number.
int64_t request_number(const std::string& ref);

}  // namespace suiji::service
