#include "service/records/record_import.h"

#include <algorithm>
#include <filesystem>

#include "auth/scope.h"
#include "domain/error.h"
#include "domain/inspection_record.h"
#include "draw/sha256.h"
#include "io/file_bytes.h"
#include "io/table_file.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "service/lists/unit_rows.h"
#include "service/plans/plan_args.h"
#include "service/records/record_entry.h"
#include "store/store.h"

namespace suiji::service {
namespace {

// One record of the file before it is entered.
struct Pending {
  int row = 0;  // spreadsheet row, or the JSON item's 1-based index
  int64_t unit_id = 0;
  std::string task;  // "" = the unit's one open task
  Json record;
};

// 附件4's columns and the names mobile systems export them under.
const std::vector<ExtraColumn> kColumns = {
    {"task", {"任务编号", "任务号"}},
    {"production_status", {"生产状态"}},
    {"facility_construction", {"治理设施建设", "污染治理设施建设情况", "治理设施建设情况"}},
    {"facility_operation", {"治理设施运行", "污染治理设施运行情况", "治理设施运行情况"}},
    {"outfall", {"排污口规范化整治情况", "排污口规范化整治"}},
    {"discharge_compliance", {"污染物排放达标情况", "排放达标情况"}},
    {"inspected_at", {"检查时间", "检查日期"}},
    {"problems", {"抽查发现的问题", "发现的问题", "存在问题"}},
    {"handling", {"处理处罚情况"}},
    {"remarks", {"备注"}},
    {"result", {"检查结果", "检查结果类别", "结果类别"}},
    {"measure", {"处理措施", "处罚措施"}},
    {"case_no", {"案件编号", "案号"}},
    {"amount", {"罚款金额", "罚款金额（元）"}},
    {"rectification_deadline", {"整改期限"}},
};

Json record_of_row(const std::map<std::string, std::string>& x) {
  Json fields = Json::object();
  for (const char* f : {"production_status", "facility_construction", "facility_operation", "outfall",
                        "discharge_compliance", "inspected_at", "problems", "handling", "remarks",
                        "rectification_deadline"})
    if (!x.at(f).empty()) fields[f] = x.at(f);
  Json measures = Json::array();
  if (!x.at("measure").empty()) {
    Json m = {{"kind", x.at("measure")}, {"case_no", x.at("case_no")}};
    if (!x.at("amount").empty()) {
      try {
        m["amount"] = std::stod(x.at("amount"));
      } catch (const std::exception&) {
        m["amount"] = x.at("amount");  // validate_record names it
      }
    }
    measures.push_back(m);
  }
  return Json{{"fields", fields}, {"measures", measures}, {"result", x.at("result")}};
}

// The column a record field problem points at, as 附件4 heads it.
std::string column_of(const std::string& field) {
  std::string f = field;
  if (f.starts_with("fields.")) f = f.substr(7);
  if (f.starts_with("measures")) return "处理措施";
  for (const auto& c : kColumns)
    if (c.field == f) return c.headers.front();
  return f;
}

std::vector<Pending> from_table(store::Store& db, const io::Table& table, const Agency& agency, ImportReport& rep) {
  UnitRowsOptions o;
  o.extra = kColumns;
  o.repeats_allowed = true;  // a unit inspected twice (two tasks)
  o.empty_message = "表头下没有数据行 / no data rows below the header";
  std::vector<Pending> out;
  for (auto& r : read_unit_rows(db, table, agency, o, rep)) out.push_back({r.row, r.unit_id, r.extra.at("task"), record_of_row(r.extra)});
  return out;
}

std::vector<Pending> from_json(store::Store& db, const Json& doc, const Agency& agency, ImportReport& rep) {
  const Json* items = doc.is_array() ? &doc : (doc.is_object() && doc.contains("records") ? &doc["records"] : nullptr);
  if (!items || !items->is_array()) {
    rep.errors.push_back({0, "", "JSON 须为记录数组或 {\"records\": [...]} / the JSON must be an array of records or {\"records\": [...]}"});
    return {};
  }
  auto lookup = db.agencies().lookup();
  std::vector<Pending> out;
  int n = 0;
  for (const Json& item : *items) {
    ++n;
    std::string code = item.is_object() ? item.value("unit", "") : "";
    std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return std::toupper(c); });
    auto unit = code.empty() ? std::nullopt : db.units().find_live(code);
    if (!unit) {
      rep.errors.push_back({n, "unit", "第 " + std::to_string(n) + " 条记录的污染源「" + code + "」不在污染源库中 / record " +
                                           std::to_string(n) + ": no unit \"" + code + "\" in the library"});
      continue;
    }
    if (!auth::unit_within(unit->region_code, unit->zone_agency_id, agency, lookup)) {
      rep.errors.push_back({n, "unit", "污染源「" + unit->name + "」不在「" + agency.name + "」的辖区内 / unit \"" +
                                           unit->name + "\" is outside " + agency.name + "'s jurisdiction"});
      continue;
    }
    std::string task = item.contains("task") ? (item["task"].is_number() ? std::to_string(item["task"].get<int64_t>())
                                                                          : item.value("task", ""))
                                             : "";
    out.push_back({n, unit->id, task, item});
  }
  rep.data_rows = n;
  return out;
}

// The task a row's record belongs to, or "" after reporting why there is none.
std::string task_of(store::Store& db, const Pending& p, const Agency& agency, ImportReport& rep) {
  if (!p.task.empty()) return p.task;
  auto lookup = db.agencies().lookup();
  std::vector<int64_t> ids;
  for (const auto& t : db.tasks().open_of_unit(p.unit_id))
    if (auth::agency_within(t.agency_id, agency, lookup)) ids.push_back(t.id);
  if (ids.size() == 1) return std::to_string(ids.front());
  if (ids.empty())
    rep.errors.push_back({p.row, "抽查编号", "该污染源没有待检查的任务 / the unit has no open task"});
  else
    rep.errors.push_back({p.row, "任务编号", "该污染源有 " + std::to_string(ids.size()) + " 项待检查任务，请填写任务编号 / the unit has " +
                                                std::to_string(ids.size()) + " open tasks: give the task number"});
  return "";
}

struct RollBack {};

}  // namespace

Json import_records(store::Store& db, const RecordImportRequest& in) {
  User user = acting_user(db, in.actor);
  Agency agency = agency_arg(db, "#" + std::to_string(user.agency_id));
  actor_for(db, in.actor, {Role::kOperator, Role::kInspector, Role::kTeamLead}, agency, "导入检查记录");
  std::string bytes = io::read_file_bytes(in.file);
  std::string name = std::filesystem::path(in.file).filename().string();

  ImportReport rep;
  rep.kind = "records";
  std::vector<Pending> pending;
  if (name.ends_with(".json") || name.ends_with(".JSON")) {
    Json doc;
    try {
      doc = Json::parse(bytes);
    } catch (const Json::parse_error& e) {
      throw bad_input("record_not_json", "文件「" + name + "」不是有效的 JSON：" + e.what(),
                      "the file \"" + name + "\" is not valid JSON: " + e.what(), Json{{"field", "file"}});
    }
    pending = from_json(db, doc, agency, rep);
  } else {
    io::Table table = io::read_table(bytes);
    rep.source_encoding = table.source_encoding;
    pending = from_table(db, table, agency, rep);
  }

  // Every row's own problems first (fields, task), then the entries in one transaction.
  std::vector<std::string> tasks;
  for (const auto& p : pending) {
    for (const auto& e : validate_record(p.record))
      rep.errors.push_back({p.row, column_of(e.field), e.zh + " / " + e.en});
    tasks.push_back(task_of(db, p, agency, rep));
  }
  Json done = Json::array();
  if (rep.ok()) {
    try {
      write(db, [&](Audit& audit) {
        for (size_t i = 0; i < pending.size(); ++i) {
          try {
            Json r = enter_record(db, {tasks[i], in.actor, pending[i].record, {}, true, in.today});
            done.push_back({{"row", pending[i].row}, {"record", r["record"]}, {"task", r["task"]}, {"unit", r["unit"]}});
          } catch (const Error& e) {
            rep.errors.push_back({pending[i].row, e.code().starts_with("task") ? "任务编号" : "", e.what()});
          }
        }
        if (!rep.ok()) throw RollBack{};
        audit.record({user.login, "record.import", "agency", std::to_string(agency.id), nullptr,
                      {{"file", name}, {"sha256", draw::sha256_hex(bytes)}, {"records", done.size()}}});
      });
    } catch (const RollBack&) {
      done = Json::array();
    }
  }
  rep.sort_errors();
  Json report = {{"ok", rep.ok()}, {"committed", rep.ok()}, {"data_rows", std::max<int>(rep.data_rows, pending.size())},
                 {"records", done}, {"error_count", rep.errors.size()}, {"errors", Json::array()}};
  for (const auto& e : rep.errors) report["errors"].push_back({{"row", e.row}, {"column", e.column}, {"message", e.message}});
  if (!rep.ok())
    throw bad_input("record_import_failed",
                    "检查记录导入失败，未写入任何数据：" + std::to_string(rep.errors.size()) + " 处错误",
                    "the record import failed, nothing written: " + std::to_string(rep.errors.size()) + " error(s)",
                    report);
  return report;
}

}  // namespace suiji::service
