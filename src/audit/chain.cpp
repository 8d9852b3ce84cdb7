#include "audit/chain.h"

#include <algorithm>
#include <vector>

#include "draw/sha256.h"

namespace suiji::audit {

namespace {

void write_canonical(const Json& j, std::string& out) {
  if (j.is_object()) {
    std::vector<std::pair<std::string_view, const Json*>> items;
    items.reserve(j.size());
    for (auto it = j.begin(); it != j.end(); ++it) items.emplace_back(it.key(), &it.value());
    std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    out += '{';
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) out += ',';
      out += Json(std::string(items[i].first)).dump();
      out += ':';
      write_canonical(*items[i].second, out);
    }
    out += '}';
  } else if (j.is_array()) {
    out += '[';
    for (size_t i = 0; i < j.size(); ++i) {
      if (i) out += ',';
      write_canonical(j[i], out);
    }
    out += ']';
  } else {
    out += j.dump();
  }
}

}  // namespace

std::string canonical_json(const Json& j) {
  std::string out;
  write_canonical(j, out);
  return out;
}

std::string entry_hash(const AuditEntry& e) {
  Json body = Json::object();
  body["seq"] = e.seq;
  body["at"] = e.at;
  body["actor"] = e.actor;
  body["action"] = e.action;
  body["entity"] = e.entity;
  body["entity_id"] = e.entity_id;
  body["before"] = e.before;
  body["after"] = e.after;
  return draw::sha256_hex(e.prev_hash + canonical_json(body));
}

void seal(AuditEntry& e, int64_t prev_seq, std::string_view prev_hash) {
  e.seq = prev_seq + 1;
  e.prev_hash = std::string(prev_hash);
  e.hash = entry_hash(e);
}

void ChainVerifier::add(const AuditEntry& e) {
  if (!check_.ok) return;
  ++check_.entries;
  auto fail = [&](int64_t seq, std::string zh, std::string en) {
    check_.ok = false;
    check_.bad_seq = seq;
    check_.problem_zh = std::move(zh);
    check_.problem_en = std::move(en);
  };
  std::string n = std::to_string(e.seq);
  if (e.seq != last_seq_ + 1) {
    std::string want = std::to_string(last_seq_ + 1);
    if (e.seq > last_seq_ + 1)
      return fail(last_seq_ + 1, "缺少第 " + want + " 条（下一条是第 " + n + " 条）：条目被删除",
                  "entry " + want + " is missing (the next is " + n + "): an entry was deleted");
    return fail(e.seq, "第 " + n + " 条出现在第 " + std::to_string(last_seq_) + " 条之后：顺序被改动",
                "entry " + n + " follows entry " + std::to_string(last_seq_) + ": entries were reordered");
  }
  if (e.prev_hash != check_.head_hash)
    return fail(e.seq, "第 " + n + " 条的前一哈希与第 " + std::to_string(last_seq_) + " 条的哈希不符：链被改动",
                "entry " + n + "'s previous hash does not match entry " + std::to_string(last_seq_) + "'s hash: the chain was altered");
  if (entry_hash(e) != e.hash)
    return fail(e.seq, "第 " + n + " 条的内容与其哈希不符：条目被修改",
                "entry " + n + "'s content does not match its hash: the entry was edited");
  last_seq_ = e.seq;
  check_.head_hash = e.hash;
}

}  // namespace suiji::audit
