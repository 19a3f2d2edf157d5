// Units as written in model and scenario files (units.h; issue 12: "GBP
// million" and "€ million" were refused, only "million GBP" was read).
#include "ripple/base/units.h"

#include <catch2/catch.hpp>

#include "ripple/base/error.h"

using namespace ripple;

namespace {

void CheckUnit(const std::string& text, double scale, const std::string& base) {
  INFO(text);
  const Unit unit = ParseUnit(text, "unit");
  CHECK(unit.scale == scale);
  CHECK(unit.base == base);
}

}  // namespace

TEST_CASE("a scale word may come before or after the base unit", "[units]") {
  CheckUnit("million EUR", 1e6, "EUR");
  CheckUnit("EUR million", 1e6, "EUR");
  CheckUnit("GBP million", 1e6, "GBP");
  CheckUnit("thousand persons", 1e3, "persons");
  CheckUnit("persons thousand", 1e3, "persons");
  CheckUnit("EUR bn", 1e9, "EUR");
  CheckUnit("milliards EUR", 1e9, "EUR");
  CheckUnit("EUR", 1, "EUR");
  CheckUnit("FTE", 1, "FTE");
  CheckUnit("MEUR", 1e6, "EUR");
  CheckUnit("kEUR", 1e3, "EUR");
}

TEST_CASE("currency symbols and words are read as ISO codes, with or without a scale", "[units]") {
  CheckUnit("€", 1, "EUR");
  CheckUnit("euros", 1, "EUR");
  CheckUnit("€ million", 1e6, "EUR");
  CheckUnit("million €", 1e6, "EUR");
  CheckUnit("millions d'euros", 1e6, "EUR");
  CheckUnit("M€", 1e6, "EUR");
  CheckUnit("k€", 1e3, "EUR");
  CheckUnit("Md€", 1e9, "EUR");
  CheckUnit("€m", 1e6, "EUR");
  CheckUnit("£m", 1e6, "GBP");
  CheckUnit("$ bn", 1e9, "USD");
}

TEST_CASE("a scale alone or an empty unit is refused", "[units]") {
  CHECK_THROWS_WITH(ParseUnit("million", "x.unit"),
                    "x.unit: unit 'million' has a scale but no base unit");
  CHECK_THROWS_WITH(ParseUnit("  ", "x.unit"), "x.unit: empty unit");
}
