// Full-time equivalents by product (MapFullTimeEquivalents): each rule on a
// hand case. The figures are made up so that every ratio is exact in
// decimal; the fr-2021 figures are checked in import_eurostat_fr2021_test.cc.
#include <catch2/catch.hpp>

#include "ripple/base/error.h"
#include "ripple/import/import_eurostat.h"

using namespace ripple;

namespace {

// SBS layout: employees (SAL_NR) and employees in FTE (SAL_FTE_NR).
const char kSbs[] =
    "nace_r2,SAL_NR,SAL_FTE_NR\n"
    "B-S_X_O_S94,1000,900\n"  // national ratio 0.9
    "C,400,380\n"             // section C 0.95
    "C10,100,90\n"
    "C11,100,80\n"  // C12 not published: C10-C12 = 170 / 200
    "G,200,160\n"   // G45, G46: only the section, 0.8
    "J,300,270\n"
    "J58,100,95\n"
    "J59,50,40\n"
    "J60,50,45\n"  // J59_J60 = 85 / 100
    "J62,40,36\n"
    "J63,10,10\n";  // J62_J63 = 46 / 50; J61 = (270 - 226) / (300 - 250)

const std::vector<std::string> kSectors = {"A01", "C10-C12", "C19", "G45",    "G46",
                                           "J58", "J59_J60", "J61", "J62_J63"};

StatCube Cube(const char* indicator, const std::string& text = kSbs) {
  return ParseNaceCsv(text, "sbs.csv", "indic_sbs", {indicator});
}

Satellite Employment() {
  return Satellite{"employment", "thousand persons", Vector::Constant(9, 10.0)};
}

}  // namespace

TEST_CASE("FTE: employment x the SBS ratio, rule by rule, with a warning per rule",
          "[eurostat][fte]") {
  std::vector<std::string> warnings;
  const Satellite fte =
      MapFullTimeEquivalents(Cube("SAL_NR"), Cube("SAL_FTE_NR"), kSectors, Employment(), warnings);
  CHECK(fte.name == "employment_fte");
  CHECK(fte.unit == "thousand FTE");
  // A01 national 0.9; C10-C12 0.85; C19 section C 0.95; G45, G46 0.8; J58 0.95; J59_J60 0.85;
  // J61 0.88; J62_J63 0.92; each x 10 thousand persons.
  const double expected[] = {9, 8.5, 9.5, 8, 8, 9.5, 8.5, 8.8, 9.2};
  for (size_t i = 0; i < kSectors.size(); ++i) {
    INFO(kSectors[i]);
    CHECK(fte.values(static_cast<Eigen::Index>(i)) == Approx(expected[i]).epsilon(1e-12));
  }
  REQUIRE(warnings.size() == 6);
  CHECK(warnings[0] ==
        "employment_fte: C10-C12 use the ratio of their published divisions (C12 confidential "
        "or not in the file)");
  CHECK(warnings[1] ==
        "employment_fte: J61 = section less the other products of the section (divisions not in "
        "the file)");
  CHECK(warnings[2] ==
        "employment_fte: C19, G45, G46 use the ratio of their section (divisions not in the "
        "file)");
  CHECK(warnings[3] ==
        "employment_fte: FALLBACK A01 (outside the SBS scope or not published) use the ratio of "
        "all SBS market enterprises B-S_X_O_S94, 0.9");
  CHECK(warnings[4].find("ASSUMPTION self-employed") != std::string::npos);
}

TEST_CASE("FTE: the national aggregate is required for the fallback", "[eurostat][fte][errors]") {
  const std::string text = "nace_r2,SAL_NR,SAL_FTE_NR\nJ58,100,95\n";
  std::vector<std::string> warnings;
  try {
    MapFullTimeEquivalents(Cube("SAL_NR", text), Cube("SAL_FTE_NR", text), kSectors, Employment(),
                           warnings);
    FAIL("no error");
  } catch (const Error& error) {
    CHECK(std::string(error.what()) ==
          "sbs.csv: nace_r2: no SAL_NR and SAL_FTE_NR for B-S_X_O_S94 (rule: the national ratio "
          "of the SBS market enterprises is the fallback for products outside the SBS scope)");
  }
}
