#include "service/tasks/dispatch_order.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <vector>

#include "domain/error.h"
#include "domain/region_table.h"
#include "draw/sha256.h"
#include "io/file_bytes.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "service/draws/draw_context.h"
#include "service/library/export_files.h"
#include "store/store.h"

namespace suiji::service {
namespace {

// Seed 002:L39–L44, the columns of the 双随机抽查任务派遣单 as printed.
const std::vector<std::string> kColumns = {"序号", "污染源名称", "污染源地址", "地市", "县（市、区）", "执法人员名称"};

void check_draw(const store::DrawRow& d) {
  if (d.status == "voided")
    throw Error(ErrorKind::kConflict, "draw_voided", "抽取「" + d.draw_code + "」已作废，没有任务派遣单",
                "draw " + d.draw_code + " is voided: it has no dispatch order", Json{{"field", "draw"}});
  if (d.status != "revealed" && d.status != "published")
    throw Error(ErrorKind::kConflict, "draw_not_revealed",
                "抽取「" + d.draw_code + "」尚未揭示（当前状态 " + d.status + "），没有任务可派遣",
                "draw " + d.draw_code + " is not revealed (status " + d.status + "): nothing to dispatch",
                Json{{"field", "draw"}});
}

std::string title(const policy::Period& p) {
  return p.is_year() ? std::to_string(p.year) + "年度双随机抽查任务派遣单"
                     : std::to_string(p.year) + "年第" + std::to_string(p.quarter) + "季度双随机抽查任务派遣单";
}

// 地市 and 县（市、区） of a 行政区划代码.
std::pair<std::string, std::string> city_county(const std::string& code) {
  const RegionTable& t = RegionTable::builtin();
  const Region* r = t.find(code);
  if (!r) return {"", ""};
  auto city_name = [&](const Region* c) -> std::string {
    if (c->name != "市辖区" && c->name != "县") return c->name;
    const Region* prov = t.find(c->parent_code);
    return prov ? prov->name : "";
  };
  if (r->level == "县") {
    const Region* c = t.find(r->parent_code);
    return {c ? city_name(c) : "", r->name};
  }
  if (r->level == "市") return {city_name(r), ""};
  return {r->name, ""};
}

bool dispatched(const std::string& status) { return status == "open" || status == "closed"; }

struct Slice {
  std::string org_unit;
  Json rows = Json::array();
};

std::vector<Slice> slices_of(store::Store& db, int64_t draw_id) {
  std::unordered_map<int64_t, Inspector> staff;
  auto inspector = [&](int64_t id) -> const Inspector* {
    auto it = staff.find(id);
    if (it == staff.end()) {
      auto got = db.inspectors().get(id);
      if (!got) return nullptr;
      it = staff.emplace(id, std::move(*got)).first;
    }
    return &it->second;
  };
  std::unordered_map<int64_t, std::string> org_names;
  auto org_name = [&](std::optional<int64_t> id) -> std::string {
    if (!id) return "";
    auto it = org_names.find(*id);
    if (it == org_names.end()) {
      auto o = db.org_units().get(*id);
      it = org_names.emplace(*id, o ? o->name : "").first;
    }
    return it->second;
  };

  std::map<std::string, Slice> by_name;  // "" sorts first here; moved last below
  for (const auto& t : db.tasks().of_draw(draw_id)) {
    if (!dispatched(t.status)) continue;
    auto unit = db.units().get(t.unit_id);
    std::string names;
    for (const auto& id : Json::parse(t.team_json)) {
      const Inspector* i = inspector(id.get<int64_t>());
      names += (names.empty() ? "" : ",") + (i ? i->name : std::string("#") + std::to_string(id.get<int64_t>()));
    }
    std::optional<int64_t> lead = t.lead_inspector_id;
    const Inspector* li = lead ? inspector(*lead) : nullptr;
    std::string slice = li ? org_name(li->org_unit_id) : "";
    auto [city, county] = city_county(unit ? unit->region_code : "");
    Slice& s = by_name[slice];
    s.org_unit = slice;
    s.rows.push_back({{"no", s.rows.size() + 1},
                      {"task", t.id},
                      {"unit", unit ? unit->draw_id_code : ""},
                      {"unit_name", unit ? unit->name : ""},
                      {"unit_address", unit ? unit->address : ""},
                      {"city", city},
                      {"county", county},
                      {"inspectors", names}});
  }
  std::vector<Slice> out;
  for (auto& [name, s] : by_name)
    if (!name.empty()) out.push_back(std::move(s));
  if (by_name.count("")) out.push_back(std::move(by_name[""]));
  return out;
}

store::DispatchOrderRow order_of(store::Store& db, const store::DrawRow& d) {
  auto o = db.dispatch_orders().of_draw(d.id);
  if (!o)
    throw Error(ErrorKind::kConflict, "dispatch_not_requested", "抽取「" + d.draw_code + "」的任务派遣单尚未提请审批",
                "the dispatch order of draw " + d.draw_code + " has not been requested", Json{{"field", "draw"}});
  return *o;
}

int64_t dispatched_count(store::Store& db, int64_t draw_id) {
  int64_t n = 0;
  for (const auto& t : db.tasks().of_draw(draw_id)) n += dispatched(t.status);
  return n;
}

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

Json request_dispatch(store::Store& db, const DispatchStep& step) {
  DrawContext c = draw_context(db, step.draw);
  User user = actor_for(db, step.actor, Role::kOperator, c.agency, "提请审批任务派遣单");
  check_draw(c.row);
  int64_t tasks = dispatched_count(db, c.row.id);
  return write(db, [&](Audit& audit) {
    store::DispatchOrderRow row;
    row.draw_id = c.row.id;
    row.agency_id = c.agency.id;
    row.requested_by = user.login;
    db.dispatch_orders().insert(row);
    audit.record({user.login, "dispatch.request", "dispatch_order", std::to_string(row.id), nullptr,
                  {{"draw_code", c.row.draw_code}, {"status", row.status}, {"tasks", tasks}}});
    return Json{{"draw_code", c.row.draw_code},
                {"status", row.status},
                {"requested_by", row.requested_by},
                {"requested_at", row.requested_at},
                {"tasks", tasks}};
  });
}

Json approve_dispatch(store::Store& db, const DispatchStep& step) {
  DrawContext c = draw_context(db, step.draw);
  User user = actor_for(db, step.actor, Role::kApprover, c.agency, "签发任务派遣单");
  check_draw(c.row);
  store::DispatchOrderRow row = order_of(db, c.row);
  if (row.status == "approved")
    throw Error(ErrorKind::kConflict, "dispatch_already_approved",
                "抽取「" + c.row.draw_code + "」的任务派遣单已由 " + row.approved_by + " 于 " + row.approved_at + " 批准",
                "the dispatch order of draw " + c.row.draw_code + " was approved by " + row.approved_by + " on " +
                    row.approved_at,
                Json{{"field", "draw"}});
  if (row.requested_by == user.login)
    throw Error(ErrorKind::kForbidden, "same_signer", "提请人不能批准自己提请的任务派遣单",
                "the requester cannot approve the dispatch order they asked for", Json{{"field", "as"}});
  int64_t tasks = dispatched_count(db, c.row.id);
  return write(db, [&](Audit& audit) {
    store::DispatchOrderRow done =
        db.dispatch_orders().approve(row.id, user.login, store::Store::now(), draw::sha256_hex(c.row.record_json));
    audit.record({user.login, "dispatch.approve", "dispatch_order", std::to_string(row.id), {{"status", row.status}},
                  {{"draw_code", c.row.draw_code}, {"status", done.status}, {"record_sha256", done.record_sha256},
                   {"tasks", tasks}}});
    return Json{{"draw_code", c.row.draw_code},   {"status", done.status},
                {"requested_by", done.requested_by}, {"approved_by", done.approved_by},
                {"approved_at", done.approved_at},   {"tasks", tasks}};
  });
}

DispatchOutput show_dispatch(store::Store& db, const DispatchShow& req) {
  DrawContext c = draw_context(db, req.draw);
  actor_for(db, req.actor, {Role::kOperator, Role::kTeamLead, Role::kApprover, Role::kInspector, Role::kSupervisor},
            c.agency, "查看任务派遣单");
  std::string format = req.format;
  if (format.empty()) format = ends_with(req.out, ".csv") || ends_with(req.out, ".xlsx") ? "" : "json";
  if (format != "json") format = table_format(format, req.out);
  check_draw(c.row);
  auto order = db.dispatch_orders().of_draw(c.row.id);
  if (!order || order->status != "approved")
    throw Error(ErrorKind::kConflict, "dispatch_not_approved",
                "抽取「" + c.row.draw_code + "」的任务派遣单尚未经分管局长批准，不能派发",
                "the dispatch order of draw " + c.row.draw_code + " is not approved yet: it cannot be issued",
                Json{{"field", "draw"}, {"status", order ? Json(order->status) : Json(nullptr)}});

  std::vector<Slice> slices = slices_of(db, c.row.id);
  if (!req.org_unit.empty()) {
    auto it = std::find_if(slices.begin(), slices.end(), [&](const Slice& s) { return s.org_unit == req.org_unit; });
    if (it == slices.end()) {
      Json names = Json::array();
      for (const auto& s : slices) names.push_back(s.org_unit);
      throw Error(ErrorKind::kNotFound, "org_unit_not_found",
                  "任务派遣单中没有内部单位「" + req.org_unit + "」的任务",
                  "the dispatch order has no tasks for the internal unit \"" + req.org_unit + "\"",
                  Json{{"field", "org_unit"}, {"org_units", names}});
    }
    Slice one = std::move(*it);
    slices = {std::move(one)};
  }

  DispatchOutput out;
  out.format = format;
  Json jslices = Json::array();
  std::vector<std::vector<std::string>> table;
  for (const auto& s : slices) {
    jslices.push_back({{"org_unit", s.org_unit}, {"org_unit_label", s.org_unit.empty() ? "未分配内部单位" : s.org_unit},
                       {"rows", s.rows}});
    for (const auto& r : s.rows)
      table.push_back({std::to_string(table.size() + 1), r["unit_name"].get<std::string>(),
                       r["unit_address"].get<std::string>(), r["city"].get<std::string>(),
                       r["county"].get<std::string>(), r["inspectors"].get<std::string>()});
  }
  out.rows = table.size();
  out.order = {{"draw_code", c.row.draw_code},
               {"period", c.period.text()},
               {"agency", c.agency.name},
               {"title", title(c.period)},
               {"columns", kColumns},
               {"status", order->status},
               {"requested_by", order->requested_by},
               {"approved_by", order->approved_by},
               {"approved_at", order->approved_at},
               {"record_changed", draw::sha256_hex(c.row.record_json) != order->record_sha256},
               {"org_unit", req.org_unit.empty() ? Json(nullptr) : Json(req.org_unit)},
               {"slices", std::move(jslices)}};

  if (format == "json") {
    std::string text = out.order.dump(2) + "\n";
    if (req.out.empty()) out.text = std::move(text);
    else io::write_file_atomically(req.out, text);
    return out;
  }
  ExportTable t;
  t.sheet_name = "任务派遣单";
  t.header = kColumns;
  t.rows = std::move(table);
  out.text = write_table_file(format, req.out, std::move(t)).csv;
  return out;
}

}  // namespace suiji::service
