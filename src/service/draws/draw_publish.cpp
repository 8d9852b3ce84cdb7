#include "service/draws/draw_publish.h"

#include "domain/error.h"
#include "domain/task_status.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "service/draws/draw_context.h"
#include "service/plans/plan_args.h"
#include "store/store.h"

namespace suiji::service {
namespace {

Error not_revealed(const store::DrawRow& d) {
  return Error(ErrorKind::kConflict, "draw_not_revealed",
               "抽取「" + d.draw_code + "」尚未揭示（当前状态 " + d.status + "）",
               "draw " + d.draw_code + " is not revealed (status " + d.status + ")", Json{{"field", "draw"}});
}

void check_embargo(store::Store& db, const DrawContext& c, const std::string& today) {
  const policy::Embargo& e = c.policy.policy.embargo;
  if (e.kind == policy::Embargo::Kind::kTasksClosed) {
    int64_t open = 0;
    for (const auto& t : db.tasks().of_draw(c.row.id)) open += !task_finished(t.status);
    if (open > 0)
      throw Error(ErrorKind::kConflict, "embargo_not_over",
                  "抽取「" + c.row.draw_code + "」还有 " + std::to_string(open) + " 项任务未办结，按规则（" + e.basis +
                      "）办结后才能公开",
                  "draw " + c.row.draw_code + " still has " + std::to_string(open) +
                      " open tasks: the policy publishes once every task is closed",
                  Json{{"field", "draw"}, {"open_tasks", open}});
    return;
  }
  std::string from = policy::format_date(c.period.last_day() + std::chrono::days(e.days));
  if (today < from)
    throw Error(ErrorKind::kConflict, "embargo_not_over",
                "抽取「" + c.row.draw_code + "」按规则（" + e.basis + "）于 " + from + " 起方可公开",
                "draw " + c.row.draw_code + " may be published from " + from, Json{{"field", "draw"}, {"from", from}});
}

}  // namespace

Json publish_draw(store::Store& db, const PublishRequest& req) {
  DrawContext c = draw_context(db, req.draw);
  User user = actor_for(db, req.actor, Role::kApprover, c.agency, "批准公开抽取结果");
  if (c.row.status != "revealed") throw not_revealed(c.row);
  check_embargo(db, c, today_arg(req.today));
  return write(db, [&](Audit& audit) {
    std::string by = user.name + "（" + user.login + "）";
    store::DrawRow row = db.draws().publish(c.row.id, by, store::Store::now());
    // The draw's reviewed records are published with it (通过 → 已公示).
    int64_t records = db.inspection_records().publish_of_draw(c.row.id);
    audit.record({user.login, "draw.publish", "draw", std::to_string(row.id), draw_summary(c.row),
                  {{"status", row.status}, {"published_at", row.published_at}, {"records_published", records}}});
    return Json{{"id", row.id},
                {"draw_code", row.draw_code},
                {"status", row.status},
                {"published_at", row.published_at},
                {"published_by", row.published_by}};
  });
}

std::string draw_record(store::Store& db, const std::string& draw, const std::string& actor) {
  DrawContext c = draw_context(db, draw);
  if (c.row.status != "revealed" && c.row.status != "published" && c.row.status != "voided") throw not_revealed(c.row);
  if (c.row.status != "published") {
    if (actor.empty())
      throw Error(ErrorKind::kForbidden, "record_embargoed",
                  "抽取「" + c.row.draw_code + "」尚未公开，须以本机构人员身份（--as）查看",
                  "draw " + c.row.draw_code + " is not published yet: read it as a user of the agency (--as)",
                  Json{{"field", "as"}});
    actor_for(db, actor, {Role::kOperator, Role::kApprover, Role::kSupervisor, Role::kWitness}, c.agency,
              "在公开前查看抽取记录");
  }
  return c.row.record_json;
}

}  // namespace suiji::service
