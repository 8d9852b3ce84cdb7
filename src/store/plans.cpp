#include "store/plans.h"

#include <soci/soci.h>

#include "store/sql_util.h"
#include "store/store.h"

namespace suiji::store {

namespace {

const char* const kColumns =
    "id, agency_id, period, kind, name, status, json, policy_version, created_at, created_by, approved_at, approved_by";

PlanRow plan_of(const soci::row& r) {
  return PlanRow{sqlu::i64(r, 0), sqlu::i64(r, 1), sqlu::str(r, 2), sqlu::str(r, 3),
                 sqlu::str(r, 4), sqlu::str(r, 5), sqlu::str(r, 6), static_cast<int>(sqlu::i64(r, 7)),
                 sqlu::str(r, 8), sqlu::str(r, 9), sqlu::str(r, 10), sqlu::str(r, 11)};
}

std::string title_of(const PlanRow& p) {
  return p.kind == "annual" ? p.period + " 年度计划" : "计划「" + p.name + "」（" + p.period + "）";
}

[[noreturn]] void already_approved(const PlanRow& p) {
  throw StoreError(ErrorKind::kConflict, "plan_approved",
                   title_of(p) + "已于 " + p.approved_at + " 由 " + p.approved_by + " 批准，不能再更改",
                   "the " + p.period + (p.name.empty() ? "" : " \"" + p.name + "\"") + " plan was approved by " +
                       p.approved_by + " at " + p.approved_at + " and cannot change");
}

}  // namespace

std::optional<PlanRow> Plans::get(int64_t plan_id) {
  soci::row r;
  long long id = plan_id;
  soci::statement st = (s_.sql().prepare << std::string("SELECT ") + kColumns + " FROM plan WHERE id = :id",
                        soci::into(r), soci::use(id));
  st.execute();
  if (!st.fetch()) return std::nullopt;
  return plan_of(r);
}

std::optional<PlanRow> Plans::find(int64_t agency_id, std::string_view period, std::string_view kind,
                                   std::string_view name) {
  soci::row r;
  long long a = agency_id;
  std::string p(period), k(kind), n(name);
  soci::statement st =
      (s_.sql().prepare << std::string("SELECT ") + kColumns +
                               " FROM plan WHERE agency_id = :a AND period = :p AND kind = :k AND name = :n ORDER BY id",
       soci::into(r), soci::use(a), soci::use(p), soci::use(k), soci::use(n));
  st.execute();
  if (!st.fetch()) return std::nullopt;
  return plan_of(r);
}

std::vector<PlanRow> Plans::of_year(int64_t agency_id, int year, std::string_view kind) {
  soci::row r;
  long long a = agency_id;
  std::string y = std::to_string(year), quarters = y + "Q_", k(kind);
  soci::statement st = (s_.sql().prepare << std::string("SELECT ") + kColumns +
                                                " FROM plan WHERE agency_id = :a AND kind = :k AND (period = :y OR period LIKE :q) "
                                                "ORDER BY period, id",
                        soci::into(r), soci::use(a), soci::use(k), soci::use(y), soci::use(quarters));
  st.execute();
  std::vector<PlanRow> out;
  while (st.fetch()) out.push_back(plan_of(r));
  return out;
}

PlanRow Plans::put_draft(int64_t agency_id, std::string_view period, std::string_view kind, std::string_view name,
                         int policy_version, std::string_view json, std::string_view actor) {
  return s_.transaction([&] {
    std::string at = Store::now(), by(actor), text(json);
    auto old = find(agency_id, period, kind, name);
    if (old && old->status == "approved") already_approved(*old);
    if (old) {
      long long id = old->id;
      // Only a draft is replaced: an approval committed since `find` (PostgreSQL, read
      // committed) leaves no row to update, and the approved plan stands.
      soci::statement st = (s_.sql().prepare << "UPDATE plan SET json = :j, policy_version = :v, created_at = :at, "
                                                "created_by = :by WHERE id = :id AND status = 'draft'",
                            soci::use(text), soci::use(policy_version), soci::use(at), soci::use(by), soci::use(id));
      st.execute(true);
      if (st.get_affected_rows() == 0) already_approved(*find(agency_id, period, kind, name));
    } else {
      long long id = s_.next_ids("plan"), a = agency_id;
      std::string p(period), k(kind), n(name), status = "draft";
      s_.sql() << "INSERT INTO plan (id, agency_id, period, kind, name, status, json, policy_version, created_at, "
                  "created_by) VALUES (:id, :a, :p, :k, :n, :s, :j, :v, :at, :by)",
          soci::use(id), soci::use(a), soci::use(p), soci::use(k), soci::use(n), soci::use(status), soci::use(text),
          soci::use(policy_version), soci::use(at), soci::use(by);
    }
    return *find(agency_id, period, kind, name);
  });
}

PlanRow Plans::approve(int64_t plan_id, std::string_view approver, std::string_view when, std::string_view json) {
  return s_.transaction([&] {
    long long id = plan_id;
    auto p = get(plan_id);
    if (!p) throw NotFound("plan_not_found", "计划 " + std::to_string(plan_id) + " 不存在", "plan " + std::to_string(plan_id) + " not found");
    if (p->status == "approved") already_approved(*p);
    std::string at(when), by(approver), text(json), status = "approved";
    soci::statement st = (s_.sql().prepare << "UPDATE plan SET status = :s, approved_at = :at, approved_by = :by, "
                                              "json = :j WHERE id = :id AND status = 'draft'",
                          soci::use(status), soci::use(at), soci::use(by), soci::use(text), soci::use(id));
    st.execute(true);
    if (st.get_affected_rows() == 0) already_approved(*get(plan_id));  // approved meanwhile
    p->status = status;
    p->approved_at = at;
    p->approved_by = by;
    p->json = text;
    return *p;
  });
}

}  // namespace suiji::store
