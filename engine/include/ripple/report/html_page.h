// A self-contained HTML page shell for briefs: inline stylesheet for screen
// and A4 print, figure and warning-box markup, and HTML escaping.
//
// The page loads nothing: no script, no web font (system font stacks), no
// external stylesheet or image, and a Content-Security-Policy that forbids
// any fetch, so it opens the same offline, from a mail attachment or in
// headless Chromium for --print-to-pdf. Print rules: A4 with margins,
// figures and the warnings box never split across pages, headings kept with
// what follows, table headers repeated on each page, numbers right-aligned
// with tabular digits.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ripple/report/report_text.h"

namespace ripple {

// Escapes & < > " ' so `text` is safe as HTML text or a quoted attribute
// value; UTF-8 is copied unchanged.
std::string EscapeHtml(std::string_view text);

// The inline stylesheet (screen and print).
std::string_view BriefStylesheet();

// "<!DOCTYPE html>" ... "<main>": lang attribute from `language`, UTF-8
// charset, viewport, CSP, the escaped <title>, and the stylesheet.
std::string HtmlPageStart(std::string_view title, Language language);

// "</main></body></html>\n".
std::string HtmlPageEnd();

// A figure that never breaks across pages: the chart's markup (e.g. an SVG
// from svg_chart.h, inserted as is) and an escaped caption ("" for none).
std::string HtmlFigure(std::string_view chart_markup, std::string_view caption);

// The warnings box: an escaped heading and one list item per warning;
// returns "" when there are no warnings.
std::string HtmlWarnings(std::string_view heading, const std::vector<std::string>& warnings);

}  // namespace ripple
