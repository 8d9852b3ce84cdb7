// The arguments every plan and policy use case takes, checked once: an agency reference,
// a period, a year. Each bad value throws suiji::Error kBadInput naming the field
// (details.field), in Chinese and English, before anything is read or written.
#pragma once
#include <string>

#include "domain/agency.h"
#include "policy/calendar.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

// "330800" (a region code: its agency without a zone) or "#12" / "12" (an agency id).
Agency agency_arg(store::Store& db, const std::string& ref);
// "2026Q2" or "2027".
policy::Period period_arg(const std::string& text);
// 2000–2099, the years a policy and a period may name.
int year_arg(int year);
// "YYYY-MM-DD" the figures are counted on (a headcount's date), checked; "" = today, UTC.
std::string today_arg(const std::string& text);

}  // namespace suiji::service
