// Number parsing of model tables (ParseDouble, csv.h): the same answer whether the
// build parses with fast_float (libfast-float-dev) or with std::from_chars.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>

#include "ripple/base/csv.h"

namespace ripple {
namespace {

bool Parses(const std::string& text, double expected) {
  double value = -12345;
  return ParseDouble(text, value) && std::memcmp(&value, &expected, sizeof value) == 0;
}

bool Rejects(const std::string& text) {
  double value = 0;
  return !ParseDouble(text, value);
}

TEST_CASE("ParseDouble reads the forms found in model tables", "[ingest]") {
  CHECK(Parses("0", 0.0));
  CHECK(Parses("-0", -0.0));
  CHECK(Parses("1234.5", 1234.5));
  CHECK(Parses("  7.25\t", 7.25));
  CHECK(Parses("+3", 3.0));
  CHECK(Parses("-2.5e3", -2500.0));
  CHECK(Parses("1E-2", 0.01));
  CHECK(Parses(".5", 0.5));
  CHECK(Parses("5.", 5.0));
  CHECK(Parses("0.000", 0.0));
  CHECK(Parses("0e7", 0.0));
  // 0.1 + 0.2 written to 17 digits: the correctly rounded double, not one ulp off.
  CHECK(Parses("0.30000000000000004", 0.1 + 0.2));
  // The smallest subnormal and the largest finite double are numbers.
  CHECK(Parses("4.9406564584124654e-324", std::numeric_limits<double>::denorm_min()));
  CHECK(Parses("1.7976931348623157e308", std::numeric_limits<double>::max()));
}

TEST_CASE("ParseDouble rejects what is not a finite number in range", "[ingest]") {
  for (const char* text : {"", " ", "abc", "1,5", "1.2.3", "12x", "0x10", "nan", "inf", "-inf",
                           "infinity", "++1", "1e", "e5", "1e400", "-1e400", "1e-400", "2e-500",
                           "0.0000000000000000000000000000000000000000000000000000000000000000"
                           "0000000000000000000000000000000000000000000000000000000000000000000"
                           "0000000000000000000000000000000000000000000000000000000000000000000"
                           "0000000000000000000000000000000000000000000000000000000000000000000"
                           "000000000000000000000000000000000000000000000000000000000000000001"}) {
    INFO(text);
    CHECK(Rejects(text));
  }
}

TEST_CASE("ParseDouble reads back every double written round-trip exact", "[ingest]") {
  std::mt19937_64 bits(20261206);
  for (int i = 0; i < 20000; ++i) {
    std::uint64_t word = bits();
    double value = 0;
    std::memcpy(&value, &word, sizeof value);
    if (!std::isfinite(value)) continue;
    const std::string text = FormatNumber(value, 17);
    INFO(text);
    REQUIRE(Parses(text, value == 0 ? 0.0 : value));
  }
}

}  // namespace
}  // namespace ripple
