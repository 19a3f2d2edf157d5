// `ripple compare --price-year` (issue 10 item 8): options of different price
// years restated in one, their amounts converted from their own
// amounts_price_year through the scenario's deflator, never relabelled.
// Hand case: EUR 1,000,000 a year (2025-2026) written in 2024 prices at 2%
// inflation is EUR 1,020,000 a year in 2025 prices; the jobs do not change.
#include <catch2/catch.hpp>

#include "ripple/analysis/compare.h"
#include "ripple/base/error.h"
#include "ripple/run/public_finance.h"
#include "support/test_support.h"

using namespace ripple;
using namespace ripple::testing;
using Catch::Matchers::WithinRel;

namespace {

// A demand of EUR 1,000,000 a year for construction on the Eurostat manual's
// German table, 2% inflation, `prices` = the appraisal keys.
std::string WriteOption(const std::string& dir, const std::string& id, const std::string& prices) {
  const std::string file = dir + "/" + id + ".toml";
  WriteTextFile(file, "id = \"" + id + "\"\nname = \"option " + id + "\"\nmodel = \"" +
                          RepoPath("models/de-1995-eurostat-manual") +
                          "\"\nstart_year = 2025\nend_year = 2026\ninflation_rate = 0.02\n"
                          "effects = \"type1\"\n" +
                          prices +
                          "[[interventions]]\nid = \"build\"\ntype = \"demand\"\nsector = "
                          "\"CPA_F\"\nunit = \"EUR\"\namount = 1000000\n");
  return file;
}

}  // namespace

TEST_CASE("compare --price-year converts amounts from their own price year", "[compare-prices]") {
  const std::string dir = MakeTempDir("compare-prices");
  const std::string a = WriteOption(dir, "a", "price_year = 2024\n");  // amounts in 2024 prices
  const std::string b = WriteOption(dir, "b", "price_year = 2025\n");
  const std::vector<RunResult> own = RunComparedOptions({a, b}, {}, std::nullopt);
  const std::vector<RunResult> runs = RunComparedOptions({a, b}, {}, 2025);
  const PublicFinance before = ComputePublicFinance(own[0], nullptr);
  const PublicFinance after = ComputePublicFinance(runs[0], nullptr);
  CHECK_THAT(before.cost, WithinRel(2e6, 1e-12));
  CHECK_THAT(after.cost, WithinRel(2 * 1020000.0, 1e-12));
  CHECK_THAT(after.value_added.gross, WithinRel(1.02 * before.value_added.gross, 1e-12));
  CHECK_THAT(after.job_years.gross, WithinRel(before.job_years.gross, 1e-12));
  CHECK(runs[0].scenario.appraisal.price_year == 2025);
  CHECK(runs[0].scenario.appraisal.amounts_price_year == 2024);
  REQUIRE(runs[0].overrides.size() == 2);
  CHECK(runs[0].overrides[1].key == "amounts_price_year");
  CHECK(runs[0].overrides[1].value == "2024");
  CHECK(runs[1].overrides.empty());  // already in 2025 prices
  // Option b costs EUR 2,000,000 in 2025 prices, a EUR 2,040,000: b ranks first on cost.
  const Comparison comparison = CompareRuns(runs, "");
  CHECK(comparison.price_year == 2025);
}

TEST_CASE("compare --set price_year that would relabel amounts is refused with the command",
          "[compare-prices]") {
  const std::string dir = MakeTempDir("compare-relabel");
  const std::string a = WriteOption(dir, "a", "price_year = 2024\n");
  const std::string b = WriteOption(dir, "b", "price_year = 2025\n");
  CHECK(ErrorOf([&] {
          RunComparedOptions({a, b}, {{"price_year", "2025"}}, std::nullopt);
        }) ==
        a + ": amounts_price_year: --set price_year=2025 would relabel option 'a''s amounts "
            "(written in 2024 prices: amounts_price_year is not written, so it follows "
            "price_year) as 2025 prices instead of converting them; use --price-year 2025 "
            "instead of --set price_year=2025: it converts each option's amounts from its own "
            "amounts_price_year");
  CHECK(ErrorOf([&] {
          RunComparedOptions({a, b}, {{"price_year", "2025"}}, 2025);
        }) ==
        "--price-year 2025 and --set price_year: give only --price-year (it converts each "
        "option's amounts from its own amounts_price_year)");
  // amounts_price_year written: --set price_year converts, as --price-year does.
  const std::string c = WriteOption(dir, "c", "price_year = 2024\namounts_price_year = 2024\n");
  const std::vector<RunResult> runs = RunComparedOptions({c, b}, {{"price_year", "2025"}}, {});
  CHECK_THAT(ComputePublicFinance(runs[0], nullptr).cost, WithinRel(2 * 1020000.0, 1e-12));
}

TEST_CASE("compare --price-year on the shipped scenarios of 2024 and 2025 prices",
          "[compare-prices][cli]") {
  const std::string out = MakeTempDir("compare-prices-cli") + "/out";
  const std::string files = RepoPath("scenarios/imaginarium-teinturerie.toml") + " " +
                            RepoPath("scenarios/union-studio-france2030.toml");
  const CliResult refused = RunCli("compare " + files + " --out " + out);
  CHECK(refused.exit_code == 1);
  CHECK(refused.err.find("add --price-year 2024 to the command (e.g. ripple compare " +
                         RepoPath("scenarios/imaginarium-teinturerie.toml") + " " +
                         RepoPath("scenarios/union-studio-france2030.toml") +
                         " --price-year 2024)") != std::string::npos);
  const CliResult restated =
      RunCli("compare " + files + " --price-year 2025 --allow-mixed --out " + out);
  INFO(restated.err);
  CHECK(restated.exit_code == 0);
  CHECK(ReadTextFile(out + "/compare.csv").find("EUR (2025 prices)") != std::string::npos);
}
