// Exact numbers for sample sizes. Policies hold ratios such as 5 %, 1:1.25 and 50–60 %,
// and a size is that ratio times a count, rounded up (the minimum) or down (a maximum).
// Floating point would turn 137 × 5 % = 6.85 into 6.8500000000000005 and, worse, make
// ⌈20 × 5 %⌉ depend on how 0.05 was rounded; so sizes are computed as fractions.
//
// Invariants: den > 0 and gcd(num, den) == 1 after every operation; values stay small
// (counts up to millions times ratios with a few decimals), and products are formed in
// 128 bits so that no intermediate overflows. Plain values: thread-safe to copy.
#pragma once
#include <cstdint>
#include <numeric>
#include <optional>
#include <string>
#include <string_view>

namespace suiji::policy {

class Rational {
 public:
  constexpr Rational() = default;
  constexpr Rational(int64_t n) : num_(n), den_(1) {}  // NOLINT: integers are rationals
  Rational(int64_t n, int64_t d) : num_(n), den_(d) { normalise(); }

  // "5", "1.25", "0.05", "-2.5" (a decimal as written in a policy). Anything else
  // (exponents, spaces, fractions, more than 9 decimals) is nullopt.
  static std::optional<Rational> parse(std::string_view text) {
    bool neg = !text.empty() && text[0] == '-';
    if (neg) text.remove_prefix(1);
    if (text.empty()) return std::nullopt;
    int64_t n = 0, d = 1;
    bool dot = false, digits = false;
    for (char c : text) {
      if (c == '.' && !dot) { dot = true; continue; }
      if (c < '0' || c > '9') return std::nullopt;
      if (n > 100'000'000'000LL || (dot && d >= 1'000'000'000LL)) return std::nullopt;
      n = n * 10 + (c - '0');
      if (dot) d *= 10;
      digits = true;
    }
    if (!digits || text.back() == '.') return std::nullopt;
    return Rational(neg ? -n : n, d);
  }

  int64_t num() const { return num_; }
  int64_t den() const { return den_; }

  friend Rational operator*(Rational a, Rational b) {
    __int128 n = static_cast<__int128>(a.num_) * b.num_, d = static_cast<__int128>(a.den_) * b.den_;
    return from128(n, d);
  }
  friend Rational operator/(Rational a, Rational b) {
    __int128 n = static_cast<__int128>(a.num_) * b.den_, d = static_cast<__int128>(a.den_) * b.num_;
    if (d < 0) { n = -n; d = -d; }
    return from128(n, d);
  }
  friend Rational operator+(Rational a, Rational b) {
    __int128 n = static_cast<__int128>(a.num_) * b.den_ + static_cast<__int128>(b.num_) * a.den_;
    return from128(n, static_cast<__int128>(a.den_) * b.den_);
  }
  friend Rational operator-(Rational a, Rational b) { return a + Rational(-b.num_, b.den_); }
  friend bool operator==(Rational a, Rational b) { return a.num_ == b.num_ && a.den_ == b.den_; }
  friend bool operator<(Rational a, Rational b) {
    return static_cast<__int128>(a.num_) * b.den_ < static_cast<__int128>(b.num_) * a.den_;
  }
  friend bool operator>(Rational a, Rational b) { return b < a; }
  friend bool operator<=(Rational a, Rational b) { return !(b < a); }
  friend bool operator>=(Rational a, Rational b) { return !(a < b); }

  // The smallest integer ≥ this (sizes' minimums), and the largest ≤ this (maximums).
  int64_t ceil() const { return num_ >= 0 ? (num_ + den_ - 1) / den_ : -((-num_) / den_); }
  int64_t floor() const { return num_ >= 0 ? num_ / den_ : -((-num_ + den_ - 1) / den_); }
  bool is_integer() const { return den_ == 1; }

  // As a decimal when it has one ("6.85", "15", "0.5"), else "2/3": the formula a user
  // reads shows the exact value before rounding.
  std::string to_string() const {
    int64_t d = den_;
    int twos = 0, fives = 0;
    while (d % 2 == 0) { d /= 2; ++twos; }
    while (d % 5 == 0) { d /= 5; ++fives; }
    if (d != 1) return std::to_string(num_) + "/" + std::to_string(den_);
    int places = twos > fives ? twos : fives;
    __int128 scale = 1;
    for (int i = 0; i < places; ++i) scale *= 10;
    __int128 scaled = static_cast<__int128>(num_) * (scale / den_);
    bool neg = scaled < 0;
    if (neg) scaled = -scaled;
    std::string digits = std::to_string(static_cast<long long>(scaled));
    if (places > 0) {
      if (digits.size() <= static_cast<size_t>(places)) digits.insert(0, places - digits.size() + 1, '0');
      digits.insert(digits.size() - places, ".");
    }
    return (neg ? "-" : "") + digits;
  }

 private:
  static Rational from128(__int128 n, __int128 d) {
    __int128 a = n < 0 ? -n : n, b = d;
    while (b) { __int128 t = a % b; a = b; b = t; }
    if (a > 1) { n /= a; d /= a; }
    Rational r;
    r.num_ = static_cast<int64_t>(n);
    r.den_ = static_cast<int64_t>(d);
    return r;
  }
  void normalise() {
    if (den_ < 0) { num_ = -num_; den_ = -den_; }
    int64_t g = std::gcd(num_ < 0 ? -num_ : num_, den_);
    if (g > 1) { num_ /= g; den_ /= g; }
  }
  int64_t num_ = 0;
  int64_t den_ = 1;
};

}  // namespace suiji::policy
