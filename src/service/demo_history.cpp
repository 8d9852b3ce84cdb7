#include "service/demo_history.h"

#include "domain/error.h"
#include "service/draws/draw_announce.h"
#include "service/draws/draw_change.h"
#include "service/draws/draw_prepare.h"
#include "service/draws/draw_reveal.h"
#include "service/draws/draw_witness.h"
#include "service/plans/holiday_warnings.h"
#include "service/plans/plan_args.h"

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

}  // namespace

DemoHistory load_demo_history(store::Store& db, const std::string& today_text) {
  std::string today = today_arg(today_text);
  policy::Date now = *policy::parse_date(today);
  int year = policy::Period{std::stoi(today.substr(0, 4)), 1}.year;
  policy::WorkCalendar cal = store_calendar(db, year - 1, year);
  DemoHistory out;
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
      }
      out.draws.push_back(std::move(d));
    }
  }
  return out;
}

}  // namespace suiji::service
