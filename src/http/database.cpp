#include "http/database.h"

#include <map>
#include <memory>

namespace suiji::http {

store::Store& thread_database(const std::string& connection) {
  thread_local std::map<std::string, std::unique_ptr<store::Store>> open;
  auto& slot = open[connection];
  if (!slot) {
    try {
      slot = service::open_existing_database(connection);
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::kBadInput) throw;
      throw unavailable(e.code(), e.zh(), e.en(), e.details());
    }
  }
  return *slot;
}

}  // namespace suiji::http
