// Reading records and rectifications (`suiji record show | list`, `suiji rectification
// list`): every read names its actor, who must hold a working role at the agency of the
// records or above (a county user never reads another county's records).
#pragma once
#include <string>

#include "domain/json.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

// record_json (record_json.h) of one record.
Json show_record(store::Store& db, const std::string& record, const std::string& actor);

struct RecordQuery {
  std::string agency, actor;
  std::string status;  // "" = every status; a RecordStatus key or label
  std::string period;  // "" = every period
};

// {"agency", "records": [record_json without history …], "total"}: the records of the
// agency's own tasks.
Json list_records(store::Store& db, const RecordQuery& query);

// {"agency", "rectifications": [{… "unit", "unit_name", "overdue"}], "total"}: the open
// rectifications of the units the agency's records found, overdue ones flagged as of today.
Json list_rectifications(store::Store& db, const std::string& agency, const std::string& actor,
                         const std::string& today = "");

}  // namespace suiji::service
