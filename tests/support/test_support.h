// Shared helpers for the tests: paths, optional raw data, and running the CLI.
#pragma once

#include <functional>
#include <string>

namespace ripple::testing {

// Absolute path of a file inside the repository, e.g. "models/de-1995".
std::string RepoPath(const std::string& relative);

// Absolute path inside ../shared/data, or "" when that folder is absent
// (tests then SKIP with a message: the raw public data is not shipped).
std::string SharedDataPath(const std::string& relative);

// A fresh empty temporary folder, unique per call, under the system temp dir.
std::string MakeTempDir(const std::string& stem);

// The message of the ripple::Error `action` throws, or "" when it throws none.
std::string ErrorOf(const std::function<void()>& action);

// Writes `text` to `path`, creating parent folders.
void WriteTextFile(const std::string& path, const std::string& text);

// The bytes of a file, or "" when it cannot be read.
std::string ReadTextFile(const std::string& path);

struct CliResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs the built `ripple` binary with `arguments` (shell-quoted here) from the
// working directory `cwd` ("" = current).
CliResult RunCli(const std::string& arguments, const std::string& cwd = "");
// The same, the binary started by `launcher` (e.g. "mpirun -n 3"; shell text).
CliResult RunCliUnder(const std::string& launcher, const std::string& arguments,
                      const std::string& cwd = "");

// Shell text that sends `signal` (e.g. "INT") to the process $pid once it
// catches SIGINT and SIGTERM (bits 1 and 14 of SigCgt in /proc/$pid/status;
// at most 5 s): not after a fixed delay, which a sanitizer's slower start
// can outlast.
std::string KillOnceHandled(const std::string& signal);

}  // namespace ripple::testing
