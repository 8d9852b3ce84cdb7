// Hand-over sheets (文书交接单, 002:L27): each month the paper records of the month's
// inspections go to the archive. The service (service/handover/handover_sheet.h) decides
// which tasks a sheet lists and who may sign; the store keeps the sheet, its lines frozen
// as made, and guards the one status move so that two receivers cannot both sign.
//
//   status: handed_over → received
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace suiji::store {

class Store;

struct HandoverSheetRow {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string month;               // YYYY-MM
  std::string basis;               // "records" (tasks with an on-site record) | "closed_tasks"
  std::string lines_json = "[]";   // [{"seq", "task", "unit", "unit_name", "inspectors"}]
  std::string status = "handed_over";
  std::string handed_by, handed_name, handed_at;        // 交接人 (login, name) and 交接时间
  std::string received_by, received_name, received_at;  // 接收人, "" until signed
};

class HandoverSheets {
 public:
  explicit HandoverSheets(Store& s) : s_(s) {}
  // Stores a new sheet (id and handed_at assigned, written back into `row`); kConflict
  // "handover_exists" when the agency already has a sheet for that month.
  void insert(HandoverSheetRow& row);
  std::optional<HandoverSheetRow> get(int64_t id);
  std::optional<HandoverSheetRow> find(int64_t agency_id, const std::string& month);
  // handed_over → received with row's received_* columns; kConflict "handover_signed" when
  // it is no longer handed_over (someone signed first), NotFound "handover_not_found".
  void receive(const HandoverSheetRow& row);

 private:
  Store& s_;
};

}  // namespace suiji::store
