// Issue 11 item 7: a reader never waits on a writer. While one connection holds the
// write lock (as an import's write phase does), opening the database a second time and
// reading from it answers at once instead of after the 10 s busy timeout.
#include <chrono>

#include "service_fixture.h"

using namespace suiji;

TEST(ReadersWaitNot, OpeningAndReadingDuringAWriteTransactionDoesNotWait) {
  suiji::testing::TempDir dir;
  std::string path = dir.file("suiji.db");
  auto writer = store::Store::open(path);
  writer->transaction([&] {
    Agency a{0, "衢州市生态环境局", AgencyLevel::kCity, "330800", "", std::nullopt};
    writer->agencies().insert(a);  // the write lock is held from here to the end
    auto t0 = std::chrono::steady_clock::now();
    auto reader = store::Store::open(path);
    store::UnitFilter f;
    EXPECT_EQ(reader->units().count(f), 0);
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_LT(ms, 1000) << "the reader waited for the writer";
  });
}
