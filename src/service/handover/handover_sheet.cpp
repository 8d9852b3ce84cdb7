#include "service/handover/handover_sheet.h"

#include <algorithm>
#include <charconv>
#include <map>

#include "domain/error.h"
#include "io/csv_writer.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "service/plans/plan_args.h"
#include "store/store.h"

namespace suiji::service {
namespace {

const std::vector<Role> kHanders = {Role::kInspector, Role::kTeamLead, Role::kOperator};
const std::vector<Role> kReaders = {Role::kInspector, Role::kTeamLead, Role::kOperator, Role::kApprover,
                                    Role::kSupervisor};

std::string month_arg(const std::string& m) {
  bool ok = m.size() == 7 && m[4] == '-' &&
            std::all_of(m.begin(), m.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
            ((m[5] == '0' && m[6] >= '1' && m[6] <= '9') || (m[5] == '1' && m[6] >= '0' && m[6] <= '2'));
  if (!ok)
    throw bad_input("month_invalid", "月份「" + m + "」须写作 2027-01", "the month \"" + m + "\" must look like 2027-01",
                    Json{{"field", "month"}});
  return m;
}

store::HandoverSheetRow sheet_arg(store::Store& db, const std::string& ref) {
  std::string_view t = ref;
  if (t.starts_with("#")) t.remove_prefix(1);
  int64_t id = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), id);
  std::optional<store::HandoverSheetRow> row;
  if (ec == std::errc() && end == t.data() + t.size()) row = db.handover_sheets().get(id);
  if (!row)
    throw Error(ErrorKind::kNotFound, "handover_not_found", "没有文书交接单「" + ref + "」", "no hand-over sheet \"" + ref + "\"",
                Json{{"field", "sheet"}});
  return *row;
}

// The day the record says the inspection took place: fields.inspected_at, else the day
// it was entered.
std::string inspected_on(const store::InspectionRecordRow& r) {
  Json f = Json::parse(r.fields_json.empty() ? "{}" : r.fields_json);
  if (f.contains("fields") && f["fields"].is_object()) f = f["fields"];
  if (f.contains("inspected_at") && f["inspected_at"].is_string() && f["inspected_at"].get<std::string>().size() >= 10)
    return f["inspected_at"].get<std::string>().substr(0, 10);
  return r.created_at.substr(0, 10);
}

std::string team_names(store::Store& db, const store::TaskRow& t) {
  std::string out;
  for (const auto& id : Json::parse(t.team_json)) {
    auto i = db.inspectors().get(id.get<int64_t>());
    out += (out.empty() ? "" : "、") + (i ? i->name : "#" + std::to_string(id.get<int64_t>()));
  }
  return out;
}

Json line_of(store::Store& db, const store::TaskRow& t, Json record, const std::string& day) {
  auto u = db.units().get(t.unit_id);
  return Json{{"task", t.id},
              {"unit", u ? u->draw_id_code : ""},
              {"unit_name", u ? u->name : ""},
              {"inspectors", team_names(db, t)},
              {"record", std::move(record)},
              {"inspected_at", day}};
}

// The month's lines and their basis ("records" or "closed_tasks"), in order, numbered.
std::pair<Json, std::string> month_lines(store::Store& db, int64_t agency_id, const std::string& month) {
  std::map<int64_t, store::TaskRow> tasks;
  for (auto& t : db.tasks().of_agency(agency_id)) tasks.emplace(t.id, t);
  struct Found {
    std::string day;
    int64_t task, record;
  };
  std::map<int64_t, Found> by_task;  // the task's first record of the month
  for (const auto& r : db.inspection_records().of_agency(agency_id)) {
    std::string day = inspected_on(r);
    if (day.substr(0, 7) != month || by_task.count(r.task_id)) continue;
    by_task[r.task_id] = {day, r.task_id, r.id};
  }
  std::vector<Found> found;
  for (const auto& [task, f] : by_task) found.push_back(f);
  std::string basis = "records";
  if (found.empty()) {
    basis = "closed_tasks";
    for (const auto& [id, t] : tasks)
      if (t.status == "closed" && t.due.substr(0, 7) == month) found.push_back({t.due, id, 0});
  }
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    return a.day != b.day ? a.day < b.day : a.task < b.task;
  });
  Json lines = Json::array();
  for (const auto& f : found) {
    Json line = line_of(db, tasks.at(f.task), f.record ? Json(f.record) : Json(nullptr), f.day);
    line["seq"] = lines.size() + 1;
    lines.push_back(std::move(line));
  }
  return {std::move(lines), basis};
}

Json sheet_json(store::Store& db, const store::HandoverSheetRow& s) {
  auto agency = db.agencies().get(s.agency_id);
  Json lines = Json::array();
  for (const auto& l : Json::parse(s.lines_json))
    lines.push_back({{"序号", l["seq"]},
                     {"污染源名称", l["unit_name"]},
                     {"执法人员名称", l["inspectors"]},
                     {"交接人签字", s.handed_name},
                     {"交接时间", s.handed_at},
                     {"接收人签字", s.received_name},
                     {"task", l["task"]},
                     {"unit", l["unit"]},
                     {"record", l["record"]},
                     {"inspected_at", l["inspected_at"]}});
  return Json{{"form", "随机抽查企业现场检查执法文书交接单"},
              {"sheet", s.id},
              {"agency", s.agency_id},
              {"agency_name", agency ? agency->name : ""},
              {"month", s.month},
              {"basis", s.basis},
              {"status", s.status},
              {"交接人", s.handed_name},
              {"交接时间", s.handed_at},
              {"接收人", s.received_name},
              {"接收时间", s.received_at},
              {"lines", std::move(lines)}};
}

}  // namespace

Json create_handover(store::Store& db, const HandoverCreate& req) {
  Agency agency = agency_arg(db, req.agency);
  User user = actor_for(db, req.actor, kHanders, agency, "交接检查文书");
  std::string month = month_arg(req.month);
  auto listed = month_lines(db, agency.id, month);
  const Json lines = std::move(listed.first);
  const std::string basis = listed.second;
  if (lines.empty())
    throw Error(ErrorKind::kConflict, "handover_empty", month + " 没有已录入检查记录或已办结的任务可交接",
                "no task of " + month + " has an on-site record or is closed: nothing to hand over", Json{{"field", "month"}});
  return write(db, [&](Audit& audit) {
    store::HandoverSheetRow row;
    row.agency_id = agency.id;
    row.month = month;
    row.basis = basis;
    row.lines_json = lines.dump();
    row.handed_by = user.login;
    row.handed_name = user.name;
    db.handover_sheets().insert(row);
    audit.record({user.login, "handover.create", "handover_sheet", std::to_string(row.id), nullptr,
                  {{"agency", agency.id}, {"month", month}, {"basis", basis}, {"lines", lines.size()}}});
    return sheet_json(db, row);
  });
}

Json sign_handover(store::Store& db, const HandoverSign& req) {
  store::HandoverSheetRow row = sheet_arg(db, req.sheet);
  Agency agency = agency_arg(db, "#" + std::to_string(row.agency_id));
  User user = actor_for(db, req.actor, Role::kOperator, agency, "签收检查文书");
  if (row.status != "handed_over")
    throw Error(ErrorKind::kConflict, "handover_signed", "文书交接单 " + std::to_string(row.id) + " 已由「" + row.received_name + "」签收",
                "hand-over sheet " + std::to_string(row.id) + " was already signed by " + row.received_by,
                Json{{"field", "sheet"}});
  if (user.login == row.handed_by)
    throw Error(ErrorKind::kForbidden, "same_signer", "交接人不能自己签收", "the person handing over cannot also receive",
                Json{{"field", "as"}});
  row.received_by = user.login;
  row.received_name = user.name;
  row.received_at = store::Store::now();
  return write(db, [&](Audit& audit) {
    db.handover_sheets().receive(row);
    row.status = "received";
    audit.record({user.login, "handover.sign", "handover_sheet", std::to_string(row.id), Json{{"status", "handed_over"}},
                  Json{{"status", "received"}, {"received_at", row.received_at}}});
    return sheet_json(db, row);
  });
}

Json show_handover(store::Store& db, const std::string& sheet, const std::string& actor) {
  store::HandoverSheetRow row = sheet_arg(db, sheet);
  actor_for(db, actor, kReaders, agency_arg(db, "#" + std::to_string(row.agency_id)), "查看文书交接单");
  return sheet_json(db, row);
}

std::string handover_csv(const Json& sheet) {
  static const std::vector<std::string> kColumns = {"序号", "污染源名称", "执法人员名称", "交接人签字", "交接时间", "接收人签字"};
  std::vector<std::vector<std::string>> rows = {kColumns};
  for (const auto& l : sheet["lines"]) {
    std::vector<std::string> row;
    for (const auto& c : kColumns) row.push_back(l[c].is_string() ? l[c].get<std::string>() : l[c].dump());
    rows.push_back(std::move(row));
  }
  return io::write_csv(rows);
}

}  // namespace suiji::service
