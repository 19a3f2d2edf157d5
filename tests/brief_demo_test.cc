// The chart module and page shell in a real browser: tests/tools/brief_demo
// writes a page with one chart of each kind, headless Chromium (Debian's
// `chromium`) prints it to PDF. Skipped with a message when Chromium is not
// installed (apt-get install chromium).
#include <catch2/catch.hpp>
#include <cstdlib>
#include <regex>
#include <string>

#include "support/test_support.h"

using namespace ripple;

namespace {

bool HasCommand(const std::string& name) {
  return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

// Runs `command`, returning its exit status; stdout and stderr go to files.
int Run(const std::string& command) { return std::system(command.c_str()); }

int CountPdfPages(const std::string& pdf) {
  std::regex page("/Type\\s*/Page[^s]");
  return static_cast<int>(
      std::distance(std::sregex_iterator(pdf.begin(), pdf.end(), page), std::sregex_iterator()));
}

}  // namespace

TEST_CASE("the demo brief prints to A4 PDF in headless Chromium without a console message",
          "[brief_demo][chromium]") {
  if (!HasCommand("chromium")) {
    WARN("skipped: chromium is not installed (apt-get install chromium)");
    return;
  }
  const std::string dir = testing::MakeTempDir("brief-demo");
  REQUIRE(Run(std::string("'") + RIPPLE_BRIEF_DEMO_PATH + "' fr '" + dir + "/demo.html'") == 0);
  std::string html = testing::ReadTextFile(dir + "/demo.html");
  CHECK(html.find("<html lang=\"fr\">") != std::string::npos);
  const std::string chromium =
      "timeout 120 chromium --headless --no-sandbox --disable-gpu "
      "--no-pdf-header-footer --enable-logging=stderr --v=0 "
      "--user-data-dir='" +
      dir + "/profile' ";
  REQUIRE(Run(chromium + "--print-to-pdf='" + dir + "/demo.pdf' 'file://" + dir +
              "/demo.html' >/dev/null 2>'" + dir + "/chromium.txt'") == 0);
  std::string log = testing::ReadTextFile(dir + "/chromium.txt");
  INFO(log);
  CHECK(log.find(":CONSOLE") == std::string::npos);  // no CSP violation, no script error
  std::string pdf = testing::ReadTextFile(dir + "/demo.pdf");
  REQUIRE(pdf.rfind("%PDF-", 0) == 0);
  CHECK(pdf.find("/MediaBox [0 0 594.95996 841.91998]") != std::string::npos);  // A4 in points
  CHECK(CountPdfPages(pdf) == 4);  // six charts, none cut: measured 4 pages
  CHECK(pdf.size() < 300000);      // textures are paths, not <pattern>s (2.3 MB with them)
  if (!HasCommand("pdftotext")) {
    WARN("text of the PDF not checked: pdftotext is not installed (apt-get install poppler-utils)");
    return;
  }
  REQUIRE(Run("pdftotext -enc UTF-8 '" + dir + "/demo.pdf' '" + dir + "/demo.txt'") == 0);
  std::string text = testing::ReadTextFile(dir + "/demo.txt");
  CHECK(text.find("Retombées économiques estimées") != std::string::npos);
  CHECK(text.find("Hypothèses qui comptent le plus") != std::string::npos);
  CHECK(text.find("Valeur centrale : 9,01") != std::string::npos);
  CHECK(text.find("Source : scénario « Friche & Cie »") != std::string::npos);
}
