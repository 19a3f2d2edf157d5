// Public finance (ripple/run/public_finance.h): revenues by tax and level of
// government, the circular part raised on grant-paid wages, discounted
// payback and ratios with and without the shadow price. Hand-computed on the
// two-sector package of support/two_sector_model.h (national: no rpc.csv).
#include "ripple/run/public_finance.h"

#include <catch2/catch.hpp>

#include "ripple/interventions/scenario_reader.h"
#include "ripple/model/leontief.h"
#include "ripple/run/fiscal_rules.h"
#include "ripple/run/result.h"
#include "ripple/run/run.h"
#include "ripple/scenario/scenario.h"
#include "support/test_support.h"
#include "support/two_sector_model.h"

using namespace ripple;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

const Model& National() { return testing::TwoSectorNational(); }

RunResult Run(const std::string& head, const std::string& body) {
  const Scenario scenario =
      ParseScenario("name = \"t\"\nmodel = \"m\"\neffects = \"type1\"\ninflation_rate = 0.02\n" +
                        head + "[[interventions]]\nid = \"x\"\nunit = \"EUR\"\n" + body,
                    "t.toml");
  ResolveScenario(scenario, National());
  static const LeontiefModel leontief(National());
  return RunScenario(scenario, National(), leontief, false);
}

// Revenue per EUR of compensation of the wage rules: social contributions
// 0.365, CSG/CRDS 0.097 x 0.9825 x 0.71495, income tax 0.04, VAT 0.11 x
// household spending per EUR of compensation 1.125.
constexpr double kCsg = 0.097 * 0.9825 * (1 - 0.28505);
constexpr double kVat = 0.11 * 1.125;
constexpr double kOnWages = 0.365 + kCsg + 0.04 + kVat;

const char* kGrant =
    "type = \"subsidy\"\namount = 1000000\nrecipient_sector = \"b\"\nwage_share = 1\n"
    "wage_cost_per_job = 50000\nwage_cost_basis = \"person\"\n";

}  // namespace

TEST_CASE("fiscal rules: names read back, shares sum to 1, CSG/CRDS from the statutory rates",
          "[public_finance]") {
  for (RevenueRecipient level : kRevenueRecipients)
    CHECK(ParseRevenueRecipient(RevenueRecipientName(level)) == level);
  for (const FiscalRule& rule : FrenchFiscalRules(0.365)) {
    INFO(rule.name);
    CHECK_THAT(rule.state + rule.social_security + rule.local_authorities, WithinAbs(1.0, 1e-15));
    CHECK_FALSE(rule.source.empty());
  }
  CHECK_THAT(FrenchFiscalRules(0.365)[1].rate, WithinRel(0.06813652, 1e-6));
}

TEST_CASE("corporate tax per EUR of operating surplus: 2021 receipts over fr-2021's surplus",
          "[public_finance]") {
  // Net corporate tax 2021: EUR 46.3bn (Cour des comptes, note d'analyse de l'execution
  // budgetaire 2021, recettes fiscales de l'Etat, table 1). Its base: the shipped model's gross
  // operating surplus and mixed income without imputed rents (L68A), million EUR.
  const Model model = LoadModel(testing::RepoPath("models/fr-2021"));
  const Satellite* surplus = model.FindSatellite("gross_operating_surplus_mixed_income");
  REQUIRE(surplus != nullptr);
  const double base =
      surplus->values.sum() - surplus->values[model.SectorIndex("L68A")];  // million EUR
  CHECK_THAT(base, WithinAbs(711663.2, 0.05));
  const std::vector<FiscalRule> rules = FrenchFiscalRules(0.365);
  const FiscalRule& corporate = rules[4];
  REQUIRE(corporate.name == "corporate_tax");
  CHECK_THAT(corporate.rate, WithinRel(46.3e3 / base, 1e-7));
}

TEST_CASE("taxes on wages the grant itself pays are circular: reported apart, never a return",
          "[public_finance][circular]") {
  // All of the grant is wages (no purchases), Type I: the only compensation is
  // the grant's wages, 1,000,000 a year for 2 years.
  const RunResult result =
      Run("start_year = 2025\nend_year = 2026\ndiscount_rate = 0.05\n", kGrant);
  const PublicFinance f = ComputePublicFinance(result, nullptr);
  CHECK_THAT(f.fiscal_return.total.gross, WithinRel(2.0e6 * kOnWages, 1e-12));
  CHECK_THAT(f.fiscal_return.circular.gross, WithinRel(2.0e6 * kOnWages, 1e-12));
  CHECK_THAT(f.fiscal_return.present_value.gross,
             WithinRel((1 + 1 / 1.05) * 1.0e6 * kOnWages, 1e-12));
  CHECK_THAT(f.fiscal_return.present_value_excluding_circular.gross, WithinAbs(0.0, 1e-6));
  CHECK_THAT(f.NetFiscalCost(Basis::kGross), WithinRel(f.cost_present_value, 1e-12));
  CHECK_FALSE(f.payback_year.has_value());
}

TEST_CASE("ratios on discounted flows, with and without the shadow price; cost as voted",
          "[public_finance][ratios]") {
  const RunResult result =
      Run("start_year = 2025\nend_year = 2026\ndiscount_rate = 0.05\n", kGrant);
  const PublicFinance f = ComputePublicFinance(result, nullptr);
  // 20 jobs a year (1,000,000 / 50,000); cost 1,000,000 a year.
  CHECK_THAT(f.job_years.gross, WithinRel(40.0, 1e-12));
  CHECK_THAT(f.job_years_discounted.gross, WithinRel(20 + 20 / 1.05, 1e-12));
  CHECK_THAT(f.cost_present_value, WithinRel(1.0e6 + 1.0e6 / 1.05, 1e-12));
  double per_job = 0, per_job_shadow = 0, va_shadow = 0, voted = 0;
  VisitSummaryRows(result, [&](const MetricRow& row) {
    if (row.intervention != "all") return;
    if (row.indicator == "cost_per_job_year" && row.basis == "gross") {
      if (row.measure == "present_value") per_job = row.value;
      if (row.measure == "present_value_with_shadow_price") per_job_shadow = row.value;
    }
    if (row.indicator == "value_added_per_public_euro" && row.basis == "gross" &&
        row.measure == "present_value_with_shadow_price") {
      va_shadow = row.value;
    }
    if (row.indicator == "public_cost" && row.measure == "current_euros") voted = row.value;
  });
  CHECK_THAT(per_job, WithinRel(50000.0, 1e-12));
  CHECK_THAT(per_job_shadow, WithinRel(60000.0, 1e-12));  // x 1.2
  CHECK_THAT(va_shadow, WithinRel(1 / 1.2, 1e-12));       // wages = value added = cost
  // Amounts in 2025 prices; 2026 budget line in 2026 euros: x 1.02.
  CHECK_THAT(voted, WithinRel(1.0e6 + 1.02e6, 1e-12));
}

TEST_CASE("revenues split by level of government: hand case of a 1 MEUR purchase",
          "[public_finance][levels]") {
  // Final demand 1 MEUR for a, one year, Type I: output L f = [0.9, 0.3] /
  // 0.69 MEUR; compensation 0.3 x 0.9/0.69 + 0.2 x 0.3/0.69 = 0.33/0.69 MEUR.
  const RunResult result = Run("start_year = 2025\nend_year = 2025\n",
                               "type = \"demand\"\nsector = \"a\"\namount = 1000000\n");
  const PublicFinance f = ComputePublicFinance(result, nullptr);
  const double comp = 0.33e6 / 0.69;
  CHECK_THAT(f.fiscal_return.circular.gross, WithinAbs(0.0, 1e-9));
  CHECK_THAT(f.fiscal_return.present_value_excluding_circular.gross,
             WithinRel(comp * kOnWages, 1e-12));
  // VAT by recipient, 2023, EUR bn (fiscal_rules.cc): State 95.2 + public broadcasting 3.8,
  // social security 57.3, local authorities 52.1, of 208.4.
  CHECK_THAT(f.by_level.gross[0], WithinRel(comp * (0.04 + 99.0 / 208.4 * kVat), 1e-12));
  CHECK_THAT(f.by_level.gross[1], WithinRel(comp * (0.365 + kCsg + 57.3 / 208.4 * kVat), 1e-12));
  CHECK_THAT(f.by_level.gross[2], WithinRel(comp * 52.1 / 208.4 * kVat, 1e-12));
  // Public cost 1 MEUR; the return is below it: no payback.
  CHECK(comp * kOnWages < 1.0e6);
  CHECK_FALSE(f.payback_year.has_value());
}

TEST_CASE("payback year on discounted flows, excluding the circular part",
          "[public_finance][payback]") {
  // 2025 only paid (1 MEUR demand, public_share 1), then nothing: the
  // discounted cumulated return never reaches the cost. With public_share
  // 0.1 (cost 100,000), the return of 2025 covers it.
  const std::string body =
      "type = \"demand\"\nsector = \"a\"\namount = 1000000\npublic_share = 0.1\n";
  const RunResult result = Run("start_year = 2025\nend_year = 2025\n", body);
  const PublicFinance f = ComputePublicFinance(result, nullptr);
  REQUIRE(f.payback_year.has_value());
  CHECK(*f.payback_year == 2025);
}
