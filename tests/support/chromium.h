// Headless Chromium (Debian's `chromium`) and pdftotext (poppler-utils) for
// the browser tests of the HTML reports, and the outline of a page: one way to start them, with a
// throw-away profile in the test's folder and Chromium's log in a file.
// Tests skip (WARN, then return) when HasCommand("chromium") is false; CI
// installs both packages (.ci/install-deps).
#pragma once

#include <string>
#include <vector>

namespace ripple::testing {

// Is `name` an executable on PATH?
bool HasCommand(const std::string& name);

// What a Chromium run left: its exit status, its log (stderr with
// --enable-logging=stderr, where console messages appear as ":CONSOLE") and,
// for DumpDom, the page's DOM after load.
struct ChromiumRun {
  int exit_code = -1;
  std::string log;
  std::string dom;
};

// Loads file://`html_path` and returns its DOM. `work_dir` holds the profile
// and the log.
ChromiumRun DumpDom(const std::string& html_path, const std::string& work_dir);

// Prints file://`html_path` to `pdf_path` (A4 from the page's print
// stylesheet, no header or footer).
ChromiumRun PrintToPdf(const std::string& html_path, const std::string& pdf_path,
                       const std::string& work_dir);

// Does a Chromium log hold a console message (script error, CSP violation)?
bool HasConsoleMessage(const std::string& log);

// The outline of a report page, in document order: "h2:<heading>" for each
// h1, h2 and h3, "figure:<id>" for each chart figure (its SVG's id).
std::vector<std::string> HtmlOutline(const std::string& html);

// The inner markup of every <svg> element of `html`, in order.
std::vector<std::string> SvgBodies(const std::string& html);

// Is an SVG body drawn (holds a rect, path, line or circle)?
bool DrawsSomething(const std::string& svg_body);

// Pages of a PDF file's bytes (objects of /Type /Page).
int CountPdfPages(const std::string& pdf_bytes);

// The text of `pdf_path` by `pdftotext -enc UTF-8`, "" when it fails.
std::string PdfText(const std::string& pdf_path, const std::string& work_dir);

}  // namespace ripple::testing
