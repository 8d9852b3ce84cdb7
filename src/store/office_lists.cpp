#include "store/office_lists.h"

#include <soci/soci.h>

#include "store/sql_util.h"
#include "store/store.h"

namespace suiji::store {
namespace {

std::vector<OfficeListEntry> query(soci::session& sql, const sqlu::Where& w) {
  std::vector<OfficeListEntry> out;
  soci::row r;
  auto p = (sql.prepare << "SELECT id, agency_id, kind, unit_id, period, origin, note, created_at FROM office_list_entry" +
                               w.sql() + " ORDER BY id",
            soci::into(r));
  w.bind(p);
  soci::statement st(p);
  st.execute();
  while (st.fetch()) {
    OfficeListEntry e;
    e.id = sqlu::i64(r, 0);
    e.agency_id = sqlu::i64(r, 1);
    e.kind = sqlu::str(r, 2);
    e.unit_id = sqlu::i64(r, 3);
    e.period = sqlu::str(r, 4);
    e.origin = sqlu::str(r, 5);
    e.note = sqlu::str(r, 6);
    e.created_at = sqlu::str(r, 7);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

int64_t OfficeLists::replace(int64_t agency_id, const std::string& kind, const std::string& period,
                             const std::vector<OfficeListEntry>& entries) {
  return s_.transaction([&] {
    long long agency = agency_id, before = 0;
    s_.sql() << "SELECT COUNT(*) FROM office_list_entry WHERE agency_id = :a AND kind = :k AND period = :p",
        soci::into(before), soci::use(agency), soci::use(kind), soci::use(period);
    s_.sql() << "DELETE FROM office_list_entry WHERE agency_id = :a AND kind = :k AND period = :p", soci::use(agency),
        soci::use(kind), soci::use(period);
    if (entries.empty()) return static_cast<int64_t>(before);
    long long id = s_.next_ids("office_list_entry", static_cast<int64_t>(entries.size())), unit = 0;
    std::string origin, note, at = Store::now();
    soci::statement st = (s_.sql().prepare << "INSERT INTO office_list_entry (id, agency_id, kind, unit_id, period, "
                                              "origin, note, created_at) VALUES (:id, :a, :k, :u, :p, :o, :n, :at)",
                          soci::use(id), soci::use(agency), soci::use(kind), soci::use(unit), soci::use(period),
                          soci::use(origin), soci::use(note), soci::use(at));
    for (const auto& e : entries) {
      unit = e.unit_id;
      origin = e.origin;
      note = e.note;
      st.execute(true);
      ++id;
    }
    return static_cast<int64_t>(before);
  });
}

std::vector<OfficeListEntry> OfficeLists::of_period(const std::string& period) {
  sqlu::Where w;
  w.add("period = :p", period);
  return query(s_.sql(), w);
}

std::vector<OfficeListEntry> OfficeLists::list(int64_t agency_id, const std::string& kind, const std::string& period) {
  sqlu::Where w;
  w.add("agency_id = :a", agency_id);
  w.add("kind = :k", kind);
  w.add("period = :p", period);
  return query(s_.sql(), w);
}

}  // namespace suiji::store
