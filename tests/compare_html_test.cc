// compare.html written by `ripple compare` (compare_html.h): its outline, the
// side-by-side cells against compare.csv, the conclusion, the warnings box,
// the language flag and byte-identical output. The browser test is in
// report_pages_chromium_test.cc.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "support/chromium.h"
#include "support/test_support.h"

using namespace ripple::testing;

namespace {

// The three Plaine Images options, quoted (appended piece by piece: GCC 12 gives a false
// -Wrestrict on "literal" + std::string&&).
std::string Options() {
  std::string options;
  for (const char* name : {"baseline", "minus25", "plus25"}) {
    options += " '";
    options += RepoPath(std::string("scenarios/plaine-images-") + name + ".toml");
    options += "'";
  }
  return options;
}

struct Pages {
  std::string html, csv;
};

Pages Compare(const std::string& flags) {
  const std::string dir = MakeTempDir("compare-html");
  const CliResult run = RunCli("compare" + Options() + " --quiet --out '" + dir + "/out' " + flags);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return {ReadTextFile(dir + "/out/compare.html"), ReadTextFile(dir + "/out/compare.csv")};
}

bool Has(const std::string& text, const std::string& piece) {
  return text.find(piece) != std::string::npos;
}

}  // namespace

TEST_CASE("compare.html: options side by side with charts, in French", "[compare][compare_html]") {
  const Pages pages = Compare("");  // the scenarios say language = "fr"
  CHECK(HtmlOutline(pages.html) ==
        std::vector<std::string>{
            "h1:Comparaison de 3 options", "h2:Les options", "h2:Côte à côte, par euro public",
            "h2:Graphiques", "figure:job-years", "figure:value-added-per-euro",
            "figure:cost-per-job-year", "h2:Points d’attention", "h2:Méthode et sources"});
  CHECK(Has(pages.html, "<html lang=\"fr\">"));
  // compare.csv: public cost 8427240 (baseline), 6320430 (minus25: -2106810, i.e. -25%,
  // the subsidy scaled by 0.75), ranks 2 and 1 (least cost is best).
  CHECK(Has(pages.csv, "plaine-images-minus25,public_cost,,,undiscounted,6320430,"));
  CHECK(Has(pages.html,
            "<tr><th scope=\"row\">Coût public</th><td class=\"num\">8\u202F427\u202F000\u202F€"
            "<br><span class=\"range\">rang 2</span></td><td class=\"num\">"
            "6\u202F320\u202F000\u202F€<br><span class=\"range\">-25\u202F%</span><br>"
            "<span class=\"range\">rang 1</span></td>"));
  // Net job-years 47.797 / 35.848 / 59.746 (compare.csv, persons), one decimal.
  CHECK(Has(pages.html,
            "Chiffres nets\u00A0: Plaine Images baseline: EUR 1.35M a year of cluster "
            "animation, 2025-2030 47,8; "));
  // A linear model: scaling the subsidy scales every effect, so the per-euro figures tie.
  CHECK(Has(pages.html,
            "<li>Plaine Images: subsidy +25% (EUR 1.6875M a year), 2025-2030\u00A0: le "
            "plus d’emplois-années nets.</li>"));
  CHECK(Has(
      pages.html,
      "<li>Toutes les options font jeu égal sur la valeur ajoutée nette par euro public.</li>"));
  // The runs' warnings, each prefixed with its option.
  CHECK(Has(pages.html,
            "<li>Plaine Images baseline: EUR 1.35M a year of cluster animation, "
            "2025-2030 — intervention &#39;plaine-images-cluster&#39;: the cluster"));
  CHECK(Compare("").html == pages.html);  // byte-identical
}

TEST_CASE("compare --lang en writes compare.html in English", "[compare][compare_html]") {
  const Pages pages = Compare("--lang en");
  CHECK(Has(pages.html, "<html lang=\"en\">"));
  CHECK(Has(pages.html, "<h1>Comparison of 3 options</h1>"));
  CHECK(Has(pages.html, "<li>Every option is level on net value added per public euro.</li>"));
  CHECK(Has(pages.html, "€8,427,000<br><span class=\"range\">rank 2</span>"));
  const CliResult bad = RunCli("compare" + Options() + " --lang de --out /nonexistent/x");
  CHECK(bad.exit_code == 1);
  CHECK(bad.err ==
        "ripple compare: --lang de: expected fr or en\nrun 'ripple compare --help' for usage\n");
}
