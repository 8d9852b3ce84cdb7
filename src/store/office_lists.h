// Office lists (处罚案件 / 信访 / 其他 清单, domain/office_list.h): per agency, kind and
// quarter, the units another office named, each entry with its origin (which list, case or
// complaint number) and a note. An import replaces one (agency, kind, quarter) list whole.
//
//   db->office_lists().replace(agency, "处罚案件", "2027Q1", entries);
//   for (const auto& e : db->office_lists().of_period("2027Q1")) …   // every agency's
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace suiji::store {

class Store;

struct OfficeListEntry {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string kind;    // 处罚案件 | 信访 | 其他 (the label)
  int64_t unit_id = 0;
  std::string period;  // the quarter the list covers: 2027Q1
  std::string origin;  // 衢州市生态环境局 处罚案件清单 2027Q1 案号 衢环罚〔2027〕12号
  std::string note;
  std::string created_at;
};

class OfficeLists {
 public:
  explicit OfficeLists(Store& s) : s_(s) {}
  // Replaces the entries of (agency, kind, period) with `entries` (their agency, kind and
  // period are taken from the arguments); returns how many were there before.
  int64_t replace(int64_t agency_id, const std::string& kind, const std::string& period,
                  const std::vector<OfficeListEntry>& entries);
  std::vector<OfficeListEntry> of_period(const std::string& period);  // every agency's, by id
  std::vector<OfficeListEntry> list(int64_t agency_id, const std::string& kind, const std::string& period);

 private:
  Store& s_;
};

}  // namespace suiji::store
