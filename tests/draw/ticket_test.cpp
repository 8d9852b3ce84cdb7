#include <gtest/gtest.h>

#include "draw/sha256.h"
#include "draw/ticket.h"

namespace suiji::draw {
namespace {

TEST(Ticket, SpecExample) {
  EXPECT_EQ(ticket("01382438112797316654", "AB-130"),
            "0.26299714122838008416507544297546663599715395525154425586041245287750224561854");
}

// Straight from the definition, digit by digit, with no shortcut: the reference the
// fast path (divq chunks, reversal tables) is checked against.
std::string uniform_slow(const Digest& d) {
  std::vector<int> n(d.begin(), d.end());  // base-256 big-endian
  std::string dec;
  while (std::any_of(n.begin(), n.end(), [](int x) { return x != 0; })) {
    int rem = 0;
    for (int& x : n) {
      int cur = rem * 256 + x;
      x = cur / 10;
      rem = cur % 10;
    }
    dec.push_back(static_cast<char>('0' + rem));  // least significant first = reversed
  }
  if (dec.empty()) dec = "0";
  if (dec.size() < 64) dec.append(64 - dec.size(), '0');
  return "0." + dec;
}

TEST(Ticket, FastDecimalMatchesTheDefinition) {
  for (int i = 0; i < 2000; ++i) {
    Digest d = sha256("x" + std::to_string(i));
    ASSERT_EQ(uniform_from_digest(d), uniform_slow(d)) << i;
  }
}

TEST(Ticket, SmallValuesArePaddedTo64Digits) {
  Digest d{};
  d[31] = 7;  // n = 7
  std::string t = uniform_from_digest(d);
  EXPECT_EQ(t, "0.7" + std::string(63, '0'));
  Digest zero{};
  EXPECT_EQ(uniform_from_digest(zero), "0." + std::string(64, '0'));
}

TEST(Ticket, KeyOrdersLikeTheTicketStrings) {
  TicketMachine tm("seed|for|keys");
  std::vector<std::pair<uint64_t, std::string>> v;
  for (int i = 0; i < 3000; ++i) {
    std::string id = "U" + std::to_string(i);
    v.push_back({tm.key(id), tm.ticket(id)});
    // the key is the first 19 digits of the ticket
    ASSERT_EQ(std::to_string(v.back().first).size() <= 19, true);
    char buf[32];
    snprintf(buf, sizeof buf, "%019llu", static_cast<unsigned long long>(v.back().first));
    ASSERT_EQ(v.back().second.substr(2, 19), buf) << id;
  }
}

TEST(Ticket, ConsistentOrderIsSortedAndIndependentOfInputOrder) {
  TicketMachine tm("370181-2026Q2-1|abc|123");
  std::vector<std::string> ids;
  for (int i = 0; i < 500; ++i) ids.push_back("9137" + std::to_string(100000 + i * 7));
  std::vector<std::string_view> views(ids.begin(), ids.end());
  std::vector<uint32_t> order = consistent_order(tm, views);
  for (size_t i = 1; i < order.size(); ++i) ASSERT_LT(tm.ticket(views[order[i - 1]]), tm.ticket(views[order[i]]));

  std::vector<std::string_view> reversed(views.rbegin(), views.rend());
  std::vector<uint32_t> order2 = consistent_order(tm, reversed);
  for (size_t i = 0; i < order.size(); ++i) ASSERT_EQ(views[order[i]], reversed[order2[i]]);

  std::vector<uint32_t> sample = consistent_sample(tm, views, 25);
  ASSERT_EQ(sample.size(), 25u);
  for (size_t i = 0; i < sample.size(); ++i) EXPECT_EQ(sample[i], order[i]);
  EXPECT_EQ(consistent_sample(tm, views, 10000).size(), views.size());
}

TEST(Ticket, LargePopulationUsesThreadsAndStaysIdentical) {
  TicketMachine tm("big");
  std::vector<std::string> ids;
  for (int i = 0; i < 60000; ++i) ids.push_back("ID" + std::to_string(i));
  std::vector<std::string_view> views(ids.begin(), ids.end());
  std::vector<uint32_t> sample = consistent_sample(tm, views, 50);
  std::vector<std::pair<std::string, uint32_t>> slow;
  for (uint32_t i = 0; i < views.size(); ++i) slow.push_back({tm.ticket(views[i]), i});
  std::partial_sort(slow.begin(), slow.begin() + 50, slow.end());
  for (size_t i = 0; i < 50; ++i) EXPECT_EQ(sample[i], slow[i].second);
}

}  // namespace
}  // namespace suiji::draw

namespace suiji::draw {
namespace {

// The midstate's one-block fast path (ids up to 55 bytes) and the general path (56–64)
// agree with a plain SHA-256 of the whole string, at every length.
TEST(Midstate, EveryTailLengthMatchesAPlainHash) {
  std::string prefix = sha256_hex("330800-2026Q4-1|nonce|123");
  Midstate m(prefix);
  std::string id;
  for (int len = 0; len <= 64; ++len) {
    EXPECT_EQ(to_hex(m.digest(id)), sha256_hex(prefix + id)) << "length " << len;
    id.push_back(static_cast<char>('A' + len % 26));
  }
}

}  // namespace
}  // namespace suiji::draw
