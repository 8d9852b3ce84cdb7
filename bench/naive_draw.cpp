// The straightforward sj-draw/1 unit selection, for comparison with the engine:
//   naive_draw INPUT.json  → prints the selected units of each stratum
// Per unit: SHA-256 of the whole 64+len string through EVP, the full 78-digit ticket by
// schoolbook division, std::sort of (ticket, id) strings; population hash by sorting copies.
#include <openssl/evp.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string hex(const unsigned char* d, size_t n) {
  static const char* k = "0123456789abcdef";
  std::string s;
  for (size_t i = 0; i < n; ++i) s += k[d[i] >> 4], s += k[d[i] & 15];
  return s;
}

std::string sha_hex(const std::string& s) {
  unsigned char d[32];
  unsigned int len = 0;
  EVP_Digest(s.data(), s.size(), d, &len, EVP_sha256(), nullptr);
  return hex(d, 32);
}

std::string uniform(const std::string& s) {
  unsigned char d[32];
  unsigned int len = 0;
  EVP_Digest(s.data(), s.size(), d, &len, EVP_sha256(), nullptr);
  std::vector<int> n(d, d + 32);
  std::string dec;
  while (std::any_of(n.begin(), n.end(), [](int x) { return x; })) {
    int rem = 0;
    for (int& x : n) {
      int cur = rem * 256 + x;
      x = cur / 10;
      rem = cur % 10;
    }
    dec += char('0' + rem);
  }
  while (dec.size() < 64) dec += '0';
  return "0." + dec;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  std::ifstream f(argv[1]);
  nlohmann::json in = nlohmann::json::parse(f);
  std::string seed = std::string(in["draw_id"]) + "|" + std::string(in["nonce"]) + "|";
  for (size_t i = 0; i < in["witnesses"].size(); ++i) seed += (i ? "," : "") + std::string(in["witnesses"][i]["input"]);
  std::string seed_hex = sha_hex(seed);
  for (auto& s : in["strata"]) {
    std::vector<std::string> pop = s["population"];
    std::vector<std::pair<std::string, std::string>> t;
    for (auto& id : pop) t.emplace_back(uniform(seed_hex + id), id);
    std::sort(t.begin(), t.end());
    std::sort(pop.begin(), pop.end());
    std::string all;
    for (auto& id : pop) all += id + "\n";
    std::cout << std::string(s["id"]) << " population_hash " << sha_hex(all) << "\n";
    size_t k = s["k"];
    for (size_t i = 0; i < k && i < t.size(); ++i) std::cout << t[i].second << " " << t[i].first << "\n";
  }
}
