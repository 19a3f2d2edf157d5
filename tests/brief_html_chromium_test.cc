// brief.html and brief.pdf of `ripple run` in a real browser (Debian's
// `chromium`): the page parses with no console message (CSP, script), every
// chart is a non-empty SVG in the DOM, French accents survive, and `--pdf`
// prints A4 pages whose text holds the headline figures (pdftotext from
// poppler-utils). Skipped with a message when Chromium is not installed
// (apt-get install chromium poppler-utils); CI installs both (.ci/install-deps).
#include <catch2/catch.hpp>
#include <string>

#include "support/chromium.h"
#include "support/test_support.h"

using namespace ripple::testing;

TEST_CASE(
    "ripple run --pdf: brief.html renders in Chromium and prints to A4 with the headline figures",
    "[brief_html][chromium]") {
  if (!HasCommand("chromium")) {
    WARN("skipped: chromium is not installed (apt-get install chromium)");
    return;
  }
  const std::string dir = MakeTempDir("brief-chromium");
  const CliResult run = RunCli("run '" + RepoPath("scenarios/plaine-images-baseline.toml") +
                               "' --quiet --out '" + dir + "/out' --draws 200 --pdf");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const ChromiumRun page = DumpDom(dir + "/out/brief.html", dir);
  INFO(page.log);
  REQUIRE(page.exit_code == 0);
  CHECK_FALSE(HasConsoleMessage(page.log));
  CHECK(page.dom.find("Retombées économiques estimées") != std::string::npos);
  const std::vector<std::string> charts = SvgBodies(page.dom);
  for (const std::string& chart : charts) CHECK(DrawsSomething(chart));
  // jobs by year, waterfall, cost and value added by intervention, fiscal return by level,
  // distribution, tornado (one intervention with effects: no job-years by intervention; no
  // funding table: no cost by funder)
  CHECK(charts.size() == 6);
  const std::string pdf = ReadTextFile(dir + "/out/brief.pdf");
  REQUIRE(pdf.rfind("%PDF-", 0) == 0);
  CHECK(pdf.find("/MediaBox [0 0 594.95996 841.91998]") != std::string::npos);  // A4 in points
  const int pages = CountPdfPages(pdf);
  CHECK(pages >= 5);  // measured 7 with 200 draws; charts never cut (figure break-inside: avoid)
  CHECK(pages <= 8);
  if (!HasCommand("pdftotext")) {
    WARN("text of the PDF not checked: pdftotext is not installed (apt-get install poppler-utils)");
    return;
  }
  const std::string text = PdfText(dir + "/out/brief.pdf", dir);
  CHECK(text.find("Retombées économiques estimées") != std::string::npos);
  CHECK(text.find("8 427 000 €") !=
        std::string::npos);                       // public cost (pdftotext gives U+202F as a space)
  CHECK(text.find("47,8") != std::string::npos);  // net job-years
  CHECK(text.find("Le cluster d’entreprises") != std::string::npos);
}

TEST_CASE("ripple run --pdf without chromium on PATH stops before any work and says how to get it",
          "[brief_html][cli]") {
  const std::string dir = MakeTempDir("brief-no-chromium");
  // An empty PATH: no chromium, whether or not this machine has one.
  const CliResult run = RunCliUnder("env PATH='" + dir + "/empty'",
                                    "run '" + RepoPath("scenarios/plaine-images-baseline.toml") +
                                        "' --quiet --out '" + dir + "/out' --pdf");
  CHECK(run.exit_code == 1);
  CHECK(run.err ==
        "ripple: error: --pdf: Chromium is not installed (no `chromium` on PATH): install it with "
        "`apt-get install chromium`, or open brief.html in a browser and print it to PDF\n");
  CHECK(run.out.empty());
  CHECK_FALSE(ReadTextFile(dir + "/out/summary.csv").size() > 0);  // nothing written
}
