#include "service/demo_history.h"

#include <map>

#include "domain/error.h"
#include "service/draws/draw_announce.h"
#include "service/draws/draw_change.h"
#include "service/draws/draw_prepare.h"
#include "service/draws/draw_publish.h"
#include "service/draws/draw_reveal.h"
#include "service/draws/draw_witness.h"
#include "service/plans/holiday_warnings.h"
#include "service/plans/plan_args.h"
#include "service/records/record_entry.h"
#include "service/records/record_review.h"
#include "service/tasks/task_adhoc.h"

namespace suiji::service {
namespace {

struct DemoAgency {
  const char* region;
  const char* op;
};
constexpr DemoAgency kAgencies[] = {{"330800", "operator"}, {"330802", "kc_operator"}};

// A scanned leave note: a PDF as small as a PDF can be.
const std::string kLeaveNote = "%PDF-1.4\n% 请假条（演示）\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

// 纪检监察's input: six digits, the same for the same draw every run.
std::string witness_digits(const std::string& code) {
  unsigned h = 2166136261u;
  for (char c : code) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return std::to_string(100000 + h % 900000);
}

// The on-site record of the i-th task of a quarter: every sixth found waste gas treatment
// not running, ordered it corrected and fined the enterprise; the others found nothing.
Json demo_record(int i, const std::string& inspected) {
  Json f = {{"production_status", "正常生产"},     {"facility_construction", "正常"},
            {"facility_operation", "正常"},        {"outfall", "已规范化整治"},
            {"discharge_compliance", "达标"},       {"inspected_at", inspected + " 09:30"},
            {"problems", ""},                       {"handling", ""},
            {"remarks", ""}};
  if (i % 6 != 5) return Json{{"fields", f}, {"result", "未发现问题"}};
  std::string no = std::to_string(100 + i);
  f["facility_operation"] = "异常";
  f["discharge_compliance"] = "超标";
  f["problems"] = "废气处理设施未正常运行，颗粒物排放超标";
  f["handling"] = "责令改正，罚款";
  return Json{{"fields", f},
              {"measures", Json::array({{{"kind", "责令改正"}, {"case_no", "衢环责改〔演示〕" + no + "号"}},
                                        {{"kind", "罚款"}, {"case_no", "衢环罚〔演示〕" + no + "号"},
                                         {"amount", 20000 + 1000 * (i % 30)}}})},
              {"result", "发现问题待后续处理"}};
}

// Records of every open task of a past quarter's draw, entered the day after the visit by
// the agency's operator and passed by the city's reviewer ("leader"), then the draw
// published (Quzhou publishes once its tasks are closed, 001:L79). Returns the units whose
// record found a problem.
std::vector<std::string> inspect_and_publish(store::Store& db, const std::string& code, const std::string& op,
                                             const policy::Period& period, DemoDraw& d) {
  std::vector<std::string> found;
  int i = 0;
  for (const auto& task : db.tasks().of_draw(db.draws().find(code)->id)) {
    if (task.status != "open") continue;
    policy::Date day = period.first_day() + std::chrono::days((7 * i + 3) % 85);
    Json rec = enter_record(db, {std::to_string(task.id), op, demo_record(i, policy::format_date(day)), {}, true,
                                 policy::format_date(day + std::chrono::days(1))});
    Json v = review_record(db, {std::to_string(rec["record"].get<int64_t>()), "leader", true, ""});
    if (!v["rectification"].is_null()) found.push_back(rec["unit"]);
    ++d.records;
    ++i;
  }
  d.findings = static_cast<int>(found.size());
  publish_draw(db, {code, "leader", policy::format_date(period.last_day() + std::chrono::days(1))});
  d.status = "published";
  return found;
}

// The 后督察 re-inspections, in the next quarter, that find last quarter's problems put right.
int follow_up(store::Store& db, const std::string& region, const std::string& op, const std::vector<std::string>& units,
              const policy::Period& period) {
  int n = 0;
  for (const auto& unit : units) {
    Json t = add_inspection_task(db, {region, unit, "后督察", period.text(), "", "", op});
    std::string day = policy::format_date(period.first_day() + std::chrono::days(10 + n % 20));
    Json r = demo_record(0, day);
    r["result"] = "责令整改已改正";
    Json rec = enter_record(db, {std::to_string(t["task"].get<int64_t>()), op, r, {}, true, day});
    review_record(db, {std::to_string(rec["record"].get<int64_t>()), "leader", true, ""});
    ++n;
  }
  return n;
}

}  // namespace

DemoHistory load_demo_history(store::Store& db, const std::string& today_text) {
  std::string today = today_arg(today_text);
  policy::Date now = *policy::parse_date(today);
  int year = policy::Period{std::stoi(today.substr(0, 4)), 1}.year;
  policy::WorkCalendar cal = store_calendar(db, year - 1, year);
  DemoHistory out;
  std::map<std::string, std::vector<std::string>> found;  // agency region → last quarter's findings
  for (int q = 1; q <= 4; ++q) {
    policy::Period period{year, q};
    policy::Date day = cal.add_working_days(period.first_day(), -1);
    if (day > now) break;
    std::string on = policy::format_date(day);
    for (const auto& a : kAgencies) {
      Json p;
      try {
        p = prepare_draw(db, {a.region, period.text(), {}, on, a.op});
      } catch (const Error& e) {
        if (e.code() != "nothing_to_draw" && e.code() != "pool_too_small") throw;
        out.skipped.push_back(std::string(a.region) + " " + period.text() + ": " + e.zh());
        continue;
      }
      std::string code = p["draw_code"];
      announce_draw(db, {code, a.op, on, ""});
      witness_draw(db, {code, "jijian", "纪检监察", "吴丽华", witness_digits(code)});
      Json r = reveal_draw(db, {code, a.op});
      DemoDraw d{code, period.text(), "revealed", on, static_cast<int>(r["tasks"].size()), 0};
      // A quarter already over had an inspector on leave: replaced at random, on approval.
      // (The first task whose inspector can be replaced: a small county pool may have nobody
      // free for some teams.)
      if (period.last_day() < now) {
        for (const auto& task : r["tasks"]) {
          Json req;
          try {
            req = request_change(db, {code, a.op, "replace_inspector", task["unit"], task["team"][0]["id"], "", "休假",
                                      {{"请假条.pdf", kLeaveNote}}});
          } catch (const Error& e) {
            if (e.kind() != ErrorKind::kBadInput) throw;
            continue;
          }
          std::string id = std::to_string(req["request"].get<int64_t>());
          decide_change(db, {id, "operator", true, "情况属实"});
          decide_change(db, {id, "leader", true, "同意"});
          d.changes = 1;
          break;
        }
        if (!d.changes) out.skipped.push_back(code + ": 无可替换的执法人员，未演示人员变动");
        d.follow_ups = follow_up(db, a.region, a.op, found[a.region], period);
        found[a.region] = inspect_and_publish(db, code, a.op, period, d);
      }
      out.draws.push_back(std::move(d));
    }
  }
  return out;
}

}  // namespace suiji::service
