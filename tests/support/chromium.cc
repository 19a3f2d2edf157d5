// Headless Chromium and pdftotext for the browser tests (chromium.h).
#include "support/chromium.h"

#include <sys/wait.h>

#include <cstdlib>
#include <regex>

#include "support/test_support.h"

namespace ripple::testing {
namespace {

int Shell(const std::string& command) { return std::system(command.c_str()); }

// Chromium with a fresh profile, its log to `work_dir`/chromium.txt, then `arguments`.
ChromiumRun Chromium(const std::string& work_dir, const std::string& arguments,
                     const std::string& stdout_path) {
  const std::string log = work_dir + "/chromium.txt";
  ChromiumRun run;
  const int status = Shell(
      "timeout 120 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer "
      "--enable-logging=stderr --v=0 --user-data-dir='" +
      work_dir + "/chromium-profile' " + arguments + " >'" + stdout_path + "' 2>'" + log + "'");
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.log = ReadTextFile(log);
  return run;
}

}  // namespace

bool HasCommand(const std::string& name) {
  return Shell("command -v '" + name + "' >/dev/null 2>&1") == 0;
}

ChromiumRun DumpDom(const std::string& html_path, const std::string& work_dir) {
  const std::string dom = work_dir + "/dom.html";
  ChromiumRun run = Chromium(work_dir, "--dump-dom 'file://" + html_path + "'", dom);
  run.dom = ReadTextFile(dom);
  return run;
}

ChromiumRun PrintToPdf(const std::string& html_path, const std::string& pdf_path,
                       const std::string& work_dir) {
  return Chromium(work_dir, "--print-to-pdf='" + pdf_path + "' 'file://" + html_path + "'",
                  "/dev/null");
}

bool HasConsoleMessage(const std::string& log) { return log.find(":CONSOLE") != std::string::npos; }

std::vector<std::string> HtmlOutline(const std::string& html) {
  static const std::regex item(
      "<(h1|h2|h3)>([^<]*)</h[123]>|<figure "
      "class=\"chart\">\\n<svg[^>]*aria-labelledby=\"([a-z0-9-]+)-title");
  std::vector<std::string> outline;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), item); it != std::sregex_iterator();
       ++it) {
    outline.push_back((*it)[1].matched ? (*it)[1].str() + ":" + (*it)[2].str()
                                       : "figure:" + (*it)[3].str());
  }
  return outline;
}

// Found with find(), not std::regex: libstdc++'s regex recurses once per
// character of a lazy [\s\S]*? match, which overflowed the stack on a chart
// of a few thousand characters under AddressSanitizer.
std::vector<std::string> SvgBodies(const std::string& html) {
  std::vector<std::string> bodies;
  for (size_t open = html.find("<svg"); open != std::string::npos;
       open = html.find("<svg", open + 1)) {
    const size_t start = html.find('>', open);
    const size_t end = start == std::string::npos ? start : html.find("</svg>", start);
    if (end == std::string::npos) break;
    bodies.push_back(html.substr(start + 1, end - start - 1));
    open = end;
  }
  return bodies;
}

bool DrawsSomething(const std::string& svg_body) {
  for (const char* element : {"<rect", "<path", "<line", "<circle"}) {
    // The first <rect> is the white background: a drawn chart has more.
    const size_t first = svg_body.find(element);
    if (first == std::string::npos) continue;
    if (std::string(element) != "<rect" || svg_body.find(element, first + 1) != std::string::npos)
      return true;
  }
  return false;
}

int CountPdfPages(const std::string& pdf_bytes) {
  static const std::regex page("/Type\\s*/Page[^s]");
  return static_cast<int>(std::distance(
      std::sregex_iterator(pdf_bytes.begin(), pdf_bytes.end(), page), std::sregex_iterator()));
}

std::string PdfText(const std::string& pdf_path, const std::string& work_dir) {
  const std::string text = work_dir + "/pdf.txt";
  if (Shell("pdftotext -enc UTF-8 '" + pdf_path + "' '" + text + "'") != 0) return "";
  return ReadTextFile(text);
}

}  // namespace ripple::testing
