// brief.pdf: brief.html printed to A4 by headless Chromium (Debian's
// `chromium` package, /usr/bin/chromium), found as `chromium` on PATH. The HTML's print stylesheet
// (html_page.h) sets the page size, margins and page breaks. A PDF carries
// Chromium's creation date: unlike the other reports it is not byte-identical
// from one run to the next.
#pragma once

#include <optional>
#include <string>

namespace ripple {

// The first executable regular file named `chromium` in a directory of
// `path` (a PATH value, ':'-separated; an empty entry is the current
// directory), nullopt when none.
std::optional<std::string> FindChromium(const std::string& path);

// Throws Error(kBadInput) "--pdf: Chromium is not installed (no `chromium` on PATH):
// install it with `apt-get install chromium`, or open brief.html in a browser and print
// it to PDF" when FindChromium(PATH) finds none. Call it before the run.
void CheckPdfPrinter();

// Prints `html_path` to `pdf_path` (both paths of regular files, made absolute
// here) with a throw-away Chromium profile, waiting at most 120 s. Throws
// Error(kIo) naming Chromium's exit status and the last lines it wrote when
// it fails or writes no PDF, and as CheckPdfPrinter when Chromium is absent.
void PrintHtmlToPdf(const std::string& html_path, const std::string& pdf_path);

}  // namespace ripple
