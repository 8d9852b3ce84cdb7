// The monthly hand-over of paper records (文书交接单, 002:L27: 每月末将监察记录纸质版报系统
// 管理员存档; the form printed after 002:L110): 序号, 污染源名称, 执法人员名称, 交接人签字,
// 交接时间, 接收人签字.
//
//   suiji handover create --agency 370303 --month 2027-01 --as zhangsan   (交接人)
//   suiji handover sign   --sheet 3 --as xitong                           (接收人)
//
// Contracts:
// - create_handover: the month is YYYY-MM ("month_invalid"); the actor (交接人) is an
//   inspector, team lead or operator of the agency or above. The sheet lists, one line per
//   task and ordered by inspection date then task, the agency's tasks with an on-site
//   record (store/inspection_records.h) inspected that month (the record's inspected_at,
//   else the day it was entered) — basis "records"; when none has a record, the agency's
//   closed tasks due that month — basis "closed_tasks". 执法人员名称 is the task's team, lead
//   first, joined with "、". Nothing to list: kConflict "handover_empty". One sheet per
//   agency and month (kConflict "handover_exists"). One service::write ("handover.create");
//   交接人签字 and 交接时间 are the creator and the moment it was made.
// - sign_handover: the actor (接收人, the system's 系统管理人员) is an operator of the agency
//   or above and not the 交接人 (kForbidden "same_signer"); the sheet is not signed yet
//   (kConflict "handover_signed"). One service::write ("handover.sign").
// - show_handover: the sheet, for a user of the agency (any role of create or sign, an
//   approver or 纪检监察).
// - handover_csv: the six printed columns, one row per line, UTF-8 with BOM (io/csv_writer.h).
#pragma once
#include <string>

#include "domain/json.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct HandoverCreate {
  std::string agency, month, actor;
};

struct HandoverSign {
  std::string sheet, actor;
};

// Every call returns the sheet: {"form": "随机抽查企业现场检查执法文书交接单", "sheet", "agency",
//  "agency_name", "month", "basis", "status": "handed_over"|"received", "交接人", "交接时间",
//  "接收人", "接收时间", "lines": [{"序号", "污染源名称", "执法人员名称", "交接人签字", "交接时间",
//  "接收人签字", "task", "unit", "record", "inspected_at"}]}
Json create_handover(store::Store& db, const HandoverCreate& request);
Json sign_handover(store::Store& db, const HandoverSign& request);
Json show_handover(store::Store& db, const std::string& sheet, const std::string& actor);

std::string handover_csv(const Json& sheet);

}  // namespace suiji::service
