#include "store/users.h"

#include <soci/soci.h>


#include "store/sql_util.h"
#include "store/store.h"

namespace suiji::store {
namespace {

std::vector<User> query(soci::session& sql, const sqlu::Where& w) {
  std::vector<User> out;
  soci::row r;
  auto p = (sql.prepare << "SELECT id, agency_id, org_unit_id, login, name, roles, password_hash, "
                           "disabled, failed_logins FROM app_user" + w.sql() + " ORDER BY id",
            soci::into(r));
  w.bind(p);
  soci::statement st(p);
  st.execute();
  while (st.fetch()) {
    User u;
    u.id = sqlu::i64(r, 0);
    u.agency_id = sqlu::i64(r, 1);
    u.org_unit_id = sqlu::opt_i64(r, 2);
    u.login = sqlu::str(r, 3);
    u.name = sqlu::str(r, 4);
    u.roles = parse_roles(sqlu::str(r, 5)).value_or(std::vector<Role>{});
    u.password_hash = sqlu::str(r, 6);
    u.disabled = sqlu::flag(r, 7);
    u.failed_logins = static_cast<int>(sqlu::i64(r, 8));
    out.push_back(std::move(u));
  }
  return out;
}

void require_one(soci::statement& st, int64_t id) {
  st.execute(true);
  if (st.get_affected_rows() == 0)
    throw NotFound("user_not_found", "用户 " + std::to_string(id) + " 不存在", "user " + std::to_string(id) + " not found");
}

}  // namespace

int64_t Users::insert(const User& u) {
  return s_.transaction([&] {
    std::vector<FieldError> errors;
    bool login_ok = u.login.size() >= 2 && u.login.size() <= 64;
    for (char c : u.login)
      login_ok = login_ok && ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
                              (c >= 'a' && c <= 'z') || c == '.' || c == '_' || c == '-');
    if (!login_ok)
      errors.push_back({"login", "登录名须为2–64位字母、数字或 . _ - (login must be 2-64 of "
                                 "A-Z a-z 0-9 . _ -)"});
    else if (find_by_login(u.login))
      errors.push_back({"login", "登录名「" + u.login + "」已被使用 / login already taken"});
    if (u.name.empty()) errors.push_back({"name", "缺少姓名 / name is missing"});
    if (u.password_hash.empty())
      errors.push_back({"password_hash", "缺少密码 / password hash is missing"});
    if (!s_.agencies().get(u.agency_id))
      errors.push_back({"agency_id", "机构不存在 / agency does not exist"});
    if (!errors.empty()) throw Invalid({RowErrors{0, u.login, errors}});
    long long id = s_.next_ids("app_user");
    long long agency = u.agency_id, org = u.org_unit_id.value_or(0);
    soci::indicator org_ind = u.org_unit_id ? soci::i_ok : soci::i_null;
    std::string roles = format_roles(u.roles), at = Store::now();
    int disabled = u.disabled;
    s_.sql() << "INSERT INTO app_user (id, agency_id, org_unit_id, login, name, password_hash, "
                "roles, disabled, failed_logins, created_at) VALUES (:id, :a, :o, :l, :n, :h, :r, "
                ":d, 0, :at)",
        soci::use(id), soci::use(agency), soci::use(org, org_ind), soci::use(u.login),
        soci::use(u.name), soci::use(u.password_hash), soci::use(roles), soci::use(disabled),
        soci::use(at);
    return static_cast<int64_t>(id);
  });
}

std::optional<User> Users::get(int64_t id) {
  sqlu::Where w;
  w.add("id = :id", id);
  auto v = query(s_.sql(), w);
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::optional<User> Users::find_by_login(std::string_view login) {
  sqlu::Where w;
  w.add("login = :l", std::string(login));
  auto v = query(s_.sql(), w);
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::vector<User> Users::list(int64_t agency_id) {
  sqlu::Where w;
  w.add("agency_id = :a", agency_id);
  return query(s_.sql(), w);
}

void Users::set_password_hash(int64_t id, std::string_view hash) {
  s_.transaction([&] {
    std::string h(hash);
    long long lid = id;
    soci::statement st = (s_.sql().prepare << "UPDATE app_user SET password_hash = :h WHERE id = :id",
                          soci::use(h), soci::use(lid));
    require_one(st, id);
  });
}

void Users::set_disabled(int64_t id, bool disabled) {
  s_.transaction([&] {
    int d = disabled;
    long long lid = id;
    soci::statement st = (s_.sql().prepare << "UPDATE app_user SET disabled = :d WHERE id = :id",
                          soci::use(d), soci::use(lid));
    require_one(st, id);
  });
}

int Users::record_failed_login(int64_t id) {
  return s_.transaction([&] {
    long long lid = id;
    soci::statement st = (s_.sql().prepare << "UPDATE app_user SET failed_logins = failed_logins + 1 "
                                              "WHERE id = :id",
                          soci::use(lid));
    require_one(st, id);
    int n = 0;
    s_.sql() << "SELECT failed_logins FROM app_user WHERE id = :id", soci::into(n), soci::use(lid);
    return n;
  });
}

void Users::reset_failed_logins(int64_t id) {
  s_.transaction([&] {
    long long lid = id;
    soci::statement st = (s_.sql().prepare << "UPDATE app_user SET failed_logins = 0 WHERE id = :id",
                          soci::use(lid));
    require_one(st, id);
  });
}

}  // namespace suiji::store
