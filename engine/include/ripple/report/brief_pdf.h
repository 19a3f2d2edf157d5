// brief.pdf: brief.html printed to A4 by headless Chromium (Debian's
// `chromium` package, /usr/bin/chromium). The HTML's print stylesheet
// (html_page.h) sets the page size, margins and page breaks. A PDF carries
// Chromium's creation date: unlike the other reports it is not byte-identical
// from one run to the next.
#pragma once

#include <string>

namespace ripple {

// Where Ripple looks for Chromium.
inline constexpr const char* kChromiumPath = "/usr/bin/chromium";

// Throws Error(kBadInput) "--pdf: Chromium is not installed (no /usr/bin/chromium):
// install it with `apt-get install chromium`, or open brief.html in a browser and print
// it to PDF" when Chromium is absent. Call it before the run.
void CheckPdfPrinter();

// Prints `html_path` to `pdf_path` (both paths of regular files, made absolute
// here) with a throw-away Chromium profile, waiting at most 120 s. Throws
// Error(kIo) naming Chromium's exit status and the last lines it wrote when
// it fails or writes no PDF.
void PrintHtmlToPdf(const std::string& html_path, const std::string& pdf_path);

}  // namespace ripple
