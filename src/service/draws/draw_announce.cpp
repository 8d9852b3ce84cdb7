#include "service/draws/draw_announce.h"

#include <openssl/rand.h>

#include "domain/error.h"
#include "draw/list_hash.h"
#include "draw/sha256.h"
#include "policy/schedule.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "service/crash_point.h"
#include "service/draws/draw_context.h"
#include "service/plans/holiday_warnings.h"
#include "service/plans/plan_args.h"
#include "store/store.h"

namespace suiji::service {
namespace {

std::string fresh_nonce() {
  unsigned char bytes[32];
  if (RAND_bytes(bytes, sizeof bytes) != 1)
    throw Error(ErrorKind::kUnavailable, "csprng_failed", "系统随机数发生器不可用，未公告",
                "the system's random number generator failed: nothing was announced");
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char b : bytes) {
    out += kHex[b >> 4];
    out += kHex[b & 15];
  }
  return out;
}

}  // namespace

Json list_hashes(const Json& input) {
  Json strata = Json::array();
  for (const auto& s : input["strata"]) {
    std::vector<std::string_view> ids;
    ids.reserve(s["population"].size());
    for (const auto& id : s["population"]) ids.push_back(id.get_ref<const std::string&>());
    std::string id = s["id"];
    strata.push_back({{"id", id},
                      {"n", ids.size()},
                      {"k", s["k"]},
                      {"population_hash", draw::list_hash(ids, draw::Duplicates::kReject, "strata[" + id + "].population")}});
  }
  std::vector<std::string> pool_lines, conflict_lines;
  for (const auto& m : input["inspectors"]["pool"])
    pool_lines.push_back(m["id"].get<std::string>() + "," + (m["senior"].get<bool>() ? "1" : "0"));
  for (const auto& c : input["inspectors"]["conflicts"])
    conflict_lines.push_back(c[0].get<std::string>() + "," + c[1].get<std::string>());
  auto views = [](const std::vector<std::string>& v) { return std::vector<std::string_view>(v.begin(), v.end()); };
  return Json{{"strata", std::move(strata)},
              {"pool_hash", draw::list_hash(views(pool_lines), draw::Duplicates::kReject, "inspectors.pool")},
              {"conflicts_hash", draw::list_hash(views(conflict_lines), draw::Duplicates::kMerge, "inspectors.conflicts")}};
}

Json announce_draw(store::Store& db, const AnnounceRequest& req) {
  DrawContext c = draw_context(db, req.draw);
  User user = actor_for(db, req.actor, Role::kOperator, c.agency, "公告抽取");
  if (c.row.status != "prepared")
    throw Error(ErrorKind::kConflict, "draw_not_prepared",
                "抽取「" + c.row.draw_code + "」已公告过（当前状态 " + c.row.status + "），公告只有一次",
                "draw " + c.row.draw_code + " was already announced (status " + c.row.status + ")", Json{{"field", "draw"}});
  std::string today = today_arg(req.today);
  Json input = Json::parse(c.row.input_json);
  std::string as_of = input.value("as_of", "");
  if (today != as_of)
    throw Error(ErrorKind::kConflict, "draw_stale",
                "抽取「" + c.row.draw_code + "」的名单取于 " + as_of + "，须在当日公告；今天（" + today +
                    "）人员请假、证件与名录可能已有变化，请重新准备（suiji draw prepare）",
                "draw " + c.row.draw_code + "'s lists were taken on " + as_of + " and must be announced that day; prepare "
                "again for " + today,
                Json{{"field", "draw"}, {"as_of", as_of}});

  const policy::Policy& p = c.policy.policy;
  Json window = nullptr;
  bool has_window = c.period.is_year() ? p.year_window.has_value() : p.quarter_window.has_value();
  if (has_window) {
    policy::WorkCalendar cal = store_calendar(db, c.period.year - 1, c.period.year + 1);
    policy::Schedule sched = policy::schedule_of(p, c.period, cal);
    std::string from = sched.window_from ? policy::format_date(*sched.window_from) : "";
    std::string to = policy::format_date(sched.window_to);
    window = Json{{"from", from.empty() ? Json(nullptr) : Json(from)}, {"to", to}};
    bool inside = (from.empty() || from <= today) && today <= to;
    if (!inside && req.override_reason.empty())
      throw bad_input("outside_window",
                      "今天（" + today + "）不在抽取时间内（" + (from.empty() ? "" : from + " 至 ") + to +
                          "，" + sched.window_basis + "）；确需此时抽取，请用 --override-reason 写明原因（将记录在案）",
                      "today (" + today + ") is outside the draw window (" + (from.empty() ? "until " : from + " to ") + to +
                          "): give --override-reason to announce anyway (it is recorded)",
                      Json{{"field", "override_reason"}, {"window", window}});
  }

  Json hashes = list_hashes(input);
  std::string nonce = fresh_nonce();
  std::string commitment = draw::sha256_hex(nonce);
  std::string at = store::Store::now();
  input["commitment"] = commitment;
  input["announcement"] = Json{{"announced_at", at},
                               {"announced_by", user.login},
                               {"hashes", hashes},
                               {"window", window},
                               {"override_reason", req.override_reason.empty() ? Json(nullptr) : Json(req.override_reason)}};

  return write(db, [&](Audit& audit) {
    store::DrawRow row = db.draws().announce(c.row.id, {input.dump(), commitment, nonce, req.override_reason});
    crash_point("announce.stored");
    Json after{{"status", row.status}, {"commitment", commitment}, {"hashes", hashes}};
    if (!req.override_reason.empty()) after["override_reason"] = req.override_reason;
    audit.record({user.login, "draw.announce", "draw", std::to_string(row.id), draw_summary(c.row), after});
    crash_point("announce.audited");
    return Json{{"id", row.id},
                {"draw_code", row.draw_code},
                {"status", row.status},
                {"announced_at", row.announced_at},
                {"commitment", commitment},
                {"strata", hashes["strata"]},
                {"pool", input["inspectors"]["pool"].size()},
                {"pool_hash", hashes["pool_hash"]},
                {"conflicts_hash", hashes["conflicts_hash"]},
                {"window", window},
                {"override_reason", req.override_reason.empty() ? Json(nullptr) : Json(req.override_reason)}};
  });
}

}  // namespace suiji::service
