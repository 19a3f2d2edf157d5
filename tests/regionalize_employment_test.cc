// The NACE A*10 grouping of product codes and the matching of an employment
// table to a national model, with the error messages users see.
#include <catch2/catch.hpp>
#include <cmath>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/import/regionalize.h"
#include "support/regional_fixture.h"
#include "support/test_support.h"

using namespace ripple;
using Catch::Matchers::Contains;
using Catch::Matchers::WithinAbs;

namespace {

SectorEmployment Match(const std::string& csv, const std::string& region = "REG",
                       const std::string& nation = "NAT",
                       const Model& model = testing::ThreeSectorNationalModel()) {
  return MatchEmployment(ParseCsv(csv, "emp.csv"), model, "models/three", region, nation);
}

}  // namespace

TEST_CASE("A*10 group of CPA product codes", "[regionalize][a10]") {
  const std::vector<std::pair<std::string, std::string>> cases = {{"CPA_A01", "A"},
                                                                  {"CPA_A03", "A"},
                                                                  {"CPA_B", "B-E"},
                                                                  {"CPA_C10-12", "B-E"},
                                                                  {"CPA_C31_32", "B-E"},
                                                                  {"CPA_D", "B-E"},
                                                                  {"CPA_E37-39", "B-E"},
                                                                  {"CPA_F", "F"},
                                                                  {"CPA_G47", "G-I"},
                                                                  {"CPA_H53", "G-I"},
                                                                  {"CPA_I", "G-I"},
                                                                  {"CPA_J58", "J"},
                                                                  {"CPA_J59_60", "J"},
                                                                  {"J59_J60", "J"},
                                                                  {"CPA_J62_63", "J"},
                                                                  {"CPA_K66", "K"},
                                                                  {"CPA_L68A", "L"},
                                                                  {"CPA_L68B", "L"},
                                                                  {"CPA_M74_75", "M_N"},
                                                                  {"CPA_N80-82", "M_N"},
                                                                  {"CPA_O", "O-Q"},
                                                                  {"CPA_Q87_88", "O-Q"},
                                                                  {"CPA_R90-92", "R-U"},
                                                                  {"CPA_S96", "R-U"},
                                                                  {"CPA_T", "R-U"},
                                                                  {"CPA_U", "R-U"},
                                                                  {"M71", "M_N"},
                                                                  {"TOTAL", ""},
                                                                  {"AZ", ""},
                                                                  {"", ""},
                                                                  {"CPA_", ""},
                                                                  {"V01", ""},
                                                                  {"a01", ""},
                                                                  {"CPA_TOTAL", ""},
                                                                  {"CPA_X01", ""}};
  for (const auto& [code, group] : cases) {
    INFO("code '" << code << "'");
    CHECK(A10GroupOf(code) == group);
  }
}

TEST_CASE("employment is laid out per sector from the group rows", "[regionalize][employment]") {
  const SectorEmployment employment = Match(testing::ThreeSectorEmploymentCsv());
  CHECK(employment.groups == std::vector<std::string>{"A", "B-E", "J"});
  CHECK(employment.region_total == 100);
  CHECK(employment.national_total == 1000);
  CHECK(employment.region(1) == 45);
  CHECK(employment.national(2) == 300);
}

TEST_CASE("employment errors name the file, line, field and rule", "[regionalize][errors]") {
  const std::string csv = testing::ThreeSectorEmploymentCsv();
  CHECK_THROWS_WITH(Match(csv, "REX"),
                    "emp.csv:1: region: code 'REX' is not a column of the employment table "
                    "(did you mean 'REG'?)");
  CHECK_THROWS_WITH(Match(csv, "REG", "FRE11"),
                    "emp.csv:1: nation: code 'FRE11' is not a column of the employment table "
                    "(valid: NAT, REG, OTHER)");
  CHECK_THROWS_WITH(Match("nace_r2,NAT,REG\nTOTAL,1000,100\nA,400,20\nJ,300,35\n"),
                    "emp.csv: nace_r2: no row 'B-E' (needed by sector 'CPA_C10-12')");
  CHECK_THROWS_WITH(Match("nace_r2,NAT,REG\nTOTAL,1000,100\nA,400,x\nB-E,300,45\nJ,300,35\n"),
                    "emp.csv:3: row 'A', column 'REG': 'x' is not a number");
  CHECK_THROWS_WITH(Match("nace_r2,NAT,REG\nTOTAL,1000,100\nA,400,20\nB-E,300,45\nJ,30,35\n"),
                    "emp.csv:5: row 'J': regional employment 35 exceeds national 30 (rule: a "
                    "region is part of its nation)");
  CHECK_THROWS_WITH(Match("nace_r2,NAT,REG\nTOTAL,1000,100\nA,0,0\nB-E,300,45\nJ,300,35\n"),
                    "emp.csv:3: row 'A': national employment is 0 (rule: > 0 where the model "
                    "has sectors)");
  CHECK_THROWS_WITH(Match("nace_r2,NAT,REG\nTOTAL,1000,100\nA,400,20\nB-E,300,-45\nJ,300,35\n"),
                    "emp.csv:4: row 'B-E', column 'REG': employment -45 is negative (rule: >= 0)");
  CHECK_THROWS_WITH(Match("nace_r2,NAT,REG\nTOTAL,1000,90\nA,400,20\nB-E,300,45\nJ,300,35\n"),
                    "emp.csv: column 'REG': the A*10 groups sum to 100, above the TOTAL row 90 "
                    "(rule: groups are disjoint parts of the total)");
  CHECK_THROWS_WITH(
      Match("nace_r2,NAT,REG\nTOTAL,1000,100\nA,400,20\nA,400,20\nB-E,300,45\nJ,300,35\n"),
      "emp.csv:4: nace_r2: code 'A' appears twice");
}

TEST_CASE("a national sector without an A*10 group is rejected", "[regionalize][errors]") {
  Model model = testing::ThreeSectorNationalModel();
  model.sectors[2] = "JZ";
  CHECK_THROWS_WITH(Match(testing::ThreeSectorEmploymentCsv(), "REG", "NAT", model),
                    "models/three: sector 'JZ': no NACE A*10 group (rule: a product code is an "
                    "optional 'CPA_', a section letter A-U, then nothing, a digit or '_', e.g. "
                    "'CPA_J62_63')");
}

// Eurostat nama_10r_3empers 2018 (../shared/data): the ten A*10 groups sum to
// TOTAL for every geo, and our SLQ reproduces the location quotients published
// beside the data (location_quotients_2018.csv, 4 decimals).
TEST_CASE("Eurostat regional employment 2018: groups sum to TOTAL and SLQs match",
          "[regionalize][shared]") {
  const std::string folder = testing::SharedDataPath("eurostat_regional_employment_nuts3_2018");
  if (folder.empty()) {
    WARN("skipped: ../shared/data/eurostat_regional_employment_nuts3_2018 is absent");
    return;
  }
  const CsvTable table = ReadCsvFile(folder + "/nama_10r_3empers_2018_fr_hdf_ths_persons.csv");
  const CsvTable published = ReadCsvFile(folder + "/location_quotients_2018.csv");
  Model model;
  const std::vector<std::string> groups = {"A", "B-E", "F",   "G-I", "J",
                                           "K", "L",   "M_N", "O-Q", "R-U"};
  model.sectors = {"CPA_A01", "CPA_C20",  "CPA_F",   "CPA_G47", "CPA_J62_63",
                   "CPA_K64", "CPA_L68B", "CPA_M71", "CPA_Q86", "CPA_R93"};
  for (const std::string region : {"FRE", "FRE1", "FRE11", "FRE12", "FRE2"}) {
    INFO("region " << region);
    const SectorEmployment employment = MatchEmployment(table, model, "test", region, "FR");
    CHECK(employment.groups == groups);
    CHECK_THAT(employment.region.sum(), WithinAbs(employment.region_total, 0.051));
    CHECK_THAT(employment.national.sum(), WithinAbs(employment.national_total, 0.051));
    const LocationQuotients q = ComputeLocationQuotients(employment, LqMethod::kSlq, 0);
    const int column = published.ColumnIndex("LQ_" + region);
    REQUIRE(column > 0);
    for (const CsvRow& row : published.rows) {
      for (size_t j = 0; j < groups.size(); ++j) {
        if (row.fields[0] != groups[j]) continue;
        double expected = 0;
        REQUIRE(ParseDouble(row.fields[column], expected));
        INFO("group " << groups[j]);
        CHECK_THAT(q.slq(j), WithinAbs(expected, 5.01e-5));
      }
    }
  }
}
