// Evidence files (证明材料, 现场照片): what a change request, a deletion request or an
// on-site record attaches — checked the same way everywhere, stored by SHA-256 in the
// attachment store (store/attachments.h), listed as {"id", "filename", "sha256", "mime",
// "size"} so a printed form can cite the hash.
//
// Contracts:
// - check_evidence refuses before anything is written: more than 10 MB (kTooLarge
//   "attachment_too_large"), not JPEG, PNG or PDF (kBadInput "attachment_type"), each
//   naming the file; with `required`, no file at all is kBadInput "evidence_missing" with
//   the `missing_zh` / `missing_en` sentence (what kind of evidence this step wants).
// - store_evidence runs inside the caller's service::write and returns the listing.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "domain/json.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct EvidenceFile {
  std::string filename;  // as uploaded (folders are dropped)
  std::string bytes;
};

// The file at `path` as evidence (kBadInput "file_unreadable" when it cannot be read).
EvidenceFile evidence_file(const std::string& path);
std::vector<EvidenceFile> evidence_files(const std::vector<std::string>& paths);

void check_evidence(const std::vector<EvidenceFile>& files, bool required, const std::string& missing_zh = "",
                    const std::string& missing_en = "");

// Stores each file as an attachment of (owner_kind, owner_id) uploaded by `login`.
Json store_evidence(store::Store& db, const std::string& owner_kind, int64_t owner_id,
                    const std::vector<EvidenceFile>& files, const std::string& login);

}  // namespace suiji::service
