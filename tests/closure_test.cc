// Type II closure with imputed rents left out (issue 10 item 7): the
// household.imputed_rent_sector row of the consumption coefficients is 0.
// Hand-computed on the two-sector package of support/two_sector_model.h:
// A = [0.1 0.4; 0.3 0.1], income coefficients h = 0.9 x [0.3, 0.2],
// consumption [40, 5] / total compensation 40 = [1, 0.125].
#include <catch2/catch.hpp>

#include "ripple/base/error.h"
#include "ripple/model/leontief.h"
#include "ripple/model/model.h"

using namespace ripple;
using Catch::Matchers::WithinAbs;

namespace {

// The package of support/two_sector_model.h without its regional files
// (written out: inlining TwoSectorRegion here trips GCC 12's false -Wrestrict).
ModelSources National() {
  ModelSources s;
  s.directory = std::string("m");
  s.toml_name = std::string("m/model.toml");
  s.toml_text =
      "id = \"r\"\ntitle = \"t\"\nregion = \"r\"\nyear = 2025\ncurrency = \"EUR\"\n"
      "monetary_unit = \"million EUR\"\nprice_basis = \"basic prices\"\nsource = \"test\"\n"
      "licence = \"none\"\n[household]\nconsumption = \"hh\"\nresident_income_share = 0.9\n";
  s.transactions_name = std::string("m/transactions.csv");
  s.transactions_text = "sector,a,b\na,10,20\nb,30,5\n";
  s.output_name = std::string("m/output.csv");
  s.output_text = "sector,output\na,100\nb,50\n";
  s.final_demand_name = std::string("m/final_demand.csv");
  s.final_demand_text = "sector,hh\na,40\nb,5\n";
  s.satellites_name = std::string("m/satellites.csv");
  s.satellites_text =
      "satellite,unit,a,b\ncompensation,million EUR,30,10\nvalue_added,million EUR,60,15\n"
      "employment,thousand persons,1,0.5\n";
  return s;
}

ModelSources WithImputedRents(const std::string& sector) {
  ModelSources sources = National();
  sources.toml_text += "imputed_rent_sector = \"";
  sources.toml_text += sector;
  sources.toml_text += "\"\n";
  return sources;
}

}  // namespace

TEST_CASE("closure: the imputed-rent sector is out of household spending", "[closure]") {
  const Model model = ParseModel(WithImputedRents("b"));
  CHECK(model.household.imputed_rent_sector == "b");
  const LeontiefModel leontief(model);
  // Households inject 1 (million EUR) of income. With c = [1, 0] (b excluded),
  // the closed system [I - A, -c; -h', 1] [x; y] = [0; 1] gives
  // x = (I - A)^-1 c y and y = 1 + h'x: (I - A)^-1 c = [0.9, 0.3] / 0.69,
  // h'x / y = 0.9 x (0.3 x 0.9 + 0.2 x 0.3) / 0.69 = 0.297 / 0.69, y = 0.69 / 0.393.
  Matrix income;
  const Matrix x = leontief.SolveTypeII(Matrix::Zero(2, 1), Matrix::Ones(1, 1), &income);
  const double y = 0.69 / 0.393;
  CHECK_THAT(income(0, 0), WithinAbs(y, 1e-12));
  CHECK_THAT(x(0, 0), WithinAbs(0.9 / 0.69 * y, 1e-12));
  CHECK_THAT(x(1, 0), WithinAbs(0.3 / 0.69 * y, 1e-12));
  // Without the exclusion b's 0.125 per EUR is spent too: more output of b.
  const LeontiefModel all(ParseModel(National()));
  CHECK(all.SolveTypeII(Matrix::Zero(2, 1), Matrix::Ones(1, 1), nullptr)(1, 0) > x(1, 0));
}

TEST_CASE("closure: an unknown imputed-rent sector is refused", "[closure][errors]") {
  try {
    ParseModel(WithImputedRents("c"));
    FAIL("no error");
  } catch (const Error& error) {
    CHECK(std::string(error.what())
              .find("household.imputed_rent_sector: sector 'c' is not in the "
                    "model") != std::string::npos);
  }
}

// An interregional model has one sector of the product per region
// (hdf-5dep-interregional-2021: NORD:L68A ... REST:L68A): the product code
// names all of them, and only them.
TEST_CASE("closure: the imputed-rent product names every region's sector of it", "[closure]") {
  Model model;
  model.sectors = {"NORD:L68A", "NORD:L68B", "PDC:L68A", "L68A", "XL68A", "PDC:XL68A"};
  model.household.imputed_rent_sector = "L68A";
  CHECK(model.ImputedRentSectors() == std::vector<int>{0, 2, 3});
  model.household.imputed_rent_sector = "";
  CHECK(model.ImputedRentSectors().empty());
}
