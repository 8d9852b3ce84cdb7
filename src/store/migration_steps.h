// Data steps that a migration's SQL cannot do portably (splitting text, timestamps in our
// ISO format, history entries). Store::migrate runs the step of version N right after the
// SQL of migration N, in the same transaction.
#pragma once

namespace soci {
class session;
}

namespace suiji::store {

// Runs the data step of migration `version`, if it has one.
//   2: splits the old contact into contact_person / contact_phone (domain/contact.h), and
//      soft-deletes the duplicate units and inspectors listed in merged_unit /
//      merged_inspector, each unit with a history entry naming the unit it merged into.
void run_data_step(soci::session& sql, int version, const char* now);

}  // namespace suiji::store
