#include "store/migration_steps.h"

#include <soci/soci.h>

#include <string>
#include <tuple>
#include <vector>

#include "domain/contact.h"
#include "domain/json.h"
#include "store/sql_util.h"

namespace suiji::store {
namespace {

void split_contacts(soci::session& sql) {
  std::vector<std::pair<long long, std::string>> rows;
  {
    soci::row r;
    soci::statement st = (sql.prepare << "SELECT id, contact_person FROM unit WHERE contact_person <> ''", soci::into(r));
    st.execute();
    while (st.fetch()) rows.emplace_back(sqlu::i64(r, 0), sqlu::str(r, 1));
  }
  for (auto& [id, contact] : rows) {
    auto [person, phone] = split_contact(contact);
    if (phone.empty()) continue;
    sql << "UPDATE unit SET contact_person = :p, contact_phone = :t WHERE id = :id", soci::use(person),
        soci::use(phone), soci::use(id);
  }
}

void soft_delete_merged(soci::session& sql, const std::string& at) {
  std::vector<std::tuple<long long, long long, int>> units;
  {
    soci::row r;
    soci::statement st = (sql.prepare << "SELECT m.old_id, m.new_id, u.version FROM merged_unit m "
                                         "JOIN unit u ON u.id = m.old_id ORDER BY m.old_id",
                          soci::into(r));
    st.execute();
    while (st.fetch())
      units.emplace_back(sqlu::i64(r, 0), sqlu::i64(r, 1), static_cast<int>(sqlu::i64(r, 2)));
  }
  for (auto& [old_id, new_id, version] : units) {
    int v = version + 1;
    sql << "UPDATE unit SET deleted_at = :at, version = :v, updated_at = :at2 WHERE id = :id", soci::use(at),
        soci::use(v), soci::use(at), soci::use(old_id);
    std::string reason = "一企一档：合并到污染源 " + std::to_string(new_id) + "（迁移 0002） / merged into unit " +
                         std::to_string(new_id) + " (migration 0002)";
    std::string diff = Json{{"deleted_at", {{"from", nullptr}, {"to", at}}},
                            {"delete_reason", {{"from", nullptr}, {"to", reason}}},
                            {"merged_into", {{"from", nullptr}, {"to", new_id}}}}
                           .dump();
    std::string by = "migration:0002";
    sql << "INSERT INTO unit_history (unit_id, version, changed_at, changed_by, diff_json) "
           "VALUES (:u, :v, :at, :by, :d)",
        soci::use(old_id), soci::use(v), soci::use(at), soci::use(by), soci::use(diff);
  }
  sql << "UPDATE inspector SET deleted_at = :at, updated_at = :at2 "
         "WHERE id IN (SELECT old_id FROM merged_inspector)",
      soci::use(at), soci::use(at);
}

}  // namespace

void run_data_step(soci::session& sql, int version, const char* now) {
  if (version != 2) return;
  std::string at = now;
  split_contacts(sql);
  soft_delete_merged(sql, at);
}

}  // namespace suiji::store
