// sensitivity.html written by `ripple sensitivity` (sensitivity_report.h):
// its outline, the quantile table against quantiles.csv, the sweep table
// against sweep.csv, the language, and byte-identical output whatever the
// thread count. The browser test is in report_pages_chromium_test.cc.
#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "ripple/report/report_text.h"
#include "support/chromium.h"
#include "support/test_support.h"

using namespace ripple;
using namespace ripple::testing;

namespace {

const std::string kSweep = "--sweep interventions.plaine-images-subsidy.wage_share=0.4:0.8:5";

struct Folder {
  std::string html, quantiles, sweep;
};

Folder Sensitivity(const std::string& flags) {
  const std::string dir = MakeTempDir("sensitivity-html");
  const CliResult run = RunCli("sensitivity '" + RepoPath("scenarios/plaine-images-baseline.toml") +
                               "' --quiet --out '" + dir + "/out' " + flags);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return {ReadTextFile(dir + "/out/sensitivity.html"), ReadTextFile(dir + "/out/quantiles.csv"),
          ReadTextFile(dir + "/out/sweep.csv")};
}

// `count` numbers after the first `skip` fields of the line of `csv` starting with `prefix`.
std::vector<double> Numbers(const std::string& csv, const std::string& prefix, size_t skip,
                            size_t count) {
  const size_t at = csv.find("\n" + prefix);
  REQUIRE(at != std::string::npos);
  std::stringstream line(csv.substr(at + 1, csv.find('\n', at + 1) - at - 1));
  std::vector<double> numbers;
  std::string field;
  for (size_t i = 0; std::getline(line, field, ','); ++i) {
    if (i >= skip && numbers.size() < count) numbers.push_back(std::stod(field));
  }
  return numbers;
}

bool Has(const std::string& text, const std::string& piece) {
  return text.find(piece) != std::string::npos;
}

}  // namespace

TEST_CASE("sensitivity.html: quantiles, distributions, tornado and sweep, in French",
          "[sensitivity][sensitivity_html]") {
  const Folder folder = Sensitivity("--draws 100 --threads 2 " + kSweep);
  CHECK(HtmlOutline(folder.html) ==
        std::vector<std::string>{
            "h1:Sensibilité des résultats", "h2:Les chiffres et leur fourchette",
            "h2:Répartition des simulations", "figure:distribution-net-jobs",
            "figure:distribution-net-value-added-per-public-euro",
            "figure:distribution-net-cost-per-job-year", "h2:Les hypothèses qui comptent le plus",
            "figure:tornado-net-jobs", "figure:tornado-net-value-added-per-public-euro",
            "figure:tornado-net-cost-per-job-year", "h2:Balayage", "figure:sweep-net-jobs",
            "figure:sweep-net-value-added-per-public-euro", "figure:sweep-net-cost-per-job-year",
            "h2:Les hypothèses incertaines", "h2:Points d’attention", "h2:Méthode"});
  // The row of net jobs a year: central, p05, p25, p50, p75, p95 of quantiles.csv, one decimal.
  const std::vector<double> q = Numbers(
      folder.quantiles, "all,employment,total,net,total,average_annual_jobs,persons,", 7, 6);
  std::string row = "<tr><th scope=\"row\">Emplois nets par an</th>";
  for (size_t i = 0; i < 6; ++i)
    row += "<td class=\"num\">" + FormatFigure(q[i], 1, Language::kFrench) + "</td>";
  CHECK(Has(folder.html, row + "</tr>"));
  CHECK(q[1] <= q[3]);
  CHECK(q[3] <= q[5]);
  // The sweep table: wage share 0.4 to 0.8 in 5 steps, net jobs from sweep.csv.
  const std::vector<double> first = Numbers(folder.sweep, "0.4,net_jobs,", 2, 1);
  CHECK(Has(folder.html, "<tr><td class=\"num\">0,400</td><td class=\"num\">" +
                             FormatFigure(first[0], 1, Language::kFrench) + "</td>"));
  CHECK(Has(folder.html, "<tr><td class=\"num\">0,800</td>"));
  CHECK(Has(folder.html, "L’hypothèse qui les fait le plus varier\u00A0: "));
  // Tornado labels put the field first; values without effect (the cluster does not feed the
  // model) are named under the chart, not drawn as empty bars.
  CHECK(Has(folder.html, "<title>wage_share (plaine-images-subsidy), Hypothèse à son P5"));
  CHECK(Has(folder.html,
            "Sans effet sur ce chiffre\u00A0: "
            "interventions.plaine-images-cluster.incumbent_job_growth_rate"));
  CHECK_FALSE(Has(folder.html, "cluster.m2_per_job (plaine-images-cluster)"));
  // Byte-identical whatever the thread count.
  CHECK(Sensitivity("--draws 100 --threads 1 " + kSweep).html == folder.html);
}

TEST_CASE("sensitivity --lang en, and without draws: tornado only",
          "[sensitivity][sensitivity_html]") {
  const Folder folder = Sensitivity("--draws 0 --lang en");
  CHECK(Has(folder.html, "<html lang=\"en\">"));
  CHECK(HtmlOutline(folder.html) ==
        std::vector<std::string>{"h1:How sure are the figures",
                                 "h2:The assumptions that matter most", "figure:tornado-net-jobs",
                                 "figure:tornado-net-value-added-per-public-euro",
                                 "figure:tornado-net-cost-per-job-year",
                                 "h2:The uncertain assumptions", "h2:Warnings", "h2:Method"});
  const CliResult bad = RunCli("sensitivity '" + RepoPath("scenarios/plaine-images-baseline.toml") +
                               "' --lang xx --draws 0");
  CHECK(bad.exit_code == 1);
  CHECK(bad.err ==
        "ripple sensitivity: --lang xx: expected fr or en\n"
        "run 'ripple sensitivity --help' for usage\n");
}
