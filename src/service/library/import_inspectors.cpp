#include "service/library/import_inspectors.h"

#include <map>

#include "service/library/import_columns.h"
#include "service/library/import_steps.h"
#include "service/library/import_upsert.h"
#include "service/library/import_values.h"

namespace suiji::service {

namespace {

std::optional<CertificateKind> parse_certificate_kind(const std::string& t) {
  if (auto k = from_label<CertificateKind>(t)) return k;
  static const std::map<std::string, CertificateKind> syn = {
      {"执法证", CertificateKind::kLawEnforcement},
      {"行政执法证件", CertificateKind::kLawEnforcement},
      {"行政执法资格证", CertificateKind::kLawEnforcement},
      {"环境监察证", CertificateKind::kEnvSupervision},
      {"环境执法证", CertificateKind::kEnvSupervision},
      {"环境监察执法证件", CertificateKind::kEnvSupervision},
      {"中国环境监察执法证", CertificateKind::kEnvSupervision}};
  if (auto it = syn.find(t); it != syn.end()) return it->second;
  return std::nullopt;
}

std::vector<std::string> split_tag_cell(const std::string& cell) {
  // Every separator people type becomes ";" (built anew, not with string::replace, whose
  // inlined copy GCC 12 -O2 misreads as overlapping: a false -Wrestrict).
  std::string t;
  t.reserve(cell.size());
  for (size_t i = 0; i < cell.size();) {
    size_t len = 0;
    for (std::string_view sep : {"；", "、", "，", ","})
      if (std::string_view(cell).substr(i, sep.size()) == sep) len = sep.size();
    t += len ? ';' : cell[i];
    i += len ? len : 1;
  }
  std::vector<std::string> out;
  for (auto& tag : split_tags(t)) {
    std::string trimmed = trim_cell(tag);
    if (!trimmed.empty()) out.push_back(trimmed);
  }
  return out;
}

// The internal unit is the 所属单位 column.
struct MappedInspector : MappedRecord<Inspector> {
  std::vector<int> cert_groups;  // certificate index -> column group number (1-based)
};

std::string group_field(const char* base, int n) { return std::string(base) + "_" + std::to_string(n); }

// As for units: a column the file has sets its field, a column it lacks keeps the
// stored inspector's value (certificates as a whole: kept unless any certificate column
// is present).
MappedInspector map_row(const HeaderMap& h, const io::TableRow& row, int64_t agency_id, const Inspector* stored,
                        RowIssues& issues) {
  MappedInspector m;
  Inspector& i = m.record;
  if (stored) i = *stored;
  i.agency_id = agency_id;
  i.code = h.cell(row, "code");
  if (h.has("name") || !stored) i.name = h.cell(row, "name");
  if (h.has("org_unit")) {
    m.sets_org_unit = true;
    m.org_unit_name = h.cell(row, "org_unit");
    i.org_unit_id.reset();
  }

  // `required`: a new inspector must have it, and a present cell must not be empty.
  auto yes_no = [&](const char* f, bool& target, bool required) {
    if (!h.has(f)) {
      if (required && !stored) issues.add(h.column(f), "新增人员必填，应填 是 或 否 / required for a new inspector: 是/否");
      return;
    }
    std::string t = h.cell(row, f);
    target = false;
    if (t.empty()) {
      if (required) issues.add(h.column(f), "必填，应填 是 或 否 / required: 是/否");
      return;
    }
    if (auto b = parse_yes_no(t)) target = *b;
    else issues.add(h.column(f), "「" + t + "」应填 是 或 否 / expected 是/否");
  };
  // 在编/在岗 decide who may be drawn: never assume them.
  yes_no("on_staff", i.on_staff, true);
  yes_no("on_post", i.on_post, true);
  yes_no("senior", i.senior, false);
  if (h.has("tags")) i.tags = split_tag_cell(h.cell(row, "tags"));

  bool has_certificate_columns = false;
  for (int n = 1; n <= kMaxCertificates; ++n)
    for (const char* base : {"cert_kind", "cert_number", "cert_expiry"})
      has_certificate_columns = has_certificate_columns || h.has(group_field(base, n));
  if (!has_certificate_columns) return m;
  i.certificates.clear();
  for (int n = 1; n <= kMaxCertificates; ++n) {
    std::string kf = group_field("cert_kind", n), nf = group_field("cert_number", n), ef = group_field("cert_expiry", n);
    std::string kind = h.cell(row, kf), number = h.cell(row, nf), expiry = h.cell(row, ef);
    if (kind.empty() && number.empty() && expiry.empty()) continue;
    Certificate c;
    c.number = number;
    bool ok = true;
    if (kind.empty()) { issues.add(h.column(kf), "填写了证件编号或有效期，却缺少证件类型 / certificate type is missing"); ok = false; }
    else if (auto k = parse_certificate_kind(kind)) c.kind = *k;
    else { issues.add(h.column(kf), "「" + kind + "」不是可选值，应为 " + all_labels<CertificateKind>() + " / unknown certificate type"); ok = false; }
    if (number.empty()) { issues.add(h.column(nf), "缺少证件编号 / certificate number is missing"); ok = false; }
    if (expiry.empty()) { issues.add(h.column(ef), "缺少有效期 / expiry date is missing"); ok = false; }
    else if (auto d = parse_date(expiry)) c.expires_on = *d;
    else { issues.add(h.column(ef), "「" + expiry + "」不是有效日期，应为 YYYY-MM-DD / not a valid date"); ok = false; }
    if (ok) {
      i.certificates.push_back(c);
      m.cert_groups.push_back(n);
    }
  }
  return m;
}

}  // namespace

ImportReport import_inspectors(store::Store& db, const io::Table& table, const ImportOptions& options) {
  ImportReport report = start_report("inspectors", table, options);
  auto agency = resolve_agency(db, options.agency_region, report);
  HeaderMap h = HeaderMap::locate(table, inspector_columns(), report);
  if (!h.found() || !agency) return report;

  OrgUnitResolver org_units(db, agency->id);
  OwnersOrgUnits owners_org_units(db, *agency);
  // The live inspectors the rows name, whichever agency they belong to (a city's sheet
  // may update its county's inspectors), by code.
  std::map<std::string, Inspector> stored;
  for (size_t r = h.first_data_index(); r < table.rows.size(); ++r) {
    std::string code = h.cell(table.rows[r], "code");
    if (code.empty() || stored.count(code)) continue;
    if (auto i = db.inspectors().find_live(code)) stored.emplace(code, std::move(*i));
  }
  std::vector<MappedInspector> mapped;
  std::vector<int> row_numbers;
  std::map<std::string, int> first_row_of_code;
  for (size_t r = h.first_data_index(); r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    RowIssues issues(row.number, report.errors);
    auto it = stored.find(h.cell(row, "code"));
    MappedInspector m = map_row(h, row, agency->id, it == stored.end() ? nullptr : &it->second, issues);
    auto column_of = [&](const std::string& field) {
      // "certificates[k].number" -> the k-th filled certificate group's column
      if (field.rfind("certificates[", 0) == 0) {
        size_t k = std::stoul(field.substr(13));
        int n = k < m.cert_groups.size() ? m.cert_groups[k] : 1;
        return h.column(group_field(field.find("expires_on") != std::string::npos ? "cert_expiry" : "cert_number", n));
      }
      return h.column(field);
    };
    for (const auto& fe : validate_inspector(m.record)) issues.add(column_of(fe.field), fe.message);
    if (!m.record.code.empty()) {
      auto [it, fresh] = first_row_of_code.emplace(m.record.code, row.number);
      if (!fresh)
        issues.add(h.column("code"), "「" + m.record.code + "」与第 " + std::to_string(it->second) +
                                         " 行重复 / duplicate code, first on row " + std::to_string(it->second));
    }
    check_org_unit(m, it == stored.end() ? std::nullopt : std::optional<int64_t>(it->second.agency_id), agency->id,
                   org_units, owners_org_units, options.create_org_units, h.column("org_unit"), issues);
    mapped.push_back(std::move(m));
    row_numbers.push_back(row.number);
    if (stop_at_error_limit(report, options, row)) break;
  }
  if (!finish_checking(report, table, mapped.size(), h)) return report;

  upsert_mapped_rows(db, options, *agency, h, org_units, mapped, row_numbers, &Inspector::code,
                     [&](const std::vector<Inspector>& list) {
                       return db.inspectors().check_all(agency->id, list).outcomes;
                     },
                     [&](const std::vector<Inspector>& list) {
                       return db.inspectors().upsert_all(agency->id, list, options.actor);
                     },
                     report);
  return report;
}

}  // namespace suiji::service
