// Two connections writing at once (two server threads, or two server instances): both
// succeed, in turn, and nothing is lost.
#include <thread>

#include "samples.h"
#include "store_fixture.h"

namespace suiji::testing {
namespace {

class Concurrency : public StoreTest {};

TEST_P(Concurrency, TwoWritersBothSucceed) {
  int64_t agency = db_->agencies().insert(quzhou());
  db_.reset();
  constexpr int kPerWriter = 40;
  std::vector<std::string> errors(2);
  auto writer = [&](int w) {
    try {
      auto db = reopen();
      for (int i = 0; i < kPerWriter; ++i) {
        // Read first, then write, inside one transaction: the pattern that makes a plain
        // SQLite BEGIN fail with "database is locked".
        db->transaction([&] {
          store::UnitFilter f;
          f.agency_id = agency;
          db->units().count(f);
          db->units().upsert(
              [&] {
                Unit u = sample_unit(w ? "330881" : "330802", w * 1000 + i);
                u.agency_id = agency;
                return u;
              }(),
              "writer" + std::to_string(w));
        });
      }
    } catch (const std::exception& e) {
      errors[w] = e.what();
    }
  };
  std::thread a(writer, 0), b(writer, 1);
  a.join();
  b.join();
  EXPECT_EQ(errors[0], "");
  EXPECT_EQ(errors[1], "");
  auto db = reopen();
  store::UnitFilter f;
  f.agency_id = agency;
  EXPECT_EQ(db->units().count(f), 2 * kPerWriter);
}

SUIJI_BOTH_ENGINES(Concurrency);

}  // namespace
}  // namespace suiji::testing
