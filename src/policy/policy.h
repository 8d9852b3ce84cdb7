// A policy (抽查规则): one agency's sampling rules for one year, as data. Every rule of
// the seeds that decides who is drawn, how many and when lives here, never in an
// `if (city == …)`; the eight presets (presets.h) are policies that reproduce the seeds
// clause by clause. The JSON form, its schema and its checks are in policy_json.h and
// docs/policy.md; what each value means is said at its field below.
//
// Every rule carries `basis`: "q 000:L19" when it is quoted from a seed (file:line),
// "i …" when it is inherited or assumed (and the preset's docs page says why).
// Plain values, no I/O: thread-safe to copy.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/labels.h"
#include "domain/unit.h"
#include "policy/rational.h"

namespace suiji::policy {

enum class Cadence { kQuarter, kYear };  // drawn each quarter, or once for the year

// Whose headcount a staff ratio counts (the agency's own inspectors, never its child
// agencies': 000:L20 "市级环保部门在编在岗…").
enum class HeadcountBasis {
  kMonitoringOnStaff,   // 在编在岗的环境监察人员 (000:L20, 001:L55)
  kEnforcementOnStaff,  // 在编在岗所有环境执法人员 (004)
  kSystemInspectors,    // 系统中双随机执法人员 (003:L21)
};

// Which units form a stratum. Every condition given must hold (an unset one is no
// condition); `any_of`, when not empty, must hold for at least one of its selectors.
struct Selector {
  std::optional<UnitClass> unit_class;
  std::vector<UnitLevel> levels;  // any of these (empty: any level)
  // Levels relative to the agency's own: a city agency is 市控, a county 县控 (001:L45:
  // the city's key units are 国控+省控, the county's 市控 and above).
  enum class Relative { kNone, kAbove, kAtOrAbove, kAt };
  Relative relative = Relative::kNone;
  std::optional<bool> special;
  std::optional<bool> is_project;
  std::optional<bool> positive_list;
  std::vector<PermitClass> permit_classes;
  std::vector<Credit> credits;
  std::vector<RiskLevel> risks;
  std::vector<std::string> region_prefixes;  // "3308": any unit whose region starts so
  std::string approved_by;                   // construction projects approved by …
  std::optional<int> approved_year_from, approved_year_to;
  // A named, dated list (Urumqi's 《2019年重点排污单位名录》, 004:L71): members only, or
  // (in_list = false) everyone but its members.
  std::string list_name;
  std::optional<int> list_year;
  bool in_list = true;
  std::vector<Selector> any_of;
};

// How many units a stratum's draw takes. Sizes are exact (rational.h): the minimum
// rounds up, a maximum rounds down, and where the rounded minimum exceeds the maximum
// the minimum wins and the formula says so.
struct SizeRule {
  enum class Kind {
    kPercent,     // min % (and optional max %) of the stratum, per quarter
    kStaffRatio,  // headcount × units_per_inspector, per year or per quarter
    kFixed,       // a fixed count per draw
    kAll,         // every unit of the stratum
  };
  Kind kind = Kind::kPercent;
  // kPercent: nullopt min = the seed leaves the figure open ("加大比例", 000:L21): the
  // preview shows null with `open_reason` and a draw is refused until the agency sets it.
  std::optional<Rational> min_percent, max_percent;
  std::string open_reason;
  // kPercent of last quarter's count instead of this stratum's (Urumqi special, 004:L77).
  bool of_last_quarter = false;
  // kStaffRatio: 1:5 is units_per_inspector 5; `per` says whether the product is a year's
  // or a quarter's size.
  Rational units_per_inspector;
  Cadence per = Cadence::kYear;
  HeadcountBasis headcount = HeadcountBasis::kMonitoringOnStaff;
  int64_t fixed = 0;  // kFixed
};

struct Stratum {
  std::string id;          // key / general / special (or an agency's own)
  std::string name;        // 重点排污单位
  std::string population;  // what the formula calls the stratum: "市控及以上重点排污单位"
  Selector select;
  Cadence cadence = Cadence::kQuarter;
  SizeRule size;
  // Every unit of the stratum inspected at least once a year (004:L73): each quarter
  // draws at least ⌈not yet covered ÷ quarters left⌉ (docs/policy.md, coverage).
  bool cover_all_per_year = false;
  std::string basis;   // "q 000:L19"
  std::string clause;  // as the formula cites it: "000 二(五)1"
};

// A date relative to a period: a count of calendar or working days before its first day
// or after its last, or a day of a month counted from either.
struct DateRule {
  enum class Ref { kStart, kEnd };
  enum class Unit { kCalendarDays, kWorkingDays, kDayOfMonth };
  Ref ref = Ref::kStart;
  Unit unit = Unit::kCalendarDays;
  int offset = 0;        // days (−5: the 5th day before the start; +3: the 3rd after the end)
  int month_offset = 0;  // kDayOfMonth: months from the ref date's month (−1: the month before)
  int day = 0;           // kDayOfMonth: 1–31 (clamped to the month's length)
};

// When the draw that selects a period's units may be held: from (if any) to, inclusive.
struct Window {
  std::optional<DateRule> from;
  DateRule to;
  std::string basis;
};

// Something due because a period ends (a report, next year's plan), per month, quarter
// or year of it; `due` is relative to that month, quarter or year.
struct Deadline {
  enum class Every { kMonth, kQuarter, kYear };
  std::string what;
  Every every = Every::kQuarter;
  DateRule due;
  std::string basis;
};

// A deadline that runs from an event, not a period (results within 7 working days after
// the inspection, 001:L71).
struct EventDeadline {
  std::string what;
  std::string after;  // inspection / draw / month_end …
  int within = 0;
  bool working_days = false;
  std::string basis;
};

struct Caps {
  std::optional<int> max_random_per_unit_per_year;  // 2 (001:L51)
  bool special_exempt = false;
  std::string basis;
};

struct TeamRules {
  int min_size = 2;                      // ≥ 2 (002:L11)
  std::optional<int> max_size;           // none: any size; Zhangdian exactly 两名 (002:L11): 2
  bool first_drawn_leads = true;         // 牵头人 (002:L20)
  bool mentor_pairing = false;           // 以老带新 (003:L25)
  std::vector<std::string> org_units;    // eligible internal units (empty: all) (002:L11)
  std::vector<std::string> certificates; // certificate kinds every member needs, valid on the announce date
  bool extra_participants = true;        // monitoring staff, experts beside the team (003:L23)
  std::string basis;
};

struct ChangeRules {
  // A drawn unit never substituted (002:L9 不得变更), or only with a recorded reason
  // and approval (000:L30, 001:L67 不得随意变更).
  bool unit_substitution_allowed = true;
  bool substitution_needs_approval = true;
  std::vector<std::string> inspector_change_reasons;  // 休假, 因公出差, 学习, 借调, 依法回避 (002:L22)
  std::string basis;
};

struct CeremonyRules {
  std::vector<std::string> witness_roles;  // required before reveal: 纪检监察 (001:L67)
  std::string basis;
};

// When a revealed draw's record goes public (requirements 3: the drawn list stays
// confidential until inspected, 001:L79).
struct Embargo {
  enum class Kind { kTasksClosed, kDaysAfterPeriod };
  Kind kind = Kind::kTasksClosed;
  int days = 0;  // kDaysAfterPeriod
  std::string basis;
};

// One row of the agency's published inspection-item list (随机抽查事项清单, 001 附件2:
// header L111, the row L112), which the agency publishes with its plan (003:L29). Each
// column is the seed's text byte for byte (HTML tags aside), or empty where the seed does
// not say it; nothing here is computed from or checked against the other rules.
struct InspectionItem {
  std::string name;         // 事项名称: 污染源日常环境监督管理 (required)
  std::string legal_basis;  // 抽查依据: the law or document the inspection rests on
  std::string subject;      // 抽查主体: who inspects, 市、县两级环境保护部门
  std::string content;      // 抽查内容: what the inspection checks
  // 抽查比例和频次 as the agency published it. Empty: whoever prints the list writes it
  // from the strata's sizes (the formulas of size.h), never from this text.
  std::string ratio_and_frequency;
  std::string method;  // 抽查方式及要求: how units and inspectors are drawn, what is required
  // "q 001:L112" when quoted, "i …" when inherited or left empty (the same rule as every
  // other basis); a mixed row says which column is which: "q 000:L5 抽查依据，…；
  // 事项名称 i 001:L112；抽查比例和频次 i 空，由各类别的比例写出（000:L19–21）".
  std::string basis;  // required
};

struct Policy {
  std::string schema = "suiji-policy/1";
  std::string preset;  // the preset it came from ("" when written by hand)
  std::string title;   // 山东省·市级环保部门
  std::string source;  // the seed document
  std::vector<Stratum> strata;
  std::optional<Window> quarter_window, year_window;
  std::vector<Deadline> deadlines;
  std::vector<EventDeadline> event_deadlines;
  Caps caps;
  // Inspection types counted toward ratios and caps: 日常随机 and 联合 (000:L32, 001:L75,
  // 003:L27); 专项, 有针对性, 信访, 后督察 never (000:L10, 001:L35–37).
  std::vector<std::string> counted_types = {"routine", "joint"};
  std::optional<int> joint_per_year;  // ≥ 3 joint inspections a year (003:L27)
  TeamRules team;
  ChangeRules changes;
  CeremonyRules ceremony;
  Embargo embargo;
  std::vector<InspectionItem> items;  // 随机抽查事项清单, in the order published

  const Stratum* stratum(std::string_view id) const {
    for (const auto& s : strata)
      if (s.id == id) return &s;
    return nullptr;
  }
};

}  // namespace suiji::policy

namespace suiji {
template <>
struct EnumLabels<policy::Cadence> {
  static constexpr EnumItem<policy::Cadence> items[] = {
      {policy::Cadence::kQuarter, "quarter", "每季度"},
      {policy::Cadence::kYear, "year", "每年"},
  };
};
template <>
struct EnumLabels<policy::HeadcountBasis> {
  static constexpr EnumItem<policy::HeadcountBasis> items[] = {
      {policy::HeadcountBasis::kMonitoringOnStaff, "monitoring_on_staff", "在编在岗环境监察人员"},
      {policy::HeadcountBasis::kEnforcementOnStaff, "enforcement_on_staff", "在编在岗环境执法人员"},
      {policy::HeadcountBasis::kSystemInspectors, "system_inspectors", "系统中双随机执法人员"},
  };
};
}  // namespace suiji
