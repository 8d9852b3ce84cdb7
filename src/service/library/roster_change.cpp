#include "service/library/roster_change.h"

#include <algorithm>
#include <set>

#include "domain/error.h"
#include "domain/unit_rules.h"
#include "io/file_bytes.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "service/plans/plan_args.h"
#include "store/store.h"

namespace suiji::service {
namespace {

const LibraryChangeFlow kRosterFlow{{"roster_add", "roster_remove"}, true, "roster.change", "审批执法人员库人员变动"};
const std::vector<Role> kReaders = {Role::kOperator, Role::kTeamLead, Role::kApprover, Role::kSupervisor};

std::string roster_kind(const std::string& kind) {
  if (kind == "录入" || kind == "roster_add") return "roster_add";
  if (kind == "剔除" || kind == "roster_remove") return "roster_remove";
  throw bad_input("roster_kind_invalid", "变动类型须为「录入」或「剔除」", "the kind must be 录入 (add) or 剔除 (remove)",
                  Json{{"field", "kind"}});
}

const char* kind_label(const std::string& kind) { return kind == "roster_add" ? "录入" : "剔除"; }

[[noreturn]] void json_invalid(const std::string& field, const std::string& zh, const std::string& en) {
  throw bad_input("inspector_json_invalid", "执法人员信息「" + field + "」" + zh, "inspector field \"" + field + "\" " + en,
                  Json{{"field", field}});
}

std::string text_of(const Json& j, const std::string& field) {
  if (!j.contains(field)) return "";
  if (!j[field].is_string()) json_invalid(field, "须为文字", "must be a string");
  return j[field].get<std::string>();
}

bool flag_of(const Json& j, const std::string& field, bool fallback) {
  if (!j.contains(field)) return fallback;
  if (!j[field].is_boolean()) json_invalid(field, "须为 true 或 false", "must be true or false");
  return j[field].get<bool>();
}

// The inspector the 录入 form names, owned by `agency` (not yet validated).
Inspector person_from_json(store::Store& db, const Json& j, const Agency& agency) {
  if (!j.is_object()) json_invalid("", "须为 JSON 对象", "must be a JSON object");
  static const std::set<std::string> kKeys = {"code", "name", "org_unit", "on_staff", "on_post", "senior", "tags", "certificates"};
  for (const auto& item : j.items())
    if (!kKeys.count(item.key())) json_invalid(item.key(), "不是执法人员的字段", "is not a field of an inspector");
  Inspector i;
  i.agency_id = agency.id;
  i.code = text_of(j, "code");
  i.name = text_of(j, "name");
  i.on_staff = flag_of(j, "on_staff", true);
  i.on_post = flag_of(j, "on_post", true);
  i.senior = flag_of(j, "senior", false);
  if (std::string org = text_of(j, "org_unit"); !org.empty()) {
    auto o = db.org_units().find(agency.id, org);
    if (!o)
      throw bad_input("org_unit_unknown", "「" + agency.name + "」没有内设机构「" + org + "」",
                      agency.name + " has no internal unit \"" + org + "\"", Json{{"field", "org_unit"}});
    i.org_unit_id = o->id;
  }
  if (j.contains("tags")) {
    if (!j["tags"].is_array()) json_invalid("tags", "须为文字列表", "must be a list of strings");
    for (const auto& t : j["tags"]) {
      if (!t.is_string()) json_invalid("tags", "须为文字列表", "must be a list of strings");
      i.tags.push_back(t.get<std::string>());
    }
  }
  if (j.contains("certificates")) {
    if (!j["certificates"].is_array()) json_invalid("certificates", "须为列表", "must be a list");
    for (const auto& c : j["certificates"]) {
      if (!c.is_object()) json_invalid("certificates", "的每一项须为对象", "must hold objects");
      auto kind = from_label<CertificateKind>(text_of(c, "kind"));
      if (!kind)
        json_invalid("certificates.kind", "须为" + all_labels<CertificateKind>(), "must be " + all_labels<CertificateKind>());
      i.certificates.push_back({*kind, text_of(c, "number"), text_of(c, "expires_on")});
    }
  }
  return i;
}

// The inspector as the form and the payload keep it (internal unit by name).
Json person_json(store::Store& db, const Inspector& i) {
  Json certs = Json::array();
  for (const auto& c : i.certificates)
    certs.push_back({{"kind", std::string(label(c.kind))}, {"number", c.number}, {"expires_on", c.expires_on}});
  Json out = {{"code", i.code},         {"name", i.name},     {"on_staff", i.on_staff}, {"on_post", i.on_post},
              {"senior", i.senior},     {"tags", i.tags},     {"certificates", certs}};
  if (i.org_unit_id)
    if (auto o = db.org_units().get(*i.org_unit_id)) out["org_unit"] = o->name;
  return out;
}

Inspector checked_new_person(store::Store& db, const Json& j, const Agency& agency) {
  Inspector i = person_from_json(db, j, agency);
  auto errors = validate_inspector(i);
  if (!errors.empty()) {
    Json details = Json::array();
    for (const auto& e : errors) details.push_back({{"field", e.field}, {"message", e.message}});
    throw bad_input("inspector_invalid", "执法人员信息有误：" + join_errors(errors),
                    "the inspector's fields are not valid: " + join_errors(errors), details);
  }
  if (auto live = db.inspectors().find_live(i.code))
    throw Error(ErrorKind::kConflict, "inspector_exists", "执法人员编号「" + i.code + "」已在执法人员库中（" + live->name + "）",
                "inspector code " + i.code + " is already in the library (" + live->name + ")",
                Json{{"field", "code"}, {"inspector", live->id}});
  return i;
}

Inspector live_member(store::Store& db, const Agency& agency, const std::string& code) {
  auto i = db.inspectors().find(agency.id, code);
  if (!i)
    throw Error(ErrorKind::kNotFound, "inspector_not_found", "「" + agency.name + "」的执法人员库中没有编号「" + code + "」",
                agency.name + "'s inspector library has no inspector " + code, Json{{"field", "inspector"}});
  return *i;
}

// The open tasks of the agency whose team names inspector `id`.
Json open_tasks_naming(store::Store& db, int64_t agency_id, int64_t id) {
  Json out = Json::array();
  for (const auto& t : db.tasks().of_agency(agency_id)) {
    if (t.status != "open") continue;
    Json team = Json::parse(t.team_json);
    if (std::find(team.begin(), team.end(), Json(id)) != team.end()) out.push_back(t.id);
  }
  return out;
}

Json apply_roster_change(store::Store& db, const store::ChangeRequestRow& row, const Agency& agency, const User& signer) {
  Json payload = Json::parse(row.payload_json);
  if (row.kind == "roster_add") {
    Inspector i = checked_new_person(db, payload["person"], agency);
    int64_t id = db.inspectors().upsert(i, signer.login).id;
    return Json{{"inserted", {{"id", id}, {"code", i.code}, {"name", i.name}}}};
  }
  auto i = db.inspectors().get(payload["inspector_id"].get<int64_t>());
  if (!i || !i->deleted_at.empty())
    throw Error(ErrorKind::kConflict, "inspector_removed", "执法人员「" + payload.value("name", "") + "」已不在执法人员库中",
                "inspector " + payload.value("inspector", "") + " is no longer in the library", Json{{"field", "request"}});
  db.inspectors().soft_delete(i->id, signer.login);
  return Json{{"removed", {{"id", i->id}, {"code", i->code}, {"name", i->name}}},
              {"open_tasks", open_tasks_naming(db, agency.id, i->id)}};
}

Json signature(const Json& approvals, const std::string& step) {
  for (const auto& a : approvals)
    if (a.value("step", "") == step)
      return Json{{"name", a["name"]}, {"login", a["login"]}, {"at", a["at"]}, {"decision", a["decision"]}, {"note", a["note"]}};
  return nullptr;
}

}  // namespace

Json person_file(const std::string& path) {
  std::string bytes = io::read_input_bytes(path);
  try {
    return Json::parse(bytes);
  } catch (const std::exception&) {
    throw bad_input("inspector_json_invalid", "文件「" + path + "」不是有效的 JSON", "the file \"" + path + "\" is not valid JSON",
                    Json{{"field", "file"}});
  }
}

Json request_roster_change(store::Store& db, const RosterChangeInput& in) {
  Agency agency = agency_arg(db, in.agency);
  User user = actor_for(db, in.actor, {Role::kOperator, Role::kTeamLead}, agency, "申请执法人员库人员变动");
  const std::string kind = roster_kind(in.kind);
  check_reason_given(in.reason);
  Json payload;
  if (kind == "roster_add") {
    Inspector i = checked_new_person(db, in.person, agency);
    payload = {{"inspector", i.code}, {"name", i.name}, {"person", person_json(db, i)}};
  } else {
    Inspector i = live_member(db, agency, in.inspector);
    payload = {{"inspector", i.code}, {"name", i.name}, {"inspector_id", i.id}};
  }
  check_none_pending(db.change_requests().of_agency(agency.id, kRosterFlow.kinds), "inspector",
                     payload["inspector"].get<std::string>(), "inspector");
  return write(db, [&](Audit& audit) {
    store::ChangeRequestRow row;
    row.agency_id = agency.id;
    row.kind = kind;
    row.payload_json = payload.dump();
    row.reason = in.reason;
    row.created_by = user.login;
    db.change_requests().insert(row);
    audit.record({user.login, "roster.change.request", "change_request", std::to_string(row.id), nullptr,
                  {{"agency", agency.id}, {"kind", kind}, {"payload", payload}, {"reason", in.reason}}});
    Json who = payload.contains("person") ? payload["person"] : Json{{"code", payload["inspector"]}, {"name", payload["name"]}};
    return Json{{"request", row.id}, {"status", row.status}, {"kind", kind}, {"agency", agency.id},
                {"inspector", who},  {"reason", row.reason}};
  });
}

Json decide_roster_change(store::Store& db, const LibraryDecision& decision) {
  return decide_library_change(db, decision, kRosterFlow,
                               [&](const store::ChangeRequestRow& row, const Agency& agency, const User& signer) {
                                 return apply_roster_change(db, row, agency, signer);
                               });
}

Json list_roster_changes(store::Store& db, const std::string& agency_ref, const std::string& actor) {
  Agency agency = agency_arg(db, agency_ref);
  actor_for(db, actor, kReaders, agency, "查看执法人员库人员变动");
  Json requests = Json::array();
  for (const auto& r : db.change_requests().of_agency(agency.id, kRosterFlow.kinds)) requests.push_back(change_request_json(r));
  return Json{{"agency", agency.id}, {"requests", std::move(requests)}};
}

Json roster_form(store::Store& db, const std::string& request, const std::string& actor) {
  store::ChangeRequestRow row = library_request(db, request, kRosterFlow.kinds);
  Agency agency = agency_arg(db, "#" + std::to_string(row.agency_id));
  actor_for(db, actor, kReaders, agency, "查看执法人员库人员变动审批表");
  Json payload = Json::parse(row.payload_json), approvals = Json::parse(row.approvals_json);
  std::string requester = row.created_by;
  if (auto u = db.users().find_by_login(row.created_by)) requester = u->name;
  return Json{{"form", "随机抽查执法人员库人员变动审批表"},
              {"request", row.id},
              {"status", row.status},
              {"agency", agency.name},
              {"执法人员姓名", payload.value("name", "")},
              {"执法人员编号", payload.value("inspector", "")},
              {"录入/剔除", kind_label(row.kind)},
              {"变动原因", row.reason},
              {"申请人", requester},
              {"申请时间", row.created_at},
              {"科室负责人签字", signature(approvals, "team_lead")},
              {"分管领导签字", signature(approvals, "approver")}};
}

}  // namespace suiji::service
