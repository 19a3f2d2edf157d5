// The chart module and page shell in a real browser: tests/tools/brief_demo
// writes a page with one chart of each kind, headless Chromium (Debian's
// `chromium`) prints it to PDF. Skipped with a message when Chromium is not
// installed (apt-get install chromium).
#include <catch2/catch.hpp>
#include <cstdlib>
#include <string>

#include "support/chromium.h"
#include "support/test_support.h"

using namespace ripple::testing;

TEST_CASE("the demo brief prints to A4 PDF in headless Chromium without a console message",
          "[brief_demo][chromium]") {
  if (!HasCommand("chromium")) {
    WARN("skipped: chromium is not installed (apt-get install chromium)");
    return;
  }
  const std::string dir = MakeTempDir("brief-demo");
  REQUIRE(std::system((std::string("'") + RIPPLE_BRIEF_DEMO_PATH + "' fr '" + dir + "/demo.html'")
                          .c_str()) == 0);
  std::string html = ReadTextFile(dir + "/demo.html");
  CHECK(html.find("<html lang=\"fr\">") != std::string::npos);
  const ChromiumRun print = PrintToPdf(dir + "/demo.html", dir + "/demo.pdf", dir);
  INFO(print.log);
  REQUIRE(print.exit_code == 0);
  CHECK_FALSE(HasConsoleMessage(print.log));  // no CSP violation, no script error
  std::string pdf = ReadTextFile(dir + "/demo.pdf");
  REQUIRE(pdf.rfind("%PDF-", 0) == 0);
  CHECK(pdf.find("/MediaBox [0 0 594.95996 841.91998]") != std::string::npos);  // A4 in points
  CHECK(CountPdfPages(pdf) == 4);  // six charts, none cut: measured 4 pages
  CHECK(pdf.size() < 300000);      // textures are paths, not <pattern>s (2.3 MB with them)
  if (!HasCommand("pdftotext")) {
    WARN("text of the PDF not checked: pdftotext is not installed (apt-get install poppler-utils)");
    return;
  }
  std::string text = PdfText(dir + "/demo.pdf", dir);
  CHECK(text.find("Retombées économiques estimées") != std::string::npos);
  CHECK(text.find("Hypothèses qui comptent le plus") != std::string::npos);
  CHECK(text.find("Valeur centrale : 9,01") != std::string::npos);
  CHECK(text.find("Source : scénario « Friche & Cie »") != std::string::npos);
}
