// brief.pdf with headless Chromium (brief_pdf.h). Chromium is started with
// posix_spawn and an argument vector (no shell: paths need no quoting).
#include "ripple/report/brief_pdf.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "ripple/base/error.h"

extern char** environ;

namespace ripple {
namespace {

namespace fs = std::filesystem;

std::string LastLines(const std::string& path, size_t count) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::string text;
  for (size_t i = lines.size() > count ? lines.size() - count : 0; i < lines.size(); ++i) {
    text += "\n  " + lines[i];
  }
  return text;
}

// Runs `argv` with stdout and stderr to `log`; returns the exit status (-1:
// not started or killed).
int Spawn(const std::vector<std::string>& argv, const std::string& log) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  std::vector<char*> args;
  for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int started = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (started != 0) return -1;
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

std::optional<std::string> FindChromium(const std::string& path) {
  size_t start = 0;
  while (start <= path.size()) {
    const size_t end = std::min(path.find(':', start), path.size());
    const std::string dir = end > start ? path.substr(start, end - start) : ".";
    const std::string candidate = dir + "/chromium";
    std::error_code ignored;
    if (fs::is_regular_file(candidate, ignored) && access(candidate.c_str(), X_OK) == 0)
      return fs::absolute(candidate, ignored).string();
    start = end + 1;
  }
  return std::nullopt;
}

namespace {

// Chromium's path on PATH; throws the "not installed" error when there is none.
std::string ChromiumPath() {
  const char* path = std::getenv("PATH");
  if (auto found = FindChromium(path != nullptr ? path : "")) return *found;
  throw Error(ErrorKind::kBadInput,
              "--pdf: Chromium is not installed (no `chromium` on PATH): install it with "
              "`apt-get install chromium`, or open brief.html in a browser and print it to PDF");
}

}  // namespace

void CheckPdfPrinter() { ChromiumPath(); }

void PrintHtmlToPdf(const std::string& html_path, const std::string& pdf_path) {
  const std::string chromium = ChromiumPath();
  std::string profile_template = (fs::temp_directory_path() / "ripple-chromium-XXXXXX").string();
  if (mkdtemp(profile_template.data()) == nullptr) {
    throw Error(ErrorKind::kIo, "brief.pdf: cannot create a temporary Chromium profile: " +
                                    std::string(std::strerror(errno)));
  }
  const std::string profile = profile_template;
  const std::string log = profile + "/chromium.log";
  const int status = Spawn({"/usr/bin/timeout", "120", chromium, "--headless", "--no-sandbox",
                            "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=" + profile,
                            "--print-to-pdf=" + fs::absolute(pdf_path).string(),
                            "file://" + fs::absolute(html_path).string()},
                           log);
  const std::string tail = LastLines(log, 5);
  std::error_code ignored;
  const bool written =
      fs::is_regular_file(pdf_path, ignored) && fs::file_size(pdf_path, ignored) > 0;
  fs::remove_all(profile, ignored);
  if (status != 0 || !written) {
    throw Error(ErrorKind::kIo, "brief.pdf: Chromium (" + chromium + ") failed with status " +
                                    std::to_string(status) + (written ? "" : " and wrote no PDF") +
                                    tail);
  }
}

}  // namespace ripple
