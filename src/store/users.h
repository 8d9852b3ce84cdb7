// Users (app_user table: "user" is reserved in PostgreSQL).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/user.h"

namespace suiji::store {

class Store;

class Users {
 public:
  explicit Users(Store& s) : s_(s) {}
  // Login unique (case-sensitive), ^[A-Za-z0-9._-]{2,64}$; password_hash must be set
  // (hash it with store/password.h). Throws Invalid.
  int64_t insert(const User& u);
  std::optional<User> get(int64_t id);
  std::optional<User> find_by_login(std::string_view login);
  std::vector<User> list(int64_t agency_id);
  void set_password_hash(int64_t id, std::string_view hash);
  void set_disabled(int64_t id, bool disabled);
  // Returns the new count.
  int record_failed_login(int64_t id);
  void reset_failed_logins(int64_t id);

 private:
  Store& s_;
};

}  // namespace suiji::store
