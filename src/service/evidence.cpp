#include "service/evidence.h"

#include "domain/attachment_rules.h"
#include "domain/error.h"
#include "draw/sha256.h"
#include "io/file_bytes.h"
#include "store/store.h"

namespace suiji::service {
namespace {

std::string base_name(const std::string& path) {
  auto slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

EvidenceFile evidence_file(const std::string& path) { return {base_name(path), io::read_file_bytes(path)}; }

std::vector<EvidenceFile> evidence_files(const std::vector<std::string>& paths) {
  std::vector<EvidenceFile> out;
  for (const auto& p : paths) out.push_back(evidence_file(p));
  return out;
}

void check_evidence(const std::vector<EvidenceFile>& files, bool required, const std::string& missing_zh,
                    const std::string& missing_en) {
  if (files.empty() && required)
    throw bad_input("evidence_missing", missing_zh, missing_en, Json{{"field", "evidence"}});
  for (const auto& f : files) {
    std::string name = base_name(f.filename);
    if (f.bytes.size() > kMaxAttachmentBytes)
      throw Error(ErrorKind::kTooLarge, "attachment_too_large", "附件「" + name + "」超过 10 MB",
                  "attachment \"" + name + "\" is larger than 10 MB", Json{{"field", "evidence"}, {"file", name}});
    if (!sniff_attachment_type(f.bytes))
      throw bad_input("attachment_type", "附件「" + name + "」不是 JPEG、PNG 或 PDF 文件",
                      "attachment \"" + name + "\" is not a JPEG, PNG or PDF file",
                      Json{{"field", "evidence"}, {"file", name}});
  }
}

Json store_evidence(store::Store& db, const std::string& owner_kind, int64_t owner_id,
                    const std::vector<EvidenceFile>& files, const std::string& login) {
  Json listing = Json::array();
  for (const auto& f : files) {
    store::NewAttachment a;
    a.owner_kind = owner_kind;
    a.owner_id = owner_id;
    a.filename = base_name(f.filename);
    a.sha256 = draw::sha256_hex(f.bytes);
    a.mime = *sniff_attachment_type(f.bytes);
    a.content = f.bytes;
    a.uploaded_by = login;
    int64_t id = db.attachments().insert(a);
    listing.push_back(
        {{"id", id}, {"filename", a.filename}, {"sha256", a.sha256}, {"mime", a.mime}, {"size", f.bytes.size()}});
  }
  return listing;
}

}  // namespace suiji::service
