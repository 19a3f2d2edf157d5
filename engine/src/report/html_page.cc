// HTML page shell for briefs (see html_page.h).
#include "ripple/report/html_page.h"

#include "ripple/base/text.h"

namespace ripple {
namespace {

constexpr std::string_view kStylesheet = R"css(
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #111; line-height: 1.45; font-size: 16px;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", "Liberation Sans",
    Arial, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 0 0 .6rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid #999; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
p, li { orphans: 3; widows: 3; }
.conclusion { font-size: 1.1rem; }
figure.chart { margin: 1.5rem 0; break-inside: avoid; page-break-inside: avoid; }
figure.chart svg { display: block; width: 100%; max-width: 100%; height: auto; }
figcaption { font-size: .9rem; color: #333; margin-top: .3rem; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .95rem; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { padding: .3rem .5rem; text-align: left; vertical-align: top; border-bottom: 1px solid #ccc; }
th { border-bottom: 2px solid #333; }
tbody th { border-bottom: 1px solid #ccc; }
td.num[colspan] { text-align: center; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.range { color: #333; white-space: nowrap; }
table.wide { font-size: .85rem; }
table.wide th, table.wide td { padding: .25rem .3rem; }
table.wide thead th.num { white-space: normal; }
.warnings { margin: 1.5rem 0; padding: .6rem 1rem; border: 2px solid #8a4b0f;
  border-left-width: 8px; background: #fff6e5; break-inside: avoid; page-break-inside: avoid; }
.warnings h2 { margin: 0 0 .4rem; border: 0; font-size: 1.1rem; }
.warnings ul { margin: 0; padding-left: 1.2rem; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2 { margin-top: 1.2rem; }
  .warnings { background: none; }
  .page-break { break-before: page; page-break-before: always; }
}
)css";

}  // namespace

std::string EscapeHtml(std::string_view text) { return EscapeMarkup(text); }

std::string_view BriefStylesheet() { return kStylesheet; }

std::string HtmlPageStart(std::string_view title, Language language) {
  return "<!DOCTYPE html>\n<html lang=\"" + std::string(LanguageName(language)) +
         "\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; img-src data:\">\n<title>" +
         EscapeHtml(title) + "</title>\n<style>" + std::string(kStylesheet) +
         "</style>\n</head>\n<body>\n<main>\n";
}

std::string HtmlPageEnd() { return "</main>\n</body>\n</html>\n"; }

std::string HtmlFigure(std::string_view chart_markup, std::string_view caption) {
  std::string out = "<figure class=\"chart\">\n" + std::string(chart_markup);
  if (!caption.empty()) out += "<figcaption>" + EscapeHtml(caption) + "</figcaption>\n";
  return out + "</figure>\n";
}

std::string HtmlWarnings(std::string_view heading, const std::vector<std::string>& warnings) {
  if (warnings.empty()) return "";
  std::string out =
      "<aside class=\"warnings\" role=\"note\">\n<h2>" + EscapeHtml(heading) + "</h2>\n<ul>\n";
  for (const std::string& warning : warnings) out += "<li>" + EscapeHtml(warning) + "</li>\n";
  return out + "</ul>\n</aside>\n";
}

}  // namespace ripple
