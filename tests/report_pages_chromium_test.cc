// compare.html and sensitivity.html in a real browser (Debian's `chromium`,
// support/chromium.h): each page loads with no console message, every chart
// is a drawn SVG in the DOM, French accents survive, and the page prints to
// A4. Skipped with a message when Chromium is not installed (apt-get install
// chromium); CI installs it (.ci/install-deps).
#include <catch2/catch.hpp>
#include <string>

#include "support/chromium.h"
#include "support/test_support.h"

using namespace ripple::testing;

namespace {

// Loads `html_path` in Chromium and checks the page: no console message,
// `charts` drawn SVGs, `french` in the DOM; then prints it to A4.
void CheckPage(const std::string& html_path, size_t charts, const std::string& french,
               const std::string& dir) {
  const ChromiumRun page = DumpDom(html_path, dir);
  INFO(page.log);
  REQUIRE(page.exit_code == 0);
  CHECK_FALSE(HasConsoleMessage(page.log));
  CHECK(page.dom.find(french) != std::string::npos);
  const std::vector<std::string> svgs = SvgBodies(page.dom);
  CHECK(svgs.size() == charts);
  for (const std::string& svg : svgs) CHECK(DrawsSomething(svg));
  const ChromiumRun print = PrintToPdf(html_path, dir + "/page.pdf", dir);
  REQUIRE(print.exit_code == 0);
  const std::string pdf = ReadTextFile(dir + "/page.pdf");
  REQUIRE(pdf.rfind("%PDF-", 0) == 0);
  CHECK(pdf.find("/MediaBox [0 0 594.95996 841.91998]") != std::string::npos);  // A4 in points
  if (HasCommand("pdftotext"))
    CHECK(PdfText(dir + "/page.pdf", dir).find(french) != std::string::npos);
}

}  // namespace

TEST_CASE("compare.html renders in Chromium with its three charts", "[compare_html][chromium]") {
  if (!HasCommand("chromium")) {
    WARN("skipped: chromium is not installed (apt-get install chromium)");
    return;
  }
  const std::string dir = MakeTempDir("compare-chromium");
  const CliResult run =
      RunCli("compare '" + RepoPath("scenarios/plaine-images-baseline.toml") + "' '" +
             RepoPath("scenarios/plaine-images-plus25.toml") + "' --quiet --out '" + dir + "/out'");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  // job-years, value added per public euro, cost per job-year
  CheckPage(dir + "/out/compare.html", 3, "Côte à côte, par euro public", dir);
}

TEST_CASE("sensitivity.html renders in Chromium with every chart", "[sensitivity_html][chromium]") {
  if (!HasCommand("chromium")) {
    WARN("skipped: chromium is not installed (apt-get install chromium)");
    return;
  }
  const std::string dir = MakeTempDir("sensitivity-chromium");
  const CliResult run = RunCli(
      "sensitivity '" + RepoPath("scenarios/plaine-images-baseline.toml") +
      "' --draws 100 --quiet --sweep interventions.plaine-images-subsidy.wage_share=0.4:0.8:3 "
      "--out '" +
      dir + "/out'");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  // three distributions, three tornadoes, three sweeps
  CheckPage(dir + "/out/sensitivity.html", 9, "Répartition des simulations", dir);
}
