#include "store/policies.h"

#include <soci/soci.h>

#include "store/sql_util.h"
#include "store/store.h"

namespace suiji::store {

namespace {

const char* const kColumns = "id, agency_id, year, version, preset, json, created_at, created_by";

std::vector<StoredPolicy> query(Store& s, const std::string& where, long long agency, int year, int version) {
  std::vector<StoredPolicy> out;
  soci::row r;
  soci::statement st = (s.sql().prepare << std::string("SELECT ") + kColumns + " FROM policy_version WHERE agency_id = :a "
                                               "AND year = :y" + where + " ORDER BY version",
                        soci::into(r), soci::use(agency), soci::use(year), soci::use(version));
  st.execute();
  while (st.fetch())
    out.push_back(StoredPolicy{sqlu::i64(r, 0), sqlu::i64(r, 1), static_cast<int>(sqlu::i64(r, 2)),
                               static_cast<int>(sqlu::i64(r, 3)), sqlu::str(r, 4), sqlu::str(r, 5), sqlu::str(r, 6),
                               sqlu::str(r, 7)});
  return out;
}

}  // namespace

StoredPolicy Policies::add(int64_t agency_id, int year, std::string_view preset, std::string_view json,
                           std::string_view actor) {
  return s_.transaction([&] {
    auto all = versions(agency_id, year);
    StoredPolicy p;
    p.id = s_.next_ids("policy");
    p.agency_id = agency_id;
    p.year = year;
    p.version = all.empty() ? 1 : all.back().version + 1;
    p.preset = preset;
    p.json = json;
    p.created_at = Store::now();
    p.created_by = actor;
    long long id = p.id, agency = agency_id;
    s_.sql() << "INSERT INTO policy_version (id, agency_id, year, version, preset, json, created_at, created_by) "
                "VALUES (:id, :a, :y, :v, :p, :j, :at, :by)",
        soci::use(id), soci::use(agency), soci::use(p.year), soci::use(p.version), soci::use(p.preset),
        soci::use(p.json), soci::use(p.created_at), soci::use(p.created_by);
    return p;
  });
}

std::optional<StoredPolicy> Policies::current(int64_t agency_id, int year) {
  auto all = versions(agency_id, year);
  if (all.empty()) return std::nullopt;
  return all.back();
}

std::optional<StoredPolicy> Policies::get(int64_t agency_id, int year, int version) {
  auto v = query(s_, " AND version = :v", agency_id, year, version);
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::vector<StoredPolicy> Policies::versions(int64_t agency_id, int year) {
  return query(s_, " AND version >= :v", agency_id, year, 0);
}

}  // namespace suiji::store
