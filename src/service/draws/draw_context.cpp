#include "service/draws/draw_context.h"

#include <charconv>

#include "domain/error.h"
#include "service/plans/plan_args.h"
#include "store/store.h"

namespace suiji::service {

DrawContext draw_context(store::Store& db, const std::string& ref) {
  std::string_view text = ref;
  if (text.starts_with("#")) text.remove_prefix(1);
  int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  std::optional<store::DrawRow> row;
  if (ec == std::errc() && end == text.data() + text.size()) row = db.draws().get(id);
  if (!row) row = db.draws().find(ref);
  if (!row)
    throw Error(ErrorKind::kNotFound, "draw_not_found", "没有抽取「" + ref + "」（--draw 填抽取号或抽取编号）",
                "no draw \"" + ref + "\" (--draw takes the draw's number or its code)", Json{{"field", "draw"}});
  if (!row->agency_id)
    throw Error(ErrorKind::kConflict, "draw_not_managed", "抽取「" + row->draw_code + "」不属于任何机构，不能在此操作",
                "draw " + row->draw_code + " belongs to no agency and cannot be managed here", Json{{"field", "draw"}});
  DrawContext c;
  c.row = std::move(*row);
  c.agency = agency_arg(db, "#" + std::to_string(*c.row.agency_id));
  c.period = period_arg(c.row.period);
  c.policy = policy_version(db, c.agency, c.period.year, c.row.policy_version);
  return c;
}

std::string policy_stratum_of(const draw::StratumInput& s) {
  for (const auto& [key, value] : s.extra)
    if (key == "policy_stratum") return Json::parse(value).get<std::string>();
  return s.id;
}

Json draw_summary(const store::DrawRow& row) {
  return Json{{"draw_code", row.draw_code}, {"period", row.period}, {"status", row.status}};
}

}  // namespace suiji::service
