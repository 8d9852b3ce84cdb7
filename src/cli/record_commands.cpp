// suiji record enter | review | show | list, suiji rectification list — thin over
// service/records/.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "domain/error.h"
#include "service/database_setup.h"
#include "service/records/record_entry.h"
#include "service/records/record_import.h"
#include "service/records/record_review.h"
#include "service/records/record_views.h"

namespace suiji::cli {
namespace {

void print(const Json& j) { std::cout << j.dump(2) << "\n"; }

}  // namespace

void add_record_commands(CLI::App& app, int& exit_code) {
  auto* record = app.add_subcommand("record", "现场检查记录 / on-site inspection records");
  record->require_subcommand(1);
  struct Args {
    std::string db = kDefaultDb;
    std::string as, file, today;
    std::vector<std::string> photos;
    bool draft = false, pass = false, ret = false;
    service::RecordEntry entry;
    service::RecordReview review;
    service::RecordQuery query;
    std::string record;
  };
  auto a = std::make_shared<Args>();

  auto* enter = record->add_subcommand("enter", "录入检查记录（附件4 的字段，JSON 文件；可附现场照片、笔录扫描件）");
  add_db_option(enter, a->db);
  enter->add_option("--task", a->entry.task, "the task's number")->required();
  enter->add_option("--file", a->file, "the record as JSON (docs/records.md)")->required();
  enter->add_option("--photo", a->photos, "a JPEG, PNG or PDF (≤ 10 MB); repeat for several");
  enter->add_flag("--draft", a->draft, "keep it as a draft (未录入) instead of submitting it for review");
  enter->add_option("--today", a->entry.today, "the date of entry (YYYY-MM-DD, default today)");
  enter->add_option("--as", a->as, "the inspector's, team lead's or operator's login")->required();
  enter->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    a->entry.actor = a->as;
    a->entry.record = service::record_from_file(a->file);
    a->entry.evidence = service::evidence_files(a->photos);
    a->entry.submit = !a->draft;
    print(service::enter_record(*db, a->entry));
    exit_code = kExitOk;
  });

  auto* review = record->add_subcommand("review", "审核检查记录：通过（办结任务，发现问题的开始整改）或退回（须写明原因）");
  add_db_option(review, a->db);
  review->add_option("--record", a->review.record, "the record's number")->required();
  auto* pass = review->add_flag("--pass", a->pass, "通过");
  auto* ret = review->add_flag("--return", a->ret, "退回");
  pass->excludes(ret);
  review->add_option("--reason", a->review.reason, "why it is returned");
  review->add_option("--as", a->as, "the reviewer's login (never the record's author)")->required();
  review->callback([a, &exit_code] {
    if (a->pass == a->ret)
      throw bad_input("review_decision_missing", "请选择 --pass（通过）或 --return（退回）",
                      "choose --pass or --return", Json{{"field", "pass"}});
    auto db = service::open_existing_database(a->db);
    a->review.actor = a->as;
    a->review.pass = a->pass;
    print(service::review_record(*db, a->review));
    exit_code = kExitOk;
  });

  auto* show = record->add_subcommand("show", "查看一份检查记录（字段、措施、附件、审核经过、整改）");
  add_db_option(show, a->db);
  show->add_option("--record", a->record, "the record's number")->required();
  show->add_option("--as", a->as, "your login")->required();
  show->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    print(service::show_record(*db, a->record, a->as));
    exit_code = kExitOk;
  });

  auto* list = record->add_subcommand("list", "列出本机构任务的检查记录");
  add_db_option(list, a->db);
  add_agency_option(list, a->query.agency)->required();
  list->add_option("--status", a->query.status, "draft/submitted/returned/passed/published or 未录入/待审核/退回/通过/已公示");
  list->add_option("--period", a->query.period, "2027Q1 or 2027");
  list->add_option("--as", a->as, "your login")->required();
  list->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    a->query.actor = a->as;
    print(service::list_records(*db, a->query));
    exit_code = kExitOk;
  });

  auto* imp = record->add_subcommand("import", "导入移动执法系统导出的检查记录（附件4 表头的 xlsx/CSV，或 JSON）：全部成功或全部不写");
  add_db_option(imp, a->db);
  imp->add_option("file", a->file, "the .xlsx, .csv or .json file")->required();
  imp->add_option("--today", a->today, "the date of entry (YYYY-MM-DD, default today)");
  imp->add_option("--as", a->as, "the operator's login")->required();
  imp->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    print(service::import_records(*db, {a->file, a->as, a->today}));
    exit_code = kExitOk;
  });

  auto* rect = app.add_subcommand("rectification", "整改 / rectifications opened by records");
  rect->require_subcommand(1);
  auto* rlist = rect->add_subcommand("list", "本机构记录发现的、尚未整改完毕的问题（逾期的标出）");
  add_db_option(rlist, a->db);
  add_agency_option(rlist, a->query.agency)->required();
  rlist->add_option("--today", a->today, "YYYY-MM-DD, default today");
  rlist->add_option("--as", a->as, "your login")->required();
  rlist->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    print(service::list_rectifications(*db, a->query.agency, a->as, a->today));
    exit_code = kExitOk;
  });
}

}  // namespace suiji::cli
