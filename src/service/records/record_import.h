// `suiji record import FILE --as LOGIN` (issue 13 §4): records exported by a mobile
// enforcement system, entered as if each row were typed in with `record enter` — all or
// nothing, every row's problems reported like the library imports'.
//
// Formats (docs/records.md):
// - CSV or .xlsx with 附件4's column headers (序号, 企业固定编码 and 企业名称 are read for
//   people only): 抽查编号 or 统一社会信用代码 (the unit, lists/unit_rows.h: never by the
//   display-only 企业固定编码), 生产状态, 治理设施建设 (污染治理设施建设情况), 治理设施运行
//   (污染治理设施运行情况) 未建/正常/异常, 排污口规范化整治情况, 污染物排放达标情况, 检查时间,
//   抽查发现的问题, 处理处罚情况, 备注, 检查结果 (result category); optional 任务编号, 处理措施
//   (one measure's kind), 案件编号, 罚款金额, 整改期限.
// - JSON: {"records": [{"unit": draw id or credit code, "task": optional number, "fields",
//   "measures", "result"}]} (or the array alone), each as `record enter` takes it.
// Contracts:
// - The actor is an operator (or inspector, team lead) whose jurisdiction holds each row's
//   unit and task. A row names its task by 任务编号, else the unit's one open task of an
//   agency within the actor's (none: "没有待检查的任务"; several: name the 任务编号).
// - Any row error writes nothing; the report lists them all (row, column, "中文 / English").
//   Otherwise one transaction: each record submitted (enter_record), then one audit entry
//   "record.import" (file name, SHA-256, records).
#pragma once
#include <string>

#include "domain/json.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct RecordImportRequest {
  std::string file, actor, today;
};

// {"ok", "committed", "data_rows", "records": [{"row", "record", "task", "unit"}], "errors":
//  [{"row", "column", "message"}], "error_count"}. kBadInput "record_import_failed" (with
//  that report as details) when any row is wrong.
Json import_records(store::Store& db, const RecordImportRequest& request);

}  // namespace suiji::service
