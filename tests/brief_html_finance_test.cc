// brief.html's charts of who pays and who receives (brief_html_finance.cc):
// public cost by funder and by level of government, the fiscal return by
// level, and net job-years by intervention, checked against summary.csv and
// against the funding shares written in the scenario.
#include <catch2/catch.hpp>
#include <string>

#include "ripple/report/report_text.h"
#include "ripple/run/pipeline.h"
#include "ripple/run/public_finance.h"
#include "support/test_support.h"

using namespace ripple;
using namespace ripple::testing;

namespace {

struct Brief {
  std::string html, summary;
};

Brief RunBrief(const std::string& scenario, const std::string& flags = "") {
  const std::string dir = MakeTempDir("brief-finance");
  const CliResult run = RunCli("run '" + RepoPath("scenarios/" + scenario) + "' --quiet --out '" +
                               dir + "/out' " + flags);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return {ReadTextFile(dir + "/out/brief.html"), ReadTextFile(dir + "/out/summary.csv")};
}

bool Has(const std::string& text, const std::string& piece) {
  return text.find(piece) != std::string::npos;
}

}  // namespace

TEST_CASE("brief.html: public cost by funder follows the scenario's funding shares",
          "[brief_html]") {
  // union-studio-france2030.toml: funding = { state = 0.25, region = 0.05, metropolis = 0.05,
  // private = 0.65 } of the capex. summary.csv: state 11,380,000, so capex = 45,520,000;
  // region and metropolis 0.05 x 45,520,000 = 2,276,000; private 0.65 x = 29,588,000; shares of
  // the public cost: 0.25 / 0.35 = 71%, 0.05 / 0.35 = 14%.
  const Brief brief = RunBrief("union-studio-france2030.toml");
  CHECK(Has(brief.summary, "all,public_cost_by_funder,,,state,11380000,"));
  CHECK(Has(brief.summary, "all,public_cost_by_funder,,,region,2276000,"));
  CHECK(Has(brief.summary, "all,private_funding,,,undiscounted,29588000,"));
  CHECK(Has(brief.html, "aria-labelledby=\"cost-by-funder-title"));
  CHECK(Has(brief.html,
            "<tr><td>État</td><td class=\"num\">11\u202F380\u202F000\u202F€</td>"
            "<td class=\"num\">71\u202F%</td></tr>"));
  CHECK(Has(brief.html,
            "<tr><td>Région</td><td class=\"num\">2\u202F276\u202F000\u202F€</td>"
            "<td class=\"num\">14\u202F%</td></tr>"));
  CHECK(Has(brief.html, "<tr><td>Métropole, intercommunalité</td>"));
  CHECK(Has(brief.html,
            "Financement privé en plus (pas un coût public)\u00A0: "
            "29\u202F588\u202F000\u202F€."));
  // One funder per level: the chart by level would repeat the chart by funder.
  CHECK_FALSE(Has(brief.html, "cost-by-level-title"));
  // Bars in millions of euros, two decimals: 11.38.
  CHECK(Has(brief.html, "<title>Coût public — État\u00A0: 11,38</title>"));
}

TEST_CASE("brief.html: no funder chart when no intervention has a funding table", "[brief_html]") {
  const Brief brief = RunBrief("plaine-images-baseline.toml");
  CHECK_FALSE(Has(brief.summary, "public_cost_by_funder"));
  CHECK_FALSE(Has(brief.html, "cost-by-funder"));
}

TEST_CASE("brief.html: the fiscal return by level is PublicFinance::by_level", "[brief_html]") {
  const PreparedRun run = PrepareRun(RepoPath("scenarios/union-studio-france2030.toml"));
  const RunResult result = RunScenario(run.scenario, *run.model, *run.leontief);
  const PublicFinance f = ComputePublicFinance(result, nullptr);
  // Present value excluding the circular part: the levels add up to the total.
  CHECK(f.by_level.net[0] + f.by_level.net[1] + f.by_level.net[2] ==
        Approx(f.fiscal_return.present_value_excluding_circular.net).epsilon(1e-12));
  const Brief brief = RunBrief("union-studio-france2030.toml");
  const char* names[] = {"État", "Sécurité sociale", "Collectivités locales"};
  for (size_t l = 0; l < 3; ++l) {
    INFO(names[l]);
    CHECK(Has(brief.html, std::string("<title>Net — ") + names[l] + "\u00A0: " +
                              FormatFigure(f.by_level.net[l] / 1e6, 2, Language::kFrench) +
                              "</title>"));
    CHECK(Has(brief.html, std::string("<title>Brut — ") + names[l] + "\u00A0: " +
                              FormatFigure(f.by_level.gross[l] / 1e6, 2, Language::kFrench) +
                              "</title>"));
  }
  CHECK(Has(brief.html, "Sécurité sociale reçoit la plus grande part des recettes nettes"));
  const Brief english = RunBrief("union-studio-france2030.toml", "--lang en");
  CHECK(Has(english.html, "Who receives the revenues: taxes and contributions by recipient"));
  CHECK(Has(english.html, "Social security receives the largest part of the net revenues"));
}

TEST_CASE("brief.html: net job-years by intervention add up to the scenario's", "[brief_html]") {
  // associations.toml, summary.csv: net job-years 3.93981641585 (noranim), 4.29798154456
  // (game-in), 6.69117253743 (pictanovo); all 14.9289704978 = their sum.
  const Brief brief = RunBrief("associations.toml");
  CHECK(3.93981641585 + 4.29798154456 + 6.69117253743 == Approx(14.9289704978).epsilon(1e-11));
  CHECK(Has(brief.html, "aria-labelledby=\"job-years-by-intervention-title"));
  CHECK(Has(brief.html,
            "<title>Net — Noranim, association of animation professionals\u00A0: "
            "3,9</title>"));
  CHECK(Has(brief.html,
            "<title>Net — Pictanovo, audiovisual association: the MEL&#39;s "
            "share\u00A0: 6,7</title>"));
  CHECK(Has(brief.html, "période ; total net 14,9."));
}
