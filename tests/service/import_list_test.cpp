// Importing a named list (名录, issue 12: Urumqi's 2019年重点排污单位名录, 004:L71): a good
// file becomes the list, a re-import replaces its members, every kind of bad row is listed
// with its row and column and nothing is written, the one jurisdiction rule decides whose
// units a list may hold, and a list a draw has frozen stays as it is.
#include <soci/soci.h>

#include <algorithm>
#include <cctype>

#include "service/lists/import_list.h"
#include "service_fixture.h"
#include "store/samples.h"

using namespace suiji;
using namespace suiji::testing;

namespace {

const std::string kName = "2019年重点排污单位名录";

class ImportList : public ImportTest {
 protected:
  void SetUp() override {
    ImportTest::SetUp();
    zone_id = db->agencies().insert(
        Agency{0, "衢州市绿色产业集聚区环保分局", AgencyLevel::kCounty, "330800", "绿色产业集聚区", city_id});
    a = add(county_id, sample_unit("330802", 1));  // 柯城's
    b = add(city_id, sample_unit("330803", 2));    // the city's, in 衢江
    Unit no_uscc = sample_unit("330802", 3);       // a unit without a credit code: its own id
    no_uscc.uscc = "";
    no_uscc.org_code = "";
    no_uscc.draw_id_code = "QZ-0003";
    no_uscc.name = "衢州某加工厂（普通合伙）";
    c = add(city_id, no_uscc);
    jinan = add(other_id, sample_unit("370102", 4));  // 济南's: nobody in 衢州 may list it
    zone = add(zone_id, sample_unit("330802", 5));    // in the park, which lies in 柯城
  }

  Unit add(int64_t agency, const Unit& u) {
    auto id = db->units().upsert_all(agency, {u}, "t")[0].id;
    return *db->units().get(id);
  }

  service::ListImport import_list(const std::string& csv, const std::string& agency = "330800",
                                  const std::string& name = kName, int year = 2019) {
    service::ListImportOptions o;
    o.agency = agency;
    o.name = name;
    o.year = year;
    o.actor = operator_of(agency);
    return service::import_list_bytes(*db, csv, o);
  }

  std::vector<int64_t> members_of(int64_t agency, const std::string& name = kName, int year = 2019) {
    auto l = db->named_lists().find({agency}, name, year);
    return l ? db->named_lists().members(l->id) : std::vector<int64_t>{};
  }

  static std::vector<int64_t> ids(std::vector<int64_t> v) {
    std::sort(v.begin(), v.end());
    return v;
  }

  int64_t zone_id = 0;
  Unit a, b, c, jinan, zone;
};

TEST_P(ImportList, AGoodFileBecomesTheListAndAReImportReplacesItsMembers) {
  // A title row above the header, 序号 and other 名录 columns, names as published.
  std::string csv = "乌鲁木齐市2019年重点排污单位名录,,,\n"
                    "序号,统一社会信用代码,单位名称,行业类别\n"
                    "1," + a.draw_id_code + "," + a.name + ",化工\n"
                    "2," + b.draw_id_code + ",,造纸\n";
  auto r = import_list(csv);
  ASSERT_TRUE(r.report.ok()) << dump_errors(r.report);
  EXPECT_TRUE(r.report.committed);
  EXPECT_EQ(r.members, 2);
  EXPECT_EQ(r.agency_id, city_id);
  EXPECT_EQ(r.name, kName);
  EXPECT_EQ(r.year, 2019);
  EXPECT_FALSE(r.replaced);
  EXPECT_NE(r.list_id, 0);
  EXPECT_EQ(members_of(city_id), ids({a.id, b.id}));
  EXPECT_TRUE(r.report.warnings.empty());  // 序号 and 行业类别 are known, not warned about
  EXPECT_EQ(service::to_json(r),
            (Json{{"list_id", r.list_id}, {"agency_id", city_id}, {"name", kName}, {"year", 2019}, {"members", 2}}));

  auto again = import_list("统一社会信用代码\n" + b.draw_id_code + "\n" + zone.draw_id_code + "\n");
  ASSERT_TRUE(again.report.ok()) << dump_errors(again.report);
  EXPECT_EQ(again.list_id, r.list_id);
  EXPECT_TRUE(again.replaced);
  EXPECT_EQ(again.previous_members, 2);
  EXPECT_EQ(again.members, 2);
  EXPECT_EQ(members_of(city_id), ids({b.id, zone.id}));  // a is off the list now
  // Another year is another list.
  ASSERT_TRUE(import_list("统一社会信用代码\n" + a.draw_id_code + "\n", "330800", kName, 2020).report.ok());
  EXPECT_EQ(members_of(city_id), ids({b.id, zone.id}));
  EXPECT_EQ(members_of(city_id, kName, 2020), ids({a.id}));
}

TEST_P(ImportList, ADrawIdColumnNamesUnitsWithoutACreditCode) {
  // One column is a header too; a lower-case credit code is the upper-case one; the width
  // of brackets and spaces in a name do not matter.
  std::string lower = a.draw_id_code;
  for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  auto r = import_list("抽查编号\n" + c.draw_id_code + "\n" + b.draw_id_code + "\n");
  ASSERT_TRUE(r.report.ok()) << dump_errors(r.report);
  EXPECT_EQ(members_of(city_id), ids({b.id, c.id}));
  auto named = import_list("统一社会信用代码,抽查编号,企业名称\n" + lower + ",," + a.name + "\n,QZ-0003,衢州某加工厂 (普通合伙)\n");
  ASSERT_TRUE(named.report.ok()) << dump_errors(named.report);
  EXPECT_EQ(members_of(city_id), ids({a.id, c.id}));
  auto en = import_list("draw_id,name\n" + c.draw_id_code + ",\n");
  ASSERT_TRUE(en.report.ok()) << dump_errors(en.report);
  EXPECT_EQ(en.members, 1);
  ASSERT_EQ(en.report.warnings.size(), 1u);  // "name" is not a column of ours
  EXPECT_EQ(en.report.warnings[0].column, "name");
}

TEST_P(ImportList, EveryBadRowIsListedWithRowAndColumnAndNothingChanges) {
  ASSERT_TRUE(import_list("统一社会信用代码\n" + a.draw_id_code + "\n").report.ok());
  const auto before = members_of(city_id);
  db->units().soft_delete(b.id, "t", "关停");
  std::string unknown = make_uscc("330802", "12345678");
  std::string csv = "统一社会信用代码,抽查编号,单位名称\n" +
                    a.draw_id_code + ",," + a.name + "\n" +            // 2: good
                    ",,无编号单位\n" +                                 // 3: no id
                    unknown + ",,不存在的单位\n" +                     // 4: unknown
                    b.draw_id_code + ",,\n" +                          // 5: deleted since
                    jinan.draw_id_code + ",,\n" +                      // 6: 济南's
                    a.draw_id_code + ",,\n" +                          // 7: again
                    c.draw_id_code + ",,别的名字有限公司\n" +          // 8: another name
                    a.draw_id_code + ",QZ-0003,\n" +                   // 9: id and code differ
                    "\"" + c.draw_id_code + ",,\n";                    // 10: an open quote: cut off
  auto r = import_list(csv);
  EXPECT_FALSE(r.report.ok());
  EXPECT_FALSE(r.report.committed);
  EXPECT_EQ(r.list_id, 0);
  EXPECT_FALSE(has_error(r.report, 2, "统一社会信用代码")) << dump_errors(r.report);
  EXPECT_TRUE(has_error(r.report, 3, "抽查编号", "缺少统一社会信用代码或抽查编号 / ")) << dump_errors(r.report);
  EXPECT_TRUE(has_error(r.report, 4, "统一社会信用代码", "污染源库中没有抽查编号为「" + unknown + "」的单位 / no unit"))
      << dump_errors(r.report);
  EXPECT_TRUE(has_error(r.report, 5, "统一社会信用代码", "污染源库中没有")) << dump_errors(r.report);
  EXPECT_TRUE(has_error(r.report, 6, "统一社会信用代码", "不在本机构（衢州市生态环境局）辖区内 / unit " + jinan.draw_id_code +
                                                           " is outside the jurisdiction"))
      << dump_errors(r.report);
  EXPECT_TRUE(has_error(r.report, 7, "统一社会信用代码", "与第 2 行重复 / duplicate id, first on row 2"))
      << dump_errors(r.report);
  EXPECT_TRUE(has_error(r.report, 8, "单位名称", "「别的名字有限公司」与污染源库中该单位的名称「" + c.name + "」不一致 / "))
      << dump_errors(r.report);
  EXPECT_TRUE(has_error(r.report, 9, "抽查编号", "不一致")) << dump_errors(r.report);
  EXPECT_TRUE(has_error(r.report, 10, "")) << dump_errors(r.report);
  EXPECT_EQ(r.report.errors.size(), 8u) << dump_errors(r.report);
  EXPECT_EQ(members_of(city_id), before);  // the old list is untouched
  // A list that never existed is not created by a failed import.
  auto fresh = import_list("统一社会信用代码\n" + unknown + "\n", "330800", "另一名录");
  EXPECT_FALSE(fresh.report.ok());
  EXPECT_FALSE(db->named_lists().find({city_id}, "另一名录", 2019));
}

TEST_P(ImportList, TheOneJurisdictionRuleDecidesWhoseUnitsAListMayHold) {
  // 柯城 may list its own unit, not the city's unit in 衢江, nor the park's unit that lies
  // in 柯城 (the park belongs to the zone agency: auth::unit_within, 001:L33).
  auto r = import_list("统一社会信用代码\n" + a.draw_id_code + "\n" + b.draw_id_code + "\n" + zone.draw_id_code + "\n",
                       "330802");
  EXPECT_FALSE(has_error(r.report, 2, "统一社会信用代码")) << dump_errors(r.report);
  EXPECT_TRUE(has_error(r.report, 3, "统一社会信用代码", "不在本机构（衢州市生态环境局柯城分局）辖区内"))
      << dump_errors(r.report);
  EXPECT_TRUE(has_error(r.report, 4, "统一社会信用代码", "不在本机构")) << dump_errors(r.report);
  EXPECT_EQ(r.report.errors.size(), 2u) << dump_errors(r.report);
  EXPECT_FALSE(db->named_lists().find({county_id}, kName, 2019));
  // The zone agency (named by its id) may list its unit; the city may list all three.
  auto z = import_list("统一社会信用代码\n" + zone.draw_id_code + "\n", "#" + std::to_string(zone_id));
  ASSERT_TRUE(z.report.ok()) << dump_errors(z.report);
  EXPECT_EQ(members_of(zone_id), ids({zone.id}));
  auto city = import_list("统一社会信用代码\n" + a.draw_id_code + "\n" + b.draw_id_code + "\n" + zone.draw_id_code + "\n");
  ASSERT_TRUE(city.report.ok()) << dump_errors(city.report);
  EXPECT_EQ(members_of(city_id), ids({a.id, b.id, zone.id}));
}

TEST_P(ImportList, AFrozenListIsRefusedAndStaysAsItIs) {
  auto r = import_list("统一社会信用代码\n" + a.draw_id_code + "\n");
  ASSERT_TRUE(r.report.ok()) << dump_errors(r.report);
  long long id = r.list_id;
  db->sql() << "UPDATE named_list SET frozen_at = '2026-03-25T09:00:00Z' WHERE id = :id", soci::use(id);
  try {
    import_list("统一社会信用代码\n" + b.draw_id_code + "\n");
    ADD_FAILURE() << "a frozen list changed";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kConflict);
    EXPECT_EQ(e.code(), "list_frozen");
    EXPECT_NE(std::string(e.what()).find("2026-03-25T09:00:00Z"), std::string::npos) << e.what();
  }
  EXPECT_EQ(members_of(city_id), ids({a.id}));
}

TEST_P(ImportList, BadArgumentsAreRefusedNamingTheField) {
  std::string good = "统一社会信用代码\n" + a.draw_id_code + "\n";
  auto field_of = [&](auto&& f) -> std::string {
    try {
      f();
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kBadInput) << e.what();
      EXPECT_NE(std::string(e.what()).find(" / "), std::string::npos) << e.what();
      return e.details().value("field", "");
    }
    return "(no error)";
  };
  EXPECT_EQ(field_of([&] { import_list(good, "330800", "  "); }), "--name");
  EXPECT_EQ(field_of([&] { import_list(good, "330800", kName, 1989); }), "--year");
  EXPECT_EQ(field_of([&] { import_list(good, "330800", kName, 2101); }), "--year");
  EXPECT_EQ(field_of([&] { import_list(good, "330899"); }), "--agency");
  EXPECT_EQ(field_of([&] { import_list(good, ""); }), "--agency");
  EXPECT_EQ(field_of([&] { service::parse_list_year("20l9"); }), "--year");
  EXPECT_EQ(field_of([&] { service::parse_list_year("2019.5"); }), "--year");
  EXPECT_EQ(service::parse_list_year(" 2019 "), 2019);
  EXPECT_EQ(service::parse_list_year("1990"), 1990);
  EXPECT_EQ(service::parse_list_year("2100"), 2100);
  EXPECT_FALSE(db->named_lists().find({city_id}, kName, 2019));
}

TEST_P(ImportList, FilesWithoutAHeaderOrRowsAreErrors) {
  EXPECT_TRUE(has_error(import_list("单位名称\n某公司\n").report, 1, "", "找不到表头行"));
  EXPECT_TRUE(has_error(import_list("统一社会信用代码,单位名称\n").report, 1, "", "名单不能为空"));
  EXPECT_TRUE(has_error(import_list("").report, 0, "", "the file is empty"));
  EXPECT_TRUE(has_error(import_list(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(100, '\0')).report,
                        0, ""));  // an old .xls
  EXPECT_FALSE(db->named_lists().find({city_id}, kName, 2019));
}

TEST_P(ImportList, ShowListsTheMembersTheAgencySees) {
  ASSERT_TRUE(import_list("统一社会信用代码\n" + a.draw_id_code + "\n" + b.draw_id_code + "\n").report.ok());
  Json city = service::show_list(*db, {"330800", kName, 2019});
  EXPECT_EQ(city["agency_id"], city_id);
  EXPECT_TRUE(city["frozen_at"].is_null());
  ASSERT_EQ(city["members"].size(), 2u);
  // 柯城 uses its city's list, and sees its own part of it.
  Json county = service::show_list(*db, {"330802", kName, 2019});
  EXPECT_EQ(county["list_id"], city["list_id"]);
  ASSERT_EQ(county["members"].size(), 1u);
  EXPECT_EQ(county["members"][0], (Json{{"draw_id", a.draw_id_code}, {"name", a.name}}));
  try {
    service::show_list(*db, {"330800", kName, 2020});
    ADD_FAILURE() << "no such list";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kNotFound);
    EXPECT_EQ(e.code(), "list_not_found");
  }
}

SUIJI_IMPORT_BOTH_ENGINES(ImportList);

}  // namespace
