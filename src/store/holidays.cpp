#include "store/holidays.h"

#include <soci/soci.h>

#include <set>

#include "store/sql_util.h"
#include "store/store.h"

namespace suiji::store {

int Holidays::add_missing(const std::vector<Holiday>& days, std::string_view source) {
  return s_.transaction([&] {
    std::set<std::string> have, admin_years;
    {
      soci::row r;
      soci::statement st = (s_.sql().prepare << "SELECT day, source FROM holiday", soci::into(r));
      st.execute();
      while (st.fetch()) {
        std::string day = sqlu::str(r, 0);
        have.insert(day);
        if (sqlu::str(r, 1).starts_with("admin:")) admin_years.insert(day.substr(0, 4));
      }
    }
    int added = 0;
    std::string src(source);
    for (const auto& h : days) {
      // A year an admin entered is that admin's table as a whole (replace_year): no
      // built-in day is put back into it.
      if (have.count(h.date) || admin_years.count(h.date.substr(0, 4))) continue;
      std::string kind(key(h.kind));
      s_.sql() << "INSERT INTO holiday (day, kind, name, source) VALUES (:d, :k, :n, :s)",
          soci::use(h.date), soci::use(kind), soci::use(h.name), soci::use(src);
      have.insert(h.date);
      ++added;
    }
    return added;
  });
}

int Holidays::replace_year(int year, const std::vector<Holiday>& days, std::string_view source) {
  return s_.transaction([&] {
    std::string from = std::to_string(year) + "-01-01", to = std::to_string(year) + "-12-31", src(source);
    long long before = 0;
    s_.sql() << "SELECT COUNT(*) FROM holiday WHERE day >= :f AND day <= :t", soci::into(before), soci::use(from),
        soci::use(to);
    s_.sql() << "DELETE FROM holiday WHERE day >= :f AND day <= :t", soci::use(from), soci::use(to);
    for (const auto& h : days) {
      std::string kind(key(h.kind));
      s_.sql() << "INSERT INTO holiday (day, kind, name, source) VALUES (:d, :k, :n, :s)", soci::use(h.date),
          soci::use(kind), soci::use(h.name), soci::use(src);
    }
    return static_cast<int>(before);
  });
}

std::string Holidays::source_of(int year) {
  std::string from = std::to_string(year) + "-01-01", to = std::to_string(year) + "-12-31";
  soci::row r;
  soci::statement st = (s_.sql().prepare << "SELECT source FROM holiday WHERE day >= :f AND day <= :t ORDER BY day",
                        soci::into(r), soci::use(from), soci::use(to));
  st.execute();
  return st.fetch() ? sqlu::str(r, 0) : "";
}

std::vector<Holiday> Holidays::between(std::string_view from, std::string_view to) {
  std::vector<Holiday> out;
  std::string f(from), t(to);
  soci::row r;
  soci::statement st = (s_.sql().prepare << "SELECT day, kind, name FROM holiday WHERE day >= :f "
                                            "AND day <= :t ORDER BY day",
                        soci::into(r), soci::use(f), soci::use(t));
  st.execute();
  while (st.fetch())
    out.push_back(Holiday{sqlu::str(r, 0),
                          from_label<HolidayKind>(sqlu::str(r, 1)).value_or(HolidayKind::kOff),
                          sqlu::str(r, 2)});
  return out;
}

}  // namespace suiji::store
