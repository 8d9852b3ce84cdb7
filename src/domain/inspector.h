// Inspector (执法检查人员), their certificates, absences, and conflicts of interest.
//
// Who may be drawn is a policy rule (Zhangdian: 在岗 and holding both certificates, 002:L11);
// the domain only states facts: which certificates are valid on a date, whether an absence
// covers a date. An expired certificate never qualifies.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/labels.h"

namespace suiji {

enum class CertificateKind { kLawEnforcement, kEnvSupervision };

template <>
struct EnumLabels<CertificateKind> {
  static constexpr EnumItem<CertificateKind> items[] = {
      {CertificateKind::kLawEnforcement, "law_enforcement", "行政执法证"},
      {CertificateKind::kEnvSupervision, "env_supervision", "环境监察执法证"},
  };
};

struct Certificate {
  CertificateKind kind = CertificateKind::kLawEnforcement;
  std::string number;
  std::string expires_on;  // ISO date; the certificate is valid through this day
};

// Valid on `date` (ISO "YYYY-MM-DD"): date <= expires_on. ISO dates compare as strings.
inline bool valid_on(const Certificate& c, std::string_view date) { return date <= c.expires_on; }

struct Inspector {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::optional<int64_t> org_unit_id;
  std::string code;  // sj-draw/1 inspector id, unique within the agency (e.g. 执法证号 or staff no.)
  std::string name;
  bool on_staff = true;  // 在编
  bool on_post = true;   // 在岗
  bool senior = false;   // 老同志 (以老带新 mentor); not senior = 新同志
  std::vector<std::string> tags;  // expertise, e.g. 危废, 辐射, 水
  std::vector<Certificate> certificates;
  std::string deleted_at;  // "" = on the roster
};

// True when the inspector holds a certificate of `kind` valid on `date`.
bool holds_valid(const Inspector& i, CertificateKind kind, std::string_view date);

// Reasons an inspector is unavailable (the seeds' list, 001:L67).
enum class AbsenceKind { kLeave, kBusinessTrip, kStudy, kSecondment };

template <>
struct EnumLabels<AbsenceKind> {
  static constexpr EnumItem<AbsenceKind> items[] = {
      {AbsenceKind::kLeave, "leave", "休假"},
      {AbsenceKind::kBusinessTrip, "business_trip", "因公出差"},
      {AbsenceKind::kStudy, "study", "学习"},
      {AbsenceKind::kSecondment, "secondment", "借调"},
  };
};

struct Absence {
  int64_t id = 0;
  int64_t inspector_id = 0;
  AbsenceKind kind = AbsenceKind::kLeave;
  std::string from;  // ISO date, inclusive
  std::string to;    // ISO date, inclusive; from <= to
  std::string note;
};

inline bool covers(const Absence& a, std::string_view date) { return a.from <= date && date <= a.to; }

// 回避: this inspector may never be assigned to this unit.
struct Conflict {
  int64_t id = 0;
  int64_t unit_id = 0;
  int64_t inspector_id = 0;
  std::string reason;  // e.g. 近亲属在该企业任职, 曾在该企业工作, 曾办理该企业案件
};

// "危废;辐射" <-> {"危废","辐射"}: tags are stored and exported ';'-separated.
std::string join_tags(const std::vector<std::string>& tags);
std::vector<std::string> split_tags(std::string_view text);

}  // namespace suiji
