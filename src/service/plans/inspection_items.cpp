#include "service/plans/inspection_items.h"

#include "domain/error.h"
#include "io/file_bytes.h"
#include "policy/describe.h"
#include "service/library/export_files.h"
#include "service/plans/agency_policy.h"
#include "service/plans/plan_args.h"

namespace suiji::service {

Json inspection_items(store::Store& db, const std::string& agency_ref, int year) {
  year_arg(year);
  Agency a = agency_arg(db, agency_ref);
  AgencyPolicy ap = current_policy(db, a, year);
  const policy::Policy& p = ap.policy;
  if (p.items.empty())
    throw Error(ErrorKind::kNotFound, "no_items",
                "「" + a.name + "」" + std::to_string(year) + " 年的抽查规则没有随机抽查事项清单；在规则文件的 items 中列出后用 suiji policy apply 重新应用",
                a.name + "'s " + std::to_string(year) + " policy has no inspection items: list them under \"items\" in the "
                "policy file and apply it again",
                Json{{"field", "year"}});
  Json items = Json::array();
  int no = 0;
  for (const auto& it : p.items) {
    bool from_rules = it.ratio_and_frequency.empty();
    items.push_back(Json{{"no", ++no},
                         {"name", it.name},
                         {"legal_basis", it.legal_basis},
                         {"subject", it.subject},
                         {"content", it.content},
                         {"ratio_and_frequency", from_rules ? policy::ratio_and_frequency(p) : it.ratio_and_frequency},
                         {"ratio_from_rules", from_rules},
                         {"method", it.method},
                         {"basis", it.basis}});
  }
  return Json{{"agency", Json{{"id", a.id}, {"name", a.name}}},
              {"year", year},
              {"policy", Json{{"version", ap.version}, {"preset", p.preset}, {"title", p.title}}},
              {"items", std::move(items)}};
}

ExportTable inspection_items_table(const Json& list) {
  ExportTable t;
  t.sheet_name = "随机抽查事项清单";
  t.header = {"序号", "事项名称", "抽查依据", "抽查主体", "抽查内容", "抽查比例和频次", "抽查方式及要求"};
  for (const auto& it : list["items"])
    t.rows.push_back({std::to_string(it["no"].get<int>()), it["name"], it["legal_basis"], it["subject"], it["content"],
                      it["ratio_and_frequency"], it["method"]});
  return t;
}

ItemsFile inspection_items_file(store::Store& db, const std::string& agency_ref, int year, const std::string& format,
                                const std::string& out) {
  bool json = format == "json" || (format.empty() && (out.empty() || out.ends_with(".json")));
  std::string table = json ? "" : table_format(format, out);  // checked before anything is read
  Json list = inspection_items(db, agency_ref, year);
  ItemsFile f;
  f.rows = list["items"].size();
  if (json) {
    f.format = "json";
    std::string text = list.dump(2) + "\n";
    if (out.empty()) f.text = std::move(text);
    else io::write_file_atomically(out, text);
    return f;
  }
  ExportFileResult r = write_table_file(table, out, inspection_items_table(list));
  f.format = r.format;
  f.text = std::move(r.csv);
  return f;
}

}  // namespace suiji::service
