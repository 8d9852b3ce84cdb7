#include "service/demo_dataset.h"

#include <tuple>

#include "domain/contact.h"

#include <array>
#include <set>
#include <string_view>
#include <vector>

#include "domain/codes.h"
#include "domain/region_table.h"
#include "service/audit/audited_write.h"
#include "service/database_setup.h"
#include "service/library/import_audit.h"
#include "service/plans/agency_policy.h"
#include "store/password.h"

namespace suiji::service {
namespace {

// splitmix64: tiny, fast and identical on every platform (std::*_distribution is not).
class Rng {
 public:
  explicit Rng(uint64_t seed) : s_(seed) {}
  uint64_t next() {
    uint64_t z = (s_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  int below(int n) { return static_cast<int>(next() % static_cast<uint64_t>(n)); }
  bool chance(double p) { return (next() >> 11) * (1.0 / 9007199254740992.0) < p; }
  double uniform(double lo, double hi) { return lo + (hi - lo) * ((next() >> 11) * (1.0 / 9007199254740992.0)); }
  template <class T, size_t N>
  const T& pick(const std::array<T, N>& a) { return a[below(static_cast<int>(N))]; }
  template <class T>
  const T& pick(const std::vector<T>& a) { return a[below(static_cast<int>(a.size()))]; }

 private:
  uint64_t s_;
};

struct County {
  std::string_view code;
  std::string_view short_name;  // 柯城
  double weight;                // share of the city's units
  double lat, lon;              // approximate centre
  std::array<std::string_view, 6> towns;
};

// Town and street names of each county-level division (乡镇街道), for addresses.
const std::array<County, 6> kCounties = {{
    {"330802", "柯城", 0.17, 28.969, 118.871, {"府山街道", "白云街道", "衢化街道", "航埠镇", "石梁镇", "花园街道"}},
    {"330803", "衢江", 0.19, 28.980, 118.957, {"樟潭街道", "浮石街道", "廿里镇", "高家镇", "莲花镇", "上方镇"}},
    {"330822", "常山", 0.13, 28.901, 118.511, {"天马街道", "紫港街道", "金川街道", "辉埠镇", "球川镇", "青石镇"}},
    {"330824", "开化", 0.11, 29.137, 118.415, {"华埠镇", "池淮镇", "桐村镇", "马金镇", "村头镇", "音坑乡"}},
    {"330825", "龙游", 0.18, 29.028, 119.172, {"龙洲街道", "东华街道", "湖镇镇", "詹家镇", "小南海镇", "塔石镇"}},
    {"330881", "江山", 0.22, 28.737, 118.627, {"双塔街道", "虎山街道", "清湖街道", "贺村镇", "上余镇", "峡口镇"}},
}};

struct Industry {
  std::string_view name;     // 国民经济行业分类 (GB/T 4754) 门类/大类 name
  std::string_view word;     // what enterprises of it call themselves
  bool heavy;                // typical of key (重点) units
  std::string_view output;   // what a construction project of it makes: "万吨电子化学品"
};

const std::array<Industry, 20> kIndustries = {{
    {"化学原料和化学制品制造业", "化工", true, "万吨电子化学品"},
    {"化学原料和化学制品制造业", "氟化工", true, "万吨高性能含氟新材料"},
    {"造纸和纸制品业", "特种纸业", true, "万吨特种纸"},
    {"造纸和纸制品业", "纸业", true, "万吨高档包装纸"},
    {"非金属矿物制品业", "水泥", true, "万吨新型干法水泥熟料"},
    {"非金属矿物制品业", "新型建材", false, "万立方米蒸压加气混凝土砌块"},
    {"金属制品业", "电镀", true, "万平方米表面处理"},
    {"电力、热力生产和供应业", "热电", true, "万吨蒸汽集中供热"},
    {"水的生产和供应业", "污水处理", true, "万吨/日污水处理提标改造"},
    {"医药制造业", "药业", true, "吨原料药"},
    {"黑色金属冶炼和压延加工业", "钢铁", true, "万吨特种钢材"},
    {"有色金属冶炼和压延加工业", "铜业", true, "万吨铜合金材料"},
    {"橡胶和塑料制品业", "塑业", false, "万吨改性塑料"},
    {"通用设备制造业", "机械", false, "万台（套）通用机械"},
    {"木材加工和木、竹、藤、棕、草制品业", "竹木制品", false, "万件竹木家具"},
    {"农副食品加工业", "食品", false, "万吨柑橘罐头"},
    {"纺织业", "纺织", false, "万米功能性面料"},
    {"畜牧业", "生态养殖", false, "万头生猪养殖"},
    {"汽车制造业", "汽车零部件", false, "万套汽车轻量化部件"},
    {"皮革、毛皮、羽毛及其制品和制鞋业", "皮革", false, "万张皮革"},
}};

const std::array<std::string_view, 48> kTradeNames = {
    "华兴", "鑫源", "恒达", "金鹰", "天宇", "宏达", "永盛", "瑞丰", "盛隆", "万泰", "嘉禾", "信安",
    "衢江", "新安", "联丰", "东港", "正泰", "明远", "润华", "晨光", "立信", "和顺", "卓越", "中天",
    "江南", "浙西", "钱江", "仙霞", "江郎", "三衢", "烂柯", "须江", "龙丘", "定阳", "金川", "芳村",
    "巨丰", "汇通", "海鸿", "开元", "博瑞", "康达", "绿源", "清源", "华康", "佳宝", "荣盛", "志高"};

const std::array<std::string_view, 6> kRoads = {"工业大道", "东港一路", "经济开发区兴业路", "环城北路",
                                                 "园区纬二路", "创业路"};

const std::array<std::string_view, 100> kSurnames = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
    "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田",
    "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚",
    "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白",
    "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺",
    "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤"};

const std::array<std::string_view, 40> kGiven = {
    "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "霞", "平",
    "刚", "建国", "建华", "国强", "志刚", "晓东", "海燕", "丽华", "文斌", "俊", "浩", "宇", "婷", "欣怡",
    "子涵", "晨", "鹏", "飞", "琳", "佳", "斌", "卫东", "红梅"};

const std::array<std::string_view, 8> kTags = {"水", "大气", "固废", "危废", "辐射", "噪声", "土壤", "在线监控"};

const std::array<std::string_view, 6> kConflictReasons = {
    "近亲属在该企业任职", "配偶在该企业担任管理人员", "曾在该企业工作（三年内）", "曾办理该企业行政处罚案件",
    "与企业负责人有利害关系", "曾参与该企业环评审批"};

std::string digits(Rng& r, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += static_cast<char>('0' + r.below(10));
  return s;
}

// A valid 统一社会信用代码 of an enterprise (91) registered in `region`: new-style
// bodies "MA2…" for younger firms, old numeric 组织机构代码 for older ones.
std::string make_uscc(Rng& r, std::string_view region) {
  static constexpr std::string_view kBodyChars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  std::string body;
  if (r.chance(0.55)) {
    body = "MA2";
    for (int i = 0; i < 5; ++i) body += kBodyChars[r.below(static_cast<int>(kBodyChars.size()))];
  } else {
    body = std::to_string(1 + r.below(7)) + digits(r, 7);
  }
  std::string first17 = "91" + std::string(region) + body + *org_code_check_char(body);
  return first17 + *uscc_check_char(first17);
}

std::string two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

std::string person(Rng& r) { return std::string(r.pick(kSurnames)) + std::string(r.pick(kGiven)); }

UnitLevel pick_level(Rng& r) {
  double x = r.uniform(0, 1);
  if (x < 0.015) return UnitLevel::kNational;
  if (x < 0.055) return UnitLevel::kProvincial;
  if (x < 0.155) return UnitLevel::kMunicipal;
  if (x < 0.325) return UnitLevel::kCounty;
  if (x < 0.525) return UnitLevel::kGeneralCity;
  return UnitLevel::kGeneralCounty;
}

struct SpecialSource {
  SpecialReason reason;
  std::string_view source;
};
const std::array<SpecialSource, 7> kSpecialSources = {{
    {SpecialReason::kComplaints, "12345政务服务热线、12369环保举报平台"},
    {SpecialReason::kPenalised, "衢环罚〔2026〕行政处罚决定书"},
    {SpecialReason::kUnrectified, "2026年第二季度双随机检查责令整改"},
    {SpecialReason::kHighRisk, "突发环境事件风险评估（重大风险）"},
    {SpecialReason::kMediaExposure, "衢州日报、浙江新闻客户端报道"},
    {SpecialReason::kPlatformAlarm, "污染源自动监控平台超标报警派单"},
    {SpecialReason::kPoorCredit, "企业环境信用评价结果（红色）"},
}};

Unit make_unit(Rng& r, const County& c, int serial, std::set<std::string>& used_codes) {
  Unit u;
  UnitLevel level = pick_level(r);
  bool key = unit_class(level) == UnitClass::kKey;
  const Industry* ind = &r.pick(kIndustries);
  for (int tries = 0; tries < 4 && key && !ind->heavy; ++tries) ind = &r.pick(kIndustries);
  u.level = level;
  u.industry = std::string(ind->name);

  std::string prefix = r.chance(0.35) ? "衢州" : r.chance(0.3) ? "浙江" : std::string(c.short_name);
  std::string trade = std::string(r.pick(kTradeNames));
  if (ind->word == "污水处理") {
    u.name = prefix + trade + "水务有限公司";
  } else if (ind->word == "生态养殖") {
    u.name = std::string(c.short_name) + trade + "生猪养殖场";
  } else {
    static constexpr std::array<std::string_view, 4> kForms = {"有限公司", "股份有限公司", "有限责任公司",
                                                              "实业有限公司"};
    u.name = prefix + trade + std::string(ind->word) + std::string(r.pick(kForms));
  }
  // Names may repeat across counties, as they do in life; the draw id tells them apart.

  std::string town(r.pick(c.towns));
  u.address = "浙江省衢州市" + std::string(RegionTable::builtin().find(c.code)->name) + town +
              std::string(r.pick(kRoads)) + std::to_string(1 + r.below(388)) + "号";
  u.region_code = std::string(c.code);
  // One expression as before, so the random stream (and the demo data) stays the same.
  std::tie(u.contact_person, u.contact_phone) =
      split_contact(person(r) + " 0570-" + std::to_string(2 + r.below(7)) + digits(r, 6));
  if (r.chance(0.85)) {
    u.lat = c.lat + r.uniform(-0.08, 0.08);
    u.lon = c.lon + r.uniform(-0.08, 0.08);
  }

  // About 2 % have no credit code (old village enterprises, farms): an assigned code.
  if (!key && r.chance(0.02)) {
    u.draw_id_code = "QZ" + std::string(c.code).substr(4) + "-ZX-" + std::to_string(1000 + serial);
  } else {
    std::string uscc;
    do uscc = make_uscc(r, c.code);
    while (!used_codes.insert(uscc).second);
    u.uscc = uscc;
    u.draw_id_code = uscc;
    u.org_code = org_code_from_uscc(uscc);
  }

  u.permit_class = key ? (r.chance(0.85) ? PermitClass::kKey : PermitClass::kSimplified)
                       : (r.chance(0.45) ? PermitClass::kSimplified : PermitClass::kRegistration);
  double cr = r.uniform(0, 1);
  u.credit = cr < 0.55 ? Credit::kGreen : cr < 0.88 ? Credit::kBlue : cr < 0.97 ? Credit::kYellow : Credit::kRed;
  double rk = r.uniform(0, 1);
  u.risk = ind->heavy && rk < 0.12 ? RiskLevel::kMajor : rk < 0.3 ? RiskLevel::kLarger : RiskLevel::kOrdinary;
  u.positive_list = !key && u.credit == Credit::kGreen && r.chance(0.15);

  // 特殊监管对象: ~5 %, more among red credit.
  if (r.chance(u.credit == Credit::kRed ? 0.6 : 0.04)) {
    const auto& s = u.credit == Credit::kRed ? kSpecialSources[6] : r.pick(kSpecialSources);
    u.special = true;
    u.special_reason = s.reason;
    u.special_source = std::string(s.source);
    u.special_since = "2026-" + two(1 + r.below(9)) + "-01";
    if (r.chance(0.5)) u.special_until = "2026-12-31";
    u.positive_list = false;
  }

  double st = r.uniform(0, 1);
  if (st < 0.04) {
    u.production_status = ProductionStatus::kStopped;
  } else if (st < 0.06) {
    u.production_status = ProductionStatus::kClosed;
  } else if (ind->word == "食品" || ind->word == "竹木制品" ? st < 0.35 : st < 0.075) {
    u.production_status = ProductionStatus::kSeasonal;
    // 柑橘 (椪柑) processing in winter, 茶叶 in spring, or a summer campaign.
    static const std::array<std::vector<int>, 3> kSeasons = {
        std::vector<int>{1, 2, 11, 12}, std::vector<int>{3, 4, 5}, std::vector<int>{6, 7, 8, 9}};
    u.producing_months = r.pick(kSeasons);
  }
  u.reviewed_at = key ? "2026-01-" + two(5 + r.below(20)) + "T09:00:00Z" : "";
  return u;
}

Unit make_project(Rng& r, const County& c, int serial, const std::string& approver) {
  Unit u;
  const Industry& ind = r.pick(kIndustries);
  int year = 2024 + r.below(3);
  bool per_day = ind.output.find("/日") != std::string_view::npos;  // a plant upgrade, not output
  u.name = "衢州" + std::string(r.pick(kTradeNames)) + std::string(ind.word) + "有限公司" +
           (per_day ? "" : "年产") + std::to_string(1 + r.below(30)) + std::string(ind.output) + "项目";
  u.industry = std::string(ind.name);
  u.draw_id_code = "JSXM-" + std::string(c.code) + "-" + std::to_string(year) + "-" + two(serial);
  u.region_code = std::string(c.code);
  u.address = "浙江省衢州市" + std::string(RegionTable::builtin().find(c.code)->name) +
              std::string(r.pick(c.towns)) + std::string(r.pick(kRoads));
  // One expression as before, so the random stream (and the demo data) stays the same.
  std::tie(u.contact_person, u.contact_phone) =
      split_contact(person(r) + " 0570-" + std::to_string(2 + r.below(7)) + digits(r, 6));
  u.level = UnitLevel::kGeneralCounty;
  u.is_project = true;
  u.approved_by = approver;
  u.approved_year = year;
  u.permit_class = PermitClass::kRegistration;
  return u;
}

Inspector make_inspector(Rng& r, const std::string& code, std::optional<int64_t> team, int k,
                         std::set<std::string>& names) {
  Inspector i;
  i.code = code;
  // 100 surnames × 40 given names are 4,000 two-character names: past those (a large
  // --inspectors), three-character names (160,000) keep every name distinct.
  int tries = 0;
  do i.name = ++tries <= 50 ? person(r) : person(r) + std::string(r.pick(kGiven));
  while (!names.insert(i.name).second);
  i.org_unit_id = team;
  i.on_staff = !r.chance(0.08);  // a few 编外 auxiliary staff
  i.on_post = !r.chance(0.05);
  i.senior = r.chance(0.4);
  int ntags = r.below(3);
  std::set<std::string> tags;
  for (int t = 0; t < ntags; ++t) tags.insert(std::string(r.pick(kTags)));
  i.tags.assign(tags.begin(), tags.end());
  std::string expiry = std::to_string(2027 + r.below(3)) + "-" + two(1 + r.below(12)) + "-28";
  i.certificates.push_back({CertificateKind::kLawEnforcement, "浙33080" + digits(r, 6), expiry});
  // New staff wait for their 环境监察执法证; a few certificates have lapsed.
  if (i.senior || r.chance(0.85)) {
    std::string exp2 = r.chance(0.1) ? "2025-" + two(1 + r.below(12)) + "-28"
                                     : std::to_string(2027 + r.below(3)) + "-12-31";
    i.certificates.push_back({CertificateKind::kEnvSupervision, "HJJC3308" + digits(r, 5), exp2});
  }
  if (k % 23 == 5) i.certificates[0].expires_on = "2026-03-31";  // lapsed 行政执法证
  return i;
}

// What a demo step created, for its audit entry: the agency and the ids.
Json created(int64_t agency, std::vector<int64_t> ids) {
  return Json{{"agency_id", agency}, {"count", ids.size()}, {"ids", id_ranges(std::move(ids))}};
}

}  // namespace

DemoSummary load_demo(store::Store& db, const DemoOptions& o) {
  // One write, so the demo's audit chain is real: the administrator creates the agencies
  // and users, the city's operator (陈晓东, "operator") loads the libraries and applies
  // the policies (apply_policy checks the operator as for `suiji policy apply`).
  return write(db, [&](Audit& audit) {
    store::UnitFilter any;
    any.include_deleted = true;
    if (db.units().count(any) > 0)
      throw Error(ErrorKind::kConflict, "database_not_empty", "数据库中已有污染源数据，演示数据只能载入空数据库",
                  "the database already holds units: the demo loads only into an empty one");
    Rng r(o.seed);
    DemoSummary s;

    SetupOptions so;
    so.region_code = "330800";
    so.agency_name = "衢州市生态环境局";
    so.admin_password = o.admin_password;
    SetupResult setup = setup_database(db, so);
    s.admin_login = setup.admin_login;
    s.admin_password = setup.admin_password;
    s.holidays = setup.holidays_added;
    int64_t city = setup.agency_id;

    // Agencies: the city, its six county-level branches, the 集聚区 zone branch.
    std::vector<int64_t> county_agency;
    for (const County& c : kCounties) {
      Agency a;
      a.name = "衢州市生态环境局" + std::string(c.short_name) + "分局";
      a.level = AgencyLevel::kCounty;
      a.region_code = std::string(c.code);
      a.parent_id = city;
      county_agency.push_back(db.agencies().insert(a));
    }
    Agency zone;
    zone.name = "衢州市绿色产业集聚区环保分局";
    zone.level = AgencyLevel::kCounty;
    zone.region_code = "330800";
    zone.zone_name = "绿色产业集聚区";
    zone.parent_id = city;
    int64_t zone_id = db.agencies().insert(zone);
    s.agencies = 2 + static_cast<int>(county_agency.size());
    std::vector<int64_t> new_agencies = county_agency;
    new_agencies.push_back(zone_id);
    for (int64_t id : new_agencies) {
      Agency a = *db.agencies().get(id);
      audit.record({s.admin_login, "agency.create", "agency", std::to_string(id), nullptr,
                    Json{{"name", a.name}, {"region_code", a.region_code}, {"zone_name", a.zone_name},
                         {"level", std::string(key(a.level))}, {"parent_id", city}}});
    }

    // Users for each business role (one person per login here; 三员分立 keeps the IT
    // admin apart), sharing the admin's password so the demo needs one secret.
    {
      // An admin made by an earlier `suiji init` keeps its password: the demo users get one
      // of their own, shown once.
      if (s.admin_password.empty()) s.demo_password = store::generate_password(16);
      std::string hash = store::hash_password(s.admin_password.empty() ? s.demo_password : s.admin_password);
      struct DemoUser {
        const char* login;
        const char* name;
        int64_t agency;
        std::vector<Role> roles;
      };
      const std::vector<DemoUser> users = {
          {"operator", "陈晓东", city, {Role::kOperator, Role::kTeamLead}},
          {"leader", "周建华", city, {Role::kApprover, Role::kReviewer}},
          {"jijian", "吴丽华", city, {Role::kSupervisor}},
          {"kc_operator", "徐志刚", county_agency[0], {Role::kOperator, Role::kReviewer}},
          {"js_leader", "毛卫东", county_agency[5], {Role::kApprover, Role::kTeamLead}},
      };
      for (const auto& du : users) {
        User u;
        u.agency_id = du.agency;
        u.login = du.login;
        u.name = du.name;
        u.roles = du.roles;
        u.password_hash = hash;
        int64_t user_id = db.users().insert(u);
        Json role_keys = Json::array();
        for (Role r : du.roles) role_keys.push_back(std::string(key(r)));
        audit.record({s.admin_login, "user.create", "user", std::to_string(user_id), nullptr,
                      Json{{"login", u.login}, {"name", u.name}, {"agency_id", u.agency_id}, {"roles", role_keys}}});
        std::string roles;
        for (Role r : du.roles) roles += (roles.empty() ? "" : "、") + std::string(label(r));
        s.demo_users.push_back({du.login, db.agencies().get(du.agency)->name + " " + du.name + "（" + roles + "）"});
      }
    }

    // Internal units.
    std::map<int64_t, std::vector<int64_t>> org_ids;  // agency → its internal units
    auto org = [&](int64_t agency, const std::string& name, OrgUnitKind kind) {
      ++s.org_units;
      int64_t id = db.org_units().insert(OrgUnit{0, agency, name, kind});
      org_ids[agency].push_back(id);
      return id;
    };
    std::vector<int64_t> city_teams = {org(city, "执法一大队", OrgUnitKind::kTeam),
                                       org(city, "执法二大队", OrgUnitKind::kTeam),
                                       org(city, "执法三大队", OrgUnitKind::kTeam)};
    org(city, "法规与执法监督科", OrgUnitKind::kSection);
    org(city, "危管应急中心", OrgUnitKind::kCenter);
    std::vector<int64_t> county_team;
    for (size_t k = 0; k < kCounties.size(); ++k) {
      county_team.push_back(org(county_agency[k], "执法大队", OrgUnitKind::kTeam));
      org(county_agency[k], "综合科", OrgUnitKind::kSection);
    }
    int64_t zone_team = org(zone_id, "执法大队", OrgUnitKind::kTeam);
    for (auto& [agency, ids] : org_ids)
      audit.record({s.admin_login, "demo.org_units", "agency", std::to_string(agency), nullptr, created(agency, ids)});
    const std::string operator_login = "operator";  // the city's 双随机 operator, above

    // Units, county by county; the zone branch takes part of 柯城's and 衢江's industry.
    std::set<std::string> used_codes;
    std::vector<std::vector<Unit>> per_agency(kCounties.size());
    std::vector<Unit> zone_units;
    int serial = 0;
    int n_projects = std::max(1, o.units / 120);
    int n_units = o.units - n_projects;
    for (size_t k = 0; k < kCounties.size(); ++k) {
      int n = k + 1 == kCounties.size() ? n_units - serial
                                        : static_cast<int>(n_units * kCounties[k].weight + 0.5);
      for (int i = 0; i < n; ++i) {
        Unit u = make_unit(r, kCounties[k], ++serial, used_codes);
        bool in_zone = k < 2 && unit_class(u.level) == UnitClass::kKey && r.chance(0.25);
        u.org_unit_id = in_zone ? zone_team : county_team[k];
        (in_zone ? zone_units : per_agency[k]).push_back(std::move(u));
      }
    }
    for (int p = 0; p < n_projects; ++p) {
      size_t k = static_cast<size_t>(r.below(static_cast<int>(kCounties.size())));
      bool city_approved = r.chance(0.4);
      Unit u = make_project(r, kCounties[k], p + 1,
                            city_approved ? "衢州市生态环境局"
                                          : "衢州市生态环境局" + std::string(kCounties[k].short_name) + "分局");
      u.org_unit_id = county_team[k];
      per_agency[k].push_back(std::move(u));
    }
    std::vector<std::pair<int64_t, std::vector<Unit>*>> batches;
    for (size_t k = 0; k < kCounties.size(); ++k) batches.push_back({county_agency[k], &per_agency[k]});
    batches.push_back({zone_id, &zone_units});
    std::map<int64_t, std::vector<int64_t>> unit_ids;  // agency → unit ids
    for (auto& [agency, units] : batches) {
      auto results = db.units().upsert_all(agency, *units, operator_login);
      Json after = unit_history_of(results);
      after["agency_id"] = agency;
      after["count"] = results.size();
      audit.record({operator_login, "demo.units", "agency", std::to_string(agency), nullptr, std::move(after)});
      for (size_t i = 0; i < units->size(); ++i) {
        const Unit& u = (*units)[i];
        unit_ids[agency].push_back(results[i].id);
        ++s.units;
        ++s.units_by_level[std::string(label(u.level))];
        s.special += u.special;
        s.seasonal += u.production_status == ProductionStatus::kSeasonal;
        s.stopped += u.production_status == ProductionStatus::kStopped;
        s.closed += u.production_status == ProductionStatus::kClosed;
        s.projects += u.is_project;
        s.without_uscc += u.uscc.empty();
      }
    }

    // Inspectors: 16 at the city (three 大队), the rest spread over the counties, 4 at the zone.
    std::set<std::string> names;
    std::map<int64_t, std::vector<Inspector>> roster;
    int city_n = std::max(1, o.inspectors / 5), zone_n = std::max(1, o.inspectors / 20);
    int county_n = std::max(1, (o.inspectors - city_n - zone_n) / static_cast<int>(kCounties.size()));
    int k_all = 0;
    for (int i = 0; i < city_n; ++i)
      roster[city].push_back(make_inspector(r, "QZ-SJ-" + two(i + 1), city_teams[i % 3], k_all++, names));
    for (size_t k = 0; k < kCounties.size(); ++k) {
      int n = k + 1 == kCounties.size() ? o.inspectors - city_n - zone_n - county_n * static_cast<int>(k)
                                        : county_n;
      for (int i = 0; i < n; ++i)
        roster[county_agency[k]].push_back(make_inspector(
            r, "QZ-" + std::string(kCounties[k].code).substr(4) + "-" + two(i + 1), county_team[k], k_all++, names));
    }
    for (int i = 0; i < zone_n; ++i)
      roster[zone_id].push_back(make_inspector(r, "QZ-JJQ-" + two(i + 1), zone_team, k_all++, names));
    std::map<int64_t, std::vector<int64_t>> inspector_ids;
    for (auto& [agency, list] : roster) {
      auto results = db.inspectors().upsert_all(agency, list, operator_login);
      for (size_t i = 0; i < list.size(); ++i) {
        inspector_ids[agency].push_back(results[i].id);
        ++s.inspectors;
        for (const auto& c : list[i].certificates) {
          ++s.certificates;
          s.expired_certificates += c.expires_on < "2026-11-01";
        }
      }
    }

    for (auto& [agency, ids] : inspector_ids)
      audit.record({operator_login, "demo.inspectors", "agency", std::to_string(agency), nullptr, created(agency, ids)});

    // Absences around the end of 2026 (the demo's "now").
    static constexpr std::array<AbsenceKind, 4> kKinds = {AbsenceKind::kLeave, AbsenceKind::kBusinessTrip,
                                                          AbsenceKind::kStudy, AbsenceKind::kSecondment};
    static constexpr std::array<std::string_view, 4> kNotes = {"年休假", "赴省生态环境厅汇报", "全省执法骨干培训班",
                                                               "借调至市委巡察组"};
    std::vector<int64_t> all_inspectors;
    for (auto& [agency, ids] : inspector_ids) all_inspectors.insert(all_inspectors.end(), ids.begin(), ids.end());
    int n_absences = std::max(1, s.inspectors / 7);
    for (int a = 0; a < n_absences; ++a) {
      int kind = r.below(4);
      int start = 1 + r.below(28);
      Absence ab;
      ab.inspector_id = all_inspectors[static_cast<size_t>(r.below(static_cast<int>(all_inspectors.size())))];
      ab.kind = kKinds[kind];
      ab.from = "2026-12-" + two(start);
      ab.to = kind == 3 ? "2027-03-31" : "2026-12-" + two(std::min(31, start + 2 + r.below(6)));
      ab.note = std::string(kNotes[kind]);
      db.inspectors().add_absence(ab);
      ++s.absences;
    }
    audit.record({operator_login, "demo.absences", "agency", std::to_string(city), nullptr,
                  Json{{"count", s.absences}}});

    // Conflicts of interest: county inspectors with their county's units; the city's
    // inspectors (who inspect the whole jurisdiction) with any unit.
    std::vector<int64_t> all_units;
    for (auto& [agency, ids] : unit_ids) all_units.insert(all_units.end(), ids.begin(), ids.end());
    std::set<std::pair<int64_t, int64_t>> pairs;
    int n_conflicts = std::max(1, s.inspectors * 2 / 5);
    std::vector<int64_t> agencies;
    for (auto& [agency, ids] : inspector_ids) agencies.push_back(agency);
    for (int c = 0; c < n_conflicts && !all_units.empty(); ++c) {
      int64_t agency = r.pick(agencies);
      const auto& units = unit_ids[agency].empty() ? all_units : unit_ids[agency];
      int64_t unit = r.pick(units);
      int64_t insp = r.pick(inspector_ids[agency]);
      if (!pairs.insert({unit, insp}).second) continue;
      db.conflicts().upsert(Conflict{0, unit, insp, std::string(r.pick(kConflictReasons))});
      ++s.conflicts;
    }
    audit.record({operator_login, "demo.conflicts", "agency", std::to_string(city), nullptr,
                  Json{{"count", s.conflicts}}});

    // Policies (抽查规则): the city's and the counties' presets (001), for this year and
    // the next, whose first quarter is drawn at the end of this one.
    std::vector<int> years = o.policy_years;
    if (years.empty()) {
      int now = std::stoi((o.today.empty() ? store::Store::now() : o.today).substr(0, 4));
      years = {now, now + 1};
    }
    std::vector<int64_t> counties = county_agency;
    counties.push_back(zone_id);
    for (int year : years) {
      apply_policy(db, std::to_string(city), year, {"quzhou-city", ""}, operator_login);
      for (int64_t a : counties) apply_policy(db, std::to_string(a), year, {"quzhou-county", ""}, operator_login);
    }
    s.policy_years = years;
    return s;
  });
}

}  // namespace suiji::service
