// base/text.h: trimming, case, joining and the one "did you mean" of every
// error message. The suggestion cases are the ones users met (issue 12):
// "J59X" used to suggest J58, "N82" A02 and "N" B.
#include "ripple/base/text.h"

#include <catch2/catch.hpp>

using namespace ripple;

TEST_CASE("ClosestMatch prefers a part of a code, then a long common prefix, then a small distance",
          "[text]") {
  const std::vector<std::string> a64 = {"A01",     "A02", "B",       "C10-C12", "J58",
                                        "J59_J60", "N77", "N80-N82", "L68A"};
  CHECK(ClosestMatch("J59X", a64) == "J59_J60");  // prefix "J59", not J58 at distance 1
  CHECK(ClosestMatch("N82", a64) == "N80-N82");   // a part between separators
  CHECK(ClosestMatch("J60", a64) == "J59_J60");
  CHECK(ClosestMatch("c10-c12", a64) == "C10-C12");  // case ignored
  CHECK(ClosestMatch("N", a64).empty());             // one letter: no guess
  CHECK(ClosestMatch("l68", a64) == "L68A");
  CHECK(ClosestMatch("amout", {"amounts_price_year", "amount", "additionality"}) == "amount");
  CHECK(ClosestMatch("yaer", {"id", "year", "title"}) == "year");
  CHECK(ClosestMatch("demnd", {"demand", "jobs", "subsidy"}) == "demand");
  CHECK(ClosestMatch("triang", {"triangular", "pert", "uniform"}) == "triangular");
  CHECK(ClosestMatch("households", {"final_consumption_households", "exports"}) ==
        "final_consumption_households");
  CHECK(ClosestMatch("zzz", {"demand", "jobs"}).empty());
  CHECK(ClosestMatch("", {"demand"}).empty());
}

TEST_CASE("DidYouMean suggests, else lists the valid values, capped", "[text]") {
  CHECK(DidYouMean("J59X", {"J58", "J59_J60"}) == " (did you mean 'J59_J60'?)");
  CHECK(DidYouMean("s9", {"s1", "s2"}) == " (valid: s1, s2)");
  CHECK(DidYouMean("x", {"a", "b", "c", "d"}, 2) == " (valid: a, b and 2 more)");
  CHECK(DidYouMean("x", {}).empty());
}

TEST_CASE("YearRanges writes consecutive years as ranges", "[text]") {
  CHECK(YearRanges({2021, 2023, 2024, 2025}) == "2021, 2023-2025");
  CHECK(YearRanges({2025}) == "2025");
  CHECK(YearRanges({2025, 2027}) == "2025, 2027");
  CHECK(YearRanges({}).empty());
}

TEST_CASE("Trim, Lower and Join", "[text]") {
  CHECK(Trim("  a b\t\r") == "a b");
  CHECK(Trim(" \t ").empty());
  CHECK(Lower("Été ABC") == "Été abc");  // ASCII only: UTF-8 bytes unchanged
  CHECK(Join({"a", "b", "c"}) == "a, b, c");
  CHECK(Join({"a", "b"}, " | ") == "a | b");
  CHECK(Join({}).empty());
}
