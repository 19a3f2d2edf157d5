// brief.html and brief.pdf of `ripple run` in a real browser (Debian's
// `chromium`): the page parses with no console message (CSP, script), every
// chart is a non-empty SVG in the DOM, French accents survive, and `--pdf`
// prints A4 pages whose text holds the headline figures (pdftotext from
// poppler-utils). Skipped with a message when Chromium is not installed
// (apt-get install chromium poppler-utils); CI installs both (.ci/install-deps).
#include <catch2/catch.hpp>
#include <cstdlib>
#include <regex>
#include <string>

#include "support/test_support.h"

using namespace ripple::testing;

namespace {

bool HasCommand(const std::string& name) {
  return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

int Run(const std::string& command) { return std::system(command.c_str()); }

int CountPdfPages(const std::string& pdf) {
  std::regex page("/Type\\s*/Page[^s]");
  return static_cast<int>(
      std::distance(std::sregex_iterator(pdf.begin(), pdf.end(), page), std::sregex_iterator()));
}

}  // namespace

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
  const std::string chromium =
      "timeout 120 chromium --headless --no-sandbox --disable-gpu "
      "--enable-logging=stderr --v=0 --user-data-dir='" +
      dir + "/profile' ";
  REQUIRE(Run(chromium + "--dump-dom 'file://" + dir + "/out/brief.html' >'" + dir +
              "/dom.html' 2>'" + dir + "/chromium.txt'") == 0);
  const std::string log = ReadTextFile(dir + "/chromium.txt");
  INFO(log);
  CHECK(log.find(":CONSOLE") == std::string::npos);
  const std::string dom = ReadTextFile(dir + "/dom.html");
  CHECK(dom.find("Retombées économiques estimées") != std::string::npos);
  const std::regex svg("<svg[^>]*>([\\s\\S]*?)</svg>");
  int charts = 0;
  for (auto it = std::sregex_iterator(dom.begin(), dom.end(), svg); it != std::sregex_iterator();
       ++it) {
    ++charts;
    const std::string body = (*it)[1].str();
    CHECK((body.find("<rect") != std::string::npos || body.find("<path") != std::string::npos));
  }
  CHECK(charts == 5);  // jobs by year, waterfall, by intervention, distribution, tornado
  const std::string pdf = ReadTextFile(dir + "/out/brief.pdf");
  REQUIRE(pdf.rfind("%PDF-", 0) == 0);
  CHECK(pdf.find("/MediaBox [0 0 594.95996 841.91998]") != std::string::npos);  // A4 in points
  const int pages = CountPdfPages(pdf);
  CHECK(pages >= 5);  // measured 6 with 200 draws; charts never cut (figure break-inside: avoid)
  CHECK(pages <= 7);
  if (!HasCommand("pdftotext")) {
    WARN("text of the PDF not checked: pdftotext is not installed (apt-get install poppler-utils)");
    return;
  }
  REQUIRE(Run("pdftotext -enc UTF-8 '" + dir + "/out/brief.pdf' '" + dir + "/brief.txt'") == 0);
  const std::string text = ReadTextFile(dir + "/brief.txt");
  CHECK(text.find("Retombées économiques estimées") != std::string::npos);
  CHECK(text.find("8 427 000 €") !=
        std::string::npos);                       // public cost (pdftotext gives U+202F as a space)
  CHECK(text.find("47,8") != std::string::npos);  // net job-years
  CHECK(text.find("Le cluster d’entreprises") != std::string::npos);
}
