// The brief's HTML shell: escaping, a page that loads nothing, print rules
// (html_page.h).
#include "ripple/report/html_page.h"

#include <catch2/catch.hpp>
#include <string>

using namespace ripple;

TEST_CASE("HTML text is escaped and UTF-8 is kept", "[html_page]") {
  CHECK(EscapeHtml("R&D <b>\"l'été\"</b>") == "R&amp;D &lt;b&gt;&quot;l&#39;été&quot;&lt;/b&gt;");
  CHECK(EscapeHtml("") == "");
  CHECK(EscapeHtml("1\u202F234\u202F€") == "1\u202F234\u202F€");
}

TEST_CASE("the page shell is self-contained, in the report's language", "[html_page]") {
  std::string page = HtmlPageStart("Retombées <estimées>", Language::kFrench) + HtmlPageEnd();
  CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">", 0) ==
        0);
  CHECK(page.find("<title>Retombées &lt;estimées&gt;</title>") != std::string::npos);
  CHECK(page.find("default-src 'none'") != std::string::npos);  // nothing is fetched
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("<link") == std::string::npos);
  CHECK(page.find("@import") == std::string::npos);
  CHECK(page.find("url(") == std::string::npos);
  CHECK(page.substr(page.size() - 24) == "</main>\n</body>\n</html>\n");
  CHECK(HtmlPageStart("x", Language::kEnglish).find("<html lang=\"en\">") != std::string::npos);
}

TEST_CASE("the stylesheet prints on A4 without cutting figures", "[html_page]") {
  std::string_view css = BriefStylesheet();
  CHECK(css.find("@page { size: A4;") != std::string_view::npos);
  CHECK(css.find("figure.chart { margin: 1.5rem 0; break-inside: avoid;") !=
        std::string_view::npos);
  CHECK(css.find("h1, h2, h3 { break-after: avoid;") != std::string_view::npos);
  CHECK(css.find("thead { display: table-header-group; }") != std::string_view::npos);
  CHECK(css.find("td.num { text-align: right;") != std::string_view::npos);
}

TEST_CASE("figures and the warnings box", "[html_page]") {
  CHECK(
      HtmlFigure("<svg/>", "Emplois & coûts") ==
      "<figure class=\"chart\">\n<svg/><figcaption>Emplois &amp; coûts</figcaption>\n</figure>\n");
  CHECK(HtmlFigure("<svg/>", "") == "<figure class=\"chart\">\n<svg/></figure>\n");
  CHECK(HtmlWarnings("Points de vigilance", {}) == "");
  CHECK(HtmlWarnings("Points de vigilance", {"a < b", "c"}) ==
        "<aside class=\"warnings\" role=\"note\">\n<h2>Points de vigilance</h2>\n<ul>\n"
        "<li>a &lt; b</li>\n<li>c</li>\n</ul>\n</aside>\n");
}
