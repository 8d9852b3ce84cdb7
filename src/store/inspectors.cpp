#include "store/inspectors.h"

#include <soci/soci.h>

#include <map>

#include "auth/scope.h"
#include "domain/unit_rules.h"
#include "store/agencies.h"
#include "store/sql_util.h"
#include "store/store.h"

namespace suiji::store {
namespace {

constexpr const char* kInspectorCols =
    "id, agency_id, org_unit_id, code, name, on_staff, on_post, senior, tags, deleted_at";

void load_certificates(soci::session& sql, std::vector<Inspector>& list) {
  if (list.empty()) return;
  std::map<int64_t, Inspector*> by_id;
  std::string in;
  for (auto& i : list) {
    by_id[i.id] = &i;
    in += (in.empty() ? "" : ",") + std::to_string(i.id);
  }
  soci::row r;
  // The ids are integers we formatted; chunking is unnecessary at roster sizes (thousands).
  soci::statement st = (sql.prepare << "SELECT inspector_id, kind, number, expires_on FROM certificate "
                                       "WHERE inspector_id IN (" + in + ") ORDER BY id",
                        soci::into(r));
  st.execute();
  while (st.fetch()) {
    Certificate c;
    c.kind = from_label<CertificateKind>(sqlu::str(r, 1)).value_or(CertificateKind::kLawEnforcement);
    c.number = sqlu::str(r, 2);
    c.expires_on = sqlu::str(r, 3);
    by_id[sqlu::i64(r, 0)]->certificates.push_back(std::move(c));
  }
}

std::vector<Inspector> query_inspectors(soci::session& sql, const sqlu::Where& w,
                                        const std::string& tail) {
  std::vector<Inspector> out;
  soci::row r;
  auto p = (sql.prepare << std::string("SELECT ") + kInspectorCols + " FROM inspector" + w.sql() + tail,
            soci::into(r));
  w.bind(p);
  soci::statement st(p);
  st.execute();
  while (st.fetch()) {
    Inspector i;
    i.id = sqlu::i64(r, 0);
    i.agency_id = sqlu::i64(r, 1);
    i.org_unit_id = sqlu::opt_i64(r, 2);
    i.code = sqlu::str(r, 3);
    i.name = sqlu::str(r, 4);
    i.on_staff = sqlu::flag(r, 5);
    i.on_post = sqlu::flag(r, 6);
    i.senior = sqlu::flag(r, 7);
    i.tags = split_tags(sqlu::str(r, 8));
    i.deleted_at = sqlu::str(r, 9);
    out.push_back(std::move(i));
  }
  load_certificates(sql, out);
  return out;
}

void write_certificates(Store& s, int64_t inspector_id, const std::vector<Certificate>& certs) {
  long long iid = inspector_id;
  s.sql() << "DELETE FROM certificate WHERE inspector_id = :i", soci::use(iid);
  if (certs.empty()) return;
  long long id = s.next_ids("certificate", static_cast<int64_t>(certs.size()));
  for (const auto& c : certs) {
    std::string kind(label(c.kind));
    s.sql() << "INSERT INTO certificate (id, inspector_id, kind, number, expires_on) "
               "VALUES (:id, :i, :k, :n, :e)",
        soci::use(id), soci::use(iid), soci::use(kind), soci::use(c.number),
        soci::use(c.expires_on);
    ++id;
  }
}

bool same(const Inspector& a, const Inspector& b) {
  if (a.org_unit_id != b.org_unit_id || a.name != b.name || a.on_staff != b.on_staff ||
      a.on_post != b.on_post || a.senior != b.senior || a.tags != b.tags ||
      a.certificates.size() != b.certificates.size())
    return false;
  for (size_t k = 0; k < a.certificates.size(); ++k) {
    const auto &x = a.certificates[k], &y = b.certificates[k];
    if (x.kind != y.kind || x.number != y.number || x.expires_on != y.expires_on) return false;
  }
  return true;
}

}  // namespace

CheckedInspectors Inspectors::check_all(int64_t agency_id, const std::vector<Inspector>& list) {
  std::vector<RowErrors> bad;
  auto agency = s_.agencies().get(agency_id);
  bool agency_ok = agency.has_value();
  auth::AgencyLookup lookup = s_.agencies().lookup();
  std::map<std::string, size_t> seen;
  // The live inspector with each code anywhere in the database, and the agency that
  // keeps it: an inspector belongs to one agency; the owner or an agency above it may
  // update it, others get a row error.
  std::vector<std::optional<Inspector>> existing(list.size());
  std::vector<int64_t> owner(list.size(), agency_id);
  for (size_t k = 0; k < list.size(); ++k) {
    const Inspector& i = list[k];
    auto errors = validate_inspector(i);
    if (!agency_ok)
      errors.push_back({"agency_id", "机构 " + std::to_string(agency_id) + " 不存在 / agency " +
                                         std::to_string(agency_id) + " does not exist"});
    if (agency_ok && !i.code.empty()) existing[k] = find_live(i.code);
    if (agency_ok && existing[k]) {
      int64_t held_by = existing[k]->agency_id;
      if (held_by != agency_id && !auth::agency_within(held_by, *agency, lookup)) {
        auto a = lookup(held_by);
        std::string name = a ? a->name : std::to_string(held_by);
        errors.push_back({"code", "执法人员编号「" + i.code + "」已属于「" + name + "」（一人只属于一个机构），只有「" + name +
                                      "」或其上级机构可以修改 / inspector code " + i.code + " already belongs to " + name +
                                      " (an inspector belongs to one agency): only " + name +
                                      " or an agency above it may change it"});
      } else {
        owner[k] = held_by;
      }
    }
    // The 所属单位 is an internal unit of the agency the inspector belongs to.
    if (i.org_unit_id) {
      auto o = s_.org_units().get(*i.org_unit_id);
      if (!o || o->agency_id != owner[k])
        errors.push_back({"org_unit_id", "所属科室/大队不属于该人员所在机构 / the org unit is not one of "
                                         "the inspector's agency's"});
    }
    if (!i.code.empty()) {
      auto [it, fresh] = seen.emplace(i.code, k);
      if (!fresh)
        errors.push_back({"code", "与第" + std::to_string(it->second + 1) + "行重复 / duplicate of row " +
                                      std::to_string(it->second + 1)});
    }
    if (!errors.empty()) bad.push_back(RowErrors{k, i.code, std::move(errors)});
  }
  if (!bad.empty()) throw Invalid(std::move(bad));
  CheckedInspectors out;
  out.rows = list;
  for (size_t k = 0; k < list.size(); ++k) {
    Inspector& i = out.rows[k];
    i.agency_id = owner[k];
    const auto& old = existing[k];
    i.id = old ? old->id : 0;
    out.outcomes.push_back(!old ? UpsertOutcome::kInserted
                                : same(*old, i) ? UpsertOutcome::kUnchanged : UpsertOutcome::kUpdated);
  }
  return out;
}

std::vector<UpsertResult> Inspectors::write_checked(const CheckedInspectors& batch) {
  return s_.transaction([&] {
    std::vector<UpsertResult> results;
    std::string at = Store::now();
    for (size_t k = 0; k < batch.rows.size(); ++k) {
      const Inspector& i = batch.rows[k];
      long long org = i.org_unit_id.value_or(0);
      soci::indicator org_ind = i.org_unit_id ? soci::i_ok : soci::i_null;
      int on_staff = i.on_staff, on_post = i.on_post, senior = i.senior;
      std::string tags = join_tags(i.tags);
      switch (batch.outcomes[k]) {
        case UpsertOutcome::kInserted: {
          long long id = s_.next_ids("inspector");
          long long agency = i.agency_id;
          s_.sql() << "INSERT INTO inspector (id, agency_id, org_unit_id, code, name, on_staff, "
                      "on_post, senior, tags, created_at, updated_at) VALUES (:id, :a, :o, :c, :n, "
                      ":st, :po, :se, :t, :at, :at2)",
              soci::use(id), soci::use(agency), soci::use(org, org_ind), soci::use(i.code),
              soci::use(i.name), soci::use(on_staff), soci::use(on_post), soci::use(senior),
              soci::use(tags), soci::use(at), soci::use(at);
          write_certificates(s_, id, i.certificates);
          results.push_back({id, 0, UpsertOutcome::kInserted});
          break;
        }
        case UpsertOutcome::kUnchanged:
          results.push_back({i.id, 0, UpsertOutcome::kUnchanged});
          break;
        case UpsertOutcome::kUpdated: {
          long long id = i.id;
          s_.sql() << "UPDATE inspector SET org_unit_id = :o, name = :n, on_staff = :st, "
                      "on_post = :po, senior = :se, tags = :t, updated_at = :at WHERE id = :id",
              soci::use(org, org_ind), soci::use(i.name), soci::use(on_staff), soci::use(on_post),
              soci::use(senior), soci::use(tags), soci::use(at), soci::use(id);
          write_certificates(s_, id, i.certificates);
          results.push_back({i.id, 0, UpsertOutcome::kUpdated});
          break;
        }
      }
    }
    return results;
  });
}

std::vector<UpsertResult> Inspectors::upsert_all(int64_t agency_id, const std::vector<Inspector>& list,
                                                 std::string_view /*actor: audited by the service*/) {
  // Inside the transaction: nothing can commit between the check and the write.
  return s_.transaction([&] { return write_checked(check_all(agency_id, list)); });
}

UpsertResult Inspectors::upsert(const Inspector& i, std::string_view actor) {
  return upsert_all(i.agency_id, {i}, actor).front();
}

std::optional<Inspector> Inspectors::get(int64_t id) {
  sqlu::Where w;
  w.add("id = :id", id);
  auto v = query_inspectors(s_.sql(), w, "");
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::optional<Inspector> Inspectors::find_live(std::string_view code) {
  sqlu::Where w;
  w.add("code = :c", std::string(code));
  w.add("deleted_at IS NULL");
  auto v = query_inspectors(s_.sql(), w, "");
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::optional<Inspector> Inspectors::find(int64_t agency_id, std::string_view code) {
  sqlu::Where w;
  w.add("agency_id = :a", agency_id);
  w.add("code = :c", std::string(code));
  w.add("deleted_at IS NULL");
  auto v = query_inspectors(s_.sql(), w, "");
  if (v.empty()) return std::nullopt;
  return v.front();
}

namespace {

sqlu::Where where_of(const InspectorFilter& f) {
  sqlu::Where w;
  if (f.agency_id) w.add("agency_id = :a", *f.agency_id);
  if (!f.agency_ids.empty()) {
    std::string in;
    for (int64_t id : f.agency_ids) in += (in.empty() ? "" : ",") + std::to_string(id);
    w.add("agency_id IN (" + in + ")");
  }
  if (f.org_unit_id) w.add("org_unit_id = :o", *f.org_unit_id);
  if (f.on_staff) w.add("on_staff = :s", int64_t{*f.on_staff ? 1 : 0});
  if (f.on_post) w.add("on_post = :p", int64_t{*f.on_post ? 1 : 0});
  if (!f.include_deleted) w.add("deleted_at IS NULL");
  return w;
}

}  // namespace

int64_t Inspectors::count(const InspectorFilter& f) {
  sqlu::Where w = where_of(f);
  long long n = 0;
  auto p = (s_.sql().prepare << "SELECT COUNT(*) FROM inspector" + w.sql(), soci::into(n));
  w.bind(p);
  soci::statement st(p);
  st.execute(true);
  return n;
}

Page<Inspector> Inspectors::list(const InspectorFilter& f) {
  sqlu::Where w = where_of(f);
  Page<Inspector> page;
  long long n = count(f);
  page.total = n;
  std::string tail = " ORDER BY id";
  if (f.limit > 0)
    tail += " LIMIT " + std::to_string(f.limit);
  else if (f.offset > 0 && s_.engine() == Engine::kSqlite)
    tail += " LIMIT -1";
  if (f.offset > 0) tail += " OFFSET " + std::to_string(f.offset);
  page.items = query_inspectors(s_.sql(), w, tail);
  return page;
}

void Inspectors::soft_delete(int64_t id, std::string_view /*actor*/) {
  s_.transaction([&] {
    auto i = get(id);
    if (!i) throw NotFound("inspector_not_found", "执法人员 " + std::to_string(id) + " 不存在", "inspector " + std::to_string(id) + " not found");
    if (!i->deleted_at.empty())
      throw Invalid({RowErrors{0, i->code, {{"deleted_at", "该执法人员已剔除 / already removed"}}}});
    std::string at = Store::now();
    long long lid = id;
    s_.sql() << "UPDATE inspector SET deleted_at = :at, updated_at = :at2 WHERE id = :id",
        soci::use(at), soci::use(at), soci::use(lid);
  });
}

int64_t Inspectors::add_absence(const Absence& a) {
  return s_.transaction([&] {
    auto errors = validate_absence(a);
    auto i = get(a.inspector_id);
    if (!i || !i->deleted_at.empty())
      errors.push_back({"inspector_id", "执法人员不存在 / inspector " +
                                            std::to_string(a.inspector_id) + " not found"});
    if (!errors.empty()) throw Invalid({RowErrors{0, i ? i->code : "", errors}});
    long long id = s_.next_ids("absence");
    long long iid = a.inspector_id;
    std::string kind(label(a.kind));
    s_.sql() << "INSERT INTO absence (id, inspector_id, kind, from_date, to_date, note) "
                "VALUES (:id, :i, :k, :f, :t, :n)",
        soci::use(id), soci::use(iid), soci::use(kind), soci::use(a.from), soci::use(a.to),
        soci::use(a.note);
    return static_cast<int64_t>(id);
  });
}

namespace {
std::vector<Absence> query_absences(soci::session& sql, const sqlu::Where& w) {
  std::vector<Absence> out;
  soci::row r;
  auto p = (sql.prepare << "SELECT absence.id, inspector_id, kind, from_date, to_date, note "
                           "FROM absence JOIN inspector ON inspector.id = absence.inspector_id" +
                               w.sql() + " ORDER BY from_date, absence.id",
            soci::into(r));
  w.bind(p);
  soci::statement st(p);
  st.execute();
  while (st.fetch())
    out.push_back(Absence{sqlu::i64(r, 0), sqlu::i64(r, 1),
                          from_label<AbsenceKind>(sqlu::str(r, 2)).value_or(AbsenceKind::kLeave),
                          sqlu::str(r, 3), sqlu::str(r, 4), sqlu::str(r, 5)});
  return out;
}
}  // namespace

std::vector<Absence> Inspectors::absences(int64_t inspector_id) {
  sqlu::Where w;
  w.add("inspector_id = :i", inspector_id);
  return query_absences(s_.sql(), w);
}

std::vector<Absence> Inspectors::absences_between(int64_t agency_id, std::string_view from,
                                                  std::string_view to) {
  sqlu::Where w;
  w.add("inspector.agency_id = :a", agency_id);
  w.add("to_date >= :f", std::string(from));
  w.add("from_date <= :t", std::string(to));
  return query_absences(s_.sql(), w);
}

void Inspectors::remove_absence(int64_t absence_id) {
  s_.transaction([&] {
    long long id = absence_id;
    soci::statement st = (s_.sql().prepare << "DELETE FROM absence WHERE id = :id", soci::use(id));
    st.execute(true);
    if (st.get_affected_rows() == 0)
      throw NotFound("absence_not_found", "休假/出差记录 " + std::to_string(absence_id) + " 不存在", "absence " + std::to_string(absence_id) + " not found");
  });
}

}  // namespace suiji::store
