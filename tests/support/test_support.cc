#include "support/test_support.h"

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ripple/base/error.h"

namespace fs = std::filesystem;

namespace ripple::testing {

std::string ErrorOf(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& error) {
    return error.what();
  }
  return "";
}

std::string RepoPath(const std::string& relative) {
  return (fs::path(RIPPLE_SOURCE_DIR) / relative).string();
}

std::string SharedDataPath(const std::string& relative) {
  const fs::path root(RIPPLE_SHARED_DATA_DIR);
  if (!fs::is_directory(root)) return "";
  const fs::path path = root / relative;
  return fs::exists(path) ? path.string() : "";
}

std::string MakeTempDir(const std::string& stem) {
  static std::atomic<int> counter{0};
  const fs::path dir =
      fs::temp_directory_path() /
      ("ripple-test-" + stem + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

void WriteTextFile(const std::string& path, const std::string& text) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream out(path, std::ios::binary);
  out << text;
}

std::string ReadTextFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

CliResult RunCli(const std::string& arguments, const std::string& cwd) {
  return RunCliUnder("", arguments, cwd);
}

CliResult RunCliUnder(const std::string& launcher, const std::string& arguments,
                      const std::string& cwd) {
  const std::string dir = MakeTempDir("cli");
  const std::string out_path = dir + "/out.txt", err_path = dir + "/err.txt";
  std::string command;
  if (!cwd.empty()) command += "cd '" + cwd + "' && ";
  if (!launcher.empty()) command += launcher + " ";
  command += std::string("'") + RIPPLE_CLI_PATH + "' " + arguments + " >'" + out_path + "' 2>'" +
             err_path + "' </dev/null";
  const int status = std::system(command.c_str());
  CliResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadTextFile(out_path);
  result.err = ReadTextFile(err_path);
  fs::remove_all(dir);
  return result;
}

std::string KillOnceHandled(const std::string& signal) {
  return "for i in $(seq 1 500); do c=$(awk '/^SigCgt/{print $2}' /proc/$pid/status "
         "2>/dev/null); [ -n \"$c\" ] && [ $(( 0x$c & 0x4002 )) -eq $(( 0x4002 )) ] && break; "
         "sleep 0.01; done; kill -" +
         signal + " $pid";
}

}  // namespace ripple::testing
