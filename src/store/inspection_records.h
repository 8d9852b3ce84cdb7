// On-site records (检查记录) and the rectifications (整改) they open. The service
// (service/records/) validates and decides who may act; the store keeps the rows and guards
// every status move (`WHERE id = :id AND status = :expected`) so that two reviewers cannot
// both take the same step.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace suiji::store {

class Store;

struct InspectionRecordRow {
  int64_t id = 0;
  int64_t task_id = 0;
  std::string fields_json = "{}";
  std::string measures_json = "[]";
  std::string result_category;
  std::string status = "draft";  // draft | submitted | returned | passed | published
  std::string author;
  std::string created_at;
  std::string submitted_at;
  std::string reviewed_by;
  std::string reviewed_at;
  std::string return_reason;
  std::string evidence_json = "[]";
  std::string history_json = "[]";  // [{"step", "login", "at", "note"}]
  std::string updated_at;
};

struct RectificationRow {
  int64_t id = 0;
  int64_t record_id = 0;
  int64_t unit_id = 0;
  std::string deadline;
  std::string status = "open";  // open | closed
  std::optional<int64_t> closed_by_record_id;
  std::string opened_at, closed_at;
};

class InspectionRecords {
 public:
  explicit InspectionRecords(Store& s) : s_(s) {}
  // Stores a new record (id, created_at and updated_at assigned, written back).
  void insert(InspectionRecordRow& row);
  std::optional<InspectionRecordRow> get(int64_t id);
  std::vector<InspectionRecordRow> of_task(int64_t task_id);
  // The records of every task the agency made, by id.
  std::vector<InspectionRecordRow> of_agency(int64_t agency_id);
  // Writes row's status, fields, review columns and history if the record is still in
  // `expected`; kConflict "record_changed" otherwise, NotFound "record_not_found".
  void advance(InspectionRecordRow& row, const std::string& expected);

  // Rectifications.
  int64_t open_rectification(RectificationRow& row);
  std::vector<RectificationRow> open_rectifications_of_unit(int64_t unit_id);
  std::vector<RectificationRow> rectifications_of_record(int64_t record_id);
  // open → closed by `record_id`; kConflict "rectification_changed" when no longer open.
  void close_rectification(int64_t id, int64_t record_id);

 private:
  Store& s_;
};

}  // namespace suiji::store
