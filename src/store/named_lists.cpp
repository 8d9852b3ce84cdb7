#include "store/named_lists.h"

#include <soci/soci.h>

#include <algorithm>

#include "store/sql_util.h"
#include "store/store.h"

namespace suiji::store {

namespace {

std::optional<NamedList> find_one(Store& s, int64_t agency_id, const std::string& name, int year) {
  soci::row r;
  long long agency = agency_id;
  soci::statement st = (s.sql().prepare << "SELECT id, agency_id, name, year, frozen_at FROM named_list "
                                           "WHERE agency_id = :a AND name = :n AND year = :y",
                        soci::into(r), soci::use(agency), soci::use(name), soci::use(year));
  st.execute();
  if (!st.fetch()) return std::nullopt;
  return NamedList{sqlu::i64(r, 0), sqlu::i64(r, 1), sqlu::str(r, 2), static_cast<int>(sqlu::i64(r, 3)),
                   r.get_indicator(4) == soci::i_null ? "" : sqlu::str(r, 4)};
}

}  // namespace

NamedList NamedLists::put(int64_t agency_id, std::string_view name_view, int year, const std::vector<int64_t>& unit_ids) {
  return s_.transaction([&] {
    std::string name(name_view);
    auto list = find_one(s_, agency_id, name, year);
    if (list && !list->frozen_at.empty())
      throw StoreError(ErrorKind::kConflict, "list_frozen",
                       "名单「" + name + "」（" + std::to_string(year) + "）已于 " + list->frozen_at + " 被抽取使用，不能再更改",
                       "list \"" + name + "\" (" + std::to_string(year) + ") was frozen by a draw at " + list->frozen_at +
                           " and cannot change");
    long long id;
    if (list) {
      id = list->id;
      s_.sql() << "DELETE FROM named_list_member WHERE list_id = :l", soci::use(id);
    } else {
      id = s_.next_ids("named_list");
      long long agency = agency_id;
      s_.sql() << "INSERT INTO named_list (id, agency_id, name, year) VALUES (:id, :a, :n, :y)", soci::use(id),
          soci::use(agency), soci::use(name), soci::use(year);
      list = NamedList{id, agency_id, name, year, ""};
    }
    std::vector<int64_t> sorted = unit_ids;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    long long unit = 0;
    soci::statement ins = (s_.sql().prepare << "INSERT INTO named_list_member (list_id, unit_id) VALUES (:l, :u)",
                           soci::use(id), soci::use(unit));
    for (int64_t u : sorted) {
      unit = u;
      ins.execute(true);
    }
    return *list;
  });
}

std::optional<NamedList> NamedLists::find(const std::vector<int64_t>& agency_ids, std::string_view name, int year) {
  for (int64_t a : agency_ids)
    if (auto l = find_one(s_, a, std::string(name), year)) return l;
  return std::nullopt;
}

std::vector<int64_t> NamedLists::members(int64_t list_id) {
  std::vector<int64_t> out;
  soci::row r;
  long long id = list_id;
  soci::statement st = (s_.sql().prepare << "SELECT unit_id FROM named_list_member WHERE list_id = :l ORDER BY unit_id",
                        soci::into(r), soci::use(id));
  st.execute();
  while (st.fetch()) out.push_back(sqlu::i64(r, 0));
  return out;
}

}  // namespace suiji::store
