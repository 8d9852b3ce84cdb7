// The 双随机任务派遣单 (issue 13 §2, seed 002:L16 and its form L36–L44): requested by the
// operator, issued only once the 分管局长 (approver, not the requester) approves it, then
// shown whole or per 大队 as JSON, CSV or XLSX with the seed's six columns; 地市 and
// 县（市、区） come from the GB/T 2260 table. Both engines.
#include <fstream>
#include <set>
#include <sstream>

#include "dispatch_fixture.h"
#include "service/audit/audit_trail.h"
#include "service/draws/draw_void.h"
#include "service/tasks/dispatch_order.h"

namespace suiji::testing {
namespace {

class DispatchOrder : public DispatchTest {
 protected:
  Json ask(const std::string& code, const std::string& as = "operator") { return service::request_dispatch(*db, {code, as}); }
  Json approve(const std::string& code, const std::string& as = "leader") {
    return service::approve_dispatch(*db, {code, as});
  }
  service::DispatchOutput show(const std::string& code, const std::string& org_unit = "", const std::string& format = "json",
                               const std::string& out = "", const std::string& as = "zhifa") {
    return service::show_dispatch(*db, {code, as, org_unit, format, out});
  }
  static std::string slurp(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream s;
    s << f.rdbuf();
    return s.str();
  }
};

TEST_P(DispatchOrder, IssuedOnlyAfterAnotherPersonApprovesIt) {
  std::string code = revealed();
  EXPECT_EQ(refused([&] { show(code); }).code(), "dispatch_not_approved");
  EXPECT_EQ(refused([&] { approve(code); }).code(), "dispatch_not_requested");
  EXPECT_EQ(refused([&] { ask(code, "leader"); }).code(), "role_missing");
  EXPECT_EQ(refused([&] { ask(code, "kc_operator"); }).code(), "outside_jurisdiction");

  Json req = ask(code, "opboss");
  EXPECT_EQ(req["status"], "requested");
  EXPECT_EQ(req["tasks"], tasks(code).size());
  EXPECT_EQ(refused([&] { ask(code); }).code(), "dispatch_already_requested");
  EXPECT_EQ(refused([&] { show(code); }).code(), "dispatch_not_approved");
  EXPECT_EQ(refused([&] { approve(code, "operator"); }).code(), "role_missing");
  EXPECT_EQ(refused([&] { approve(code, "opboss"); }).code(), "same_signer");

  Json ok = approve(code);
  EXPECT_EQ(ok["status"], "approved");
  EXPECT_EQ(ok["approved_by"], "leader");
  EXPECT_EQ(refused([&] { approve(code); }).code(), "dispatch_already_approved");

  std::vector<std::string> actions;
  db->audit_log().for_each([&](const AuditEntry& e) { actions.push_back(e.action); });
  for (const char* step : {"dispatch.request", "dispatch.approve"})
    EXPECT_NE(std::find(actions.begin(), actions.end(), step), actions.end()) << step;
  EXPECT_TRUE(service::verify_audit(*db).ok);
}

TEST_P(DispatchOrder, OneRowPerTaskInTheSliceOfItsLeadsUnit) {
  std::string code = revealed();
  ask(code);
  approve(code);
  Json o = show(code).order;
  EXPECT_EQ(o["title"], "2027年第1季度双随机抽查任务派遣单");
  EXPECT_EQ(o["columns"], Json({"序号", "污染源名称", "污染源地址", "地市", "县（市、区）", "执法人员名称"}));
  EXPECT_EQ(o["record_changed"], false);

  auto all = tasks(code);
  std::set<int64_t> seen;
  std::set<std::string> slice_names;
  for (const auto& s : o["slices"]) {
    slice_names.insert(s["org_unit"]);
    int no = 0;
    for (const auto& r : s["rows"]) {
      EXPECT_EQ(r["no"], ++no);  // 序号 counts in each slice
      int64_t id = r["task"];
      EXPECT_TRUE(seen.insert(id).second) << "task " << id << " twice";
      const store::TaskRow& t = *std::find_if(all.begin(), all.end(), [&](const auto& x) { return x.id == id; });
      EXPECT_EQ(s["org_unit"], org_unit_of(*t.lead_inspector_id));
      auto unit = db->units().get(t.unit_id);
      EXPECT_EQ(r["unit_name"], unit->name);
      EXPECT_EQ(r["unit_address"], unit->address);
      EXPECT_EQ(r["city"], "衢州市");
      EXPECT_EQ(r["county"], "柯城区");
      std::string names;
      for (const auto& m : Json::parse(t.team_json)) names += (names.empty() ? "" : ",") + inspector(m).name;
      EXPECT_EQ(r["inspectors"], names);
      EXPECT_EQ(names.substr(0, inspector(*t.lead_inspector_id).name.size()), inspector(*t.lead_inspector_id).name);
    }
  }
  EXPECT_EQ(seen.size(), all.size());
  for (const auto& n : slice_names) EXPECT_TRUE(n == "环境监察一大队" || n == "环境监察二大队") << n;

  // One slice only (which 大队 leads depends on the draw's random seed).
  std::string last = o["slices"].back()["org_unit"];
  Json one = show(code, last).order;
  ASSERT_EQ(one["slices"].size(), 1u);
  EXPECT_EQ(one["slices"][0], o["slices"].back());
  Error e = refused([&] { show(code, "危管应急中心"); });
  EXPECT_EQ(e.code(), "org_unit_not_found");
  EXPECT_EQ(e.details()["org_units"].size(), o["slices"].size());
  EXPECT_EQ(refused([&] { show(code, "", "json", "", "kc_operator"); }).code(), "outside_jurisdiction");
}

TEST_P(DispatchOrder, WrittenAsCsvOrXlsxWithTheSeedsColumns) {
  std::string code = revealed();
  ask(code);
  approve(code);
  Json o = show(code).order;
  size_t first = o["slices"][0]["rows"].size();

  auto csv = show(code, o["slices"][0]["org_unit"], "csv");
  EXPECT_EQ(csv.rows, first);
  EXPECT_NE(csv.text.find("序号,污染源名称,污染源地址,地市,县（市、区）,执法人员名称"), std::string::npos) << csv.text;
  EXPECT_NE(csv.text.find(o["slices"][0]["rows"][0]["unit_name"].get<std::string>()), std::string::npos);
  EXPECT_NE(csv.text.find(",衢州市,柯城区,"), std::string::npos);

  std::string whole = dir.file("order.csv");
  auto all = show(code, "", "", whole);  // the format from the extension
  EXPECT_EQ(all.format, "csv");
  EXPECT_EQ(all.rows, tasks(code).size());
  std::string text = slurp(whole);
  EXPECT_NE(text.find("\n" + std::to_string(all.rows) + ","), std::string::npos);  // 序号 1 … n over the slices

  std::string xlsx = dir.file("order.xlsx");
  EXPECT_EQ(refused([&] { show(code, "", "xlsx"); }).code(), "xlsx_needs_out");
  EXPECT_EQ(show(code, "", "xlsx", xlsx).rows, tasks(code).size());
  EXPECT_EQ(slurp(xlsx).substr(0, 2), "PK");
  EXPECT_EQ(refused([&] { show(code, "", "pdf"); }).code(), "bad_export_format");

  std::string json = dir.file("order.json");
  show(code, "", "json", json);
  EXPECT_EQ(Json::parse(slurp(json)), o);
}

TEST_P(DispatchOrder, NoOrderBeforeRevealOrForAVoidedDraw) {
  Json p = prepare();
  std::string code = p["draw_code"];
  EXPECT_EQ(refused([&] { ask(code); }).code(), "draw_not_revealed");
  announce(p);
  witness(p);
  reveal(p);
  ask(code);
  approve(code);
  Json v = service::request_void(*db, {code, "抽取有误", "operator"});
  service::decide_void(*db, {std::to_string(v["request"].get<int64_t>()), "leader", true, ""});
  EXPECT_EQ(refused([&] { show(code); }).code(), "draw_voided");
}

SUIJI_IMPORT_BOTH_ENGINES(DispatchOrder);

}  // namespace
}  // namespace suiji::testing
