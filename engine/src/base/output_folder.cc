#include "ripple/base/output_folder.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <optional>
#include <vector>

#include "ripple/base/error.h"

namespace fs = std::filesystem;

namespace ripple {

const char* ReportKindName(ReportKind kind) {
  switch (kind) {
    case ReportKind::kRun:
      return "run";
    case ReportKind::kSensitivity:
      return "sensitivity";
    case ReportKind::kCompare:
      return "compare";
    case ReportKind::kMultipliers:
      return "multipliers";
    case ReportKind::kSolve:
      return "solve";
    case ReportKind::kModel:
      return "model";
  }
  return "?";
}

namespace {

std::string Trimmed(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

// The kind written in `folder`'s marker, or nullopt when there is no regular
// marker file (a link or a folder named like the marker does not count).
std::optional<std::string> MarkerOf(const fs::path& folder) {
  std::error_code error;
  if (!fs::is_directory(fs::symlink_status(folder, error))) return std::nullopt;
  const fs::path marker = folder / kReportMarker;
  if (!fs::is_regular_file(fs::symlink_status(marker, error))) return std::nullopt;
  std::ifstream in(marker, std::ios::binary);
  char buffer[64] = {};
  in.read(buffer, sizeof buffer - 1);
  std::string text(buffer, static_cast<size_t>(in.gcount()));
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
    text.pop_back();
  return text;
}

bool IsEmptyFolder(const fs::path& folder) {
  std::error_code error;
  return fs::is_directory(fs::symlink_status(folder, error)) && fs::is_empty(folder, error) &&
         !error;
}

[[noreturn]] void Refuse(const std::string& target, ReportKind kind, const std::string& why) {
  const std::string name = ReportKindName(kind);
  throw Error(
      ErrorKind::kBadInput,
      target + ": refusing to write the " + name + " output there: " + why +
          " (Ripple replaces only folders it wrote: the output folder may be missing, empty, or an "
          "earlier Ripple " +
          name + " output with its " + kReportMarker + " file)");
}

bool ProcessAlive(long long pid) {
  if (pid <= 0 || pid > 0x7fffffff) return false;
  return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

// The pid of a leftover "<name><suffix><pid>", or nullopt when `entry` is not one.
std::optional<long long> LeftoverPid(const std::string& entry, const std::string& name,
                                     const std::string& suffix) {
  const std::string prefix = name + suffix;
  if (entry.size() <= prefix.size() || entry.size() > prefix.size() + 10 ||
      entry.rfind(prefix, 0) != 0) {
    return std::nullopt;
  }
  const std::string digits = entry.substr(prefix.size());
  if (digits.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  return std::stoll(digits);
}

struct Leftover {
  fs::path path;
  bool old = false;  // ".old-": a complete earlier output
};

std::vector<Leftover> FindLeftovers(const fs::path& target, ReportKind kind) {
  std::vector<Leftover> found;
  const fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  const std::string name = target.filename().string();
  std::error_code error;
  for (fs::directory_iterator it(parent, error), end; !error && it != end; it.increment(error)) {
    const std::string entry = it->path().filename().string();
    for (const char* suffix : {".tmp-", ".old-"}) {
      const auto pid = LeftoverPid(entry, name, suffix);
      if (!pid || *pid == ::getpid() || ProcessAlive(*pid)) continue;
      if (IsReportFolder(it->path().string(), kind) || IsEmptyFolder(it->path())) {
        found.push_back({it->path(), suffix[1] == 'o'});
      }
    }
  }
  return found;
}

}  // namespace

bool IsReportFolder(const std::string& folder, ReportKind kind) {
  const auto marker = MarkerOf(folder);
  return marker && *marker == ReportKindName(kind);
}

void CheckOutputFolder(const std::string& path, ReportKind kind) {
  const std::string target = Trimmed(path);
  const std::string last = fs::path(target).filename().string();
  if (target.empty() || last.empty() || last == "." || last == "..") {
    Refuse(target, kind, "the path must end with the name of a folder of its own");
  }
  std::error_code error;
  const fs::file_status status = fs::symlink_status(target, error);
  if (!fs::exists(status)) return;
  if (fs::is_symlink(status)) Refuse(target, kind, "it is a symbolic link");
  if (!fs::is_directory(status)) Refuse(target, kind, "it is a file, not a folder");
  if (IsEmptyFolder(target)) return;
  const auto marker = MarkerOf(target);
  if (!marker) Refuse(target, kind, "the folder is not empty and was not written by Ripple");
  if (*marker != ReportKindName(kind)) {
    Refuse(
        target, kind,
        "the folder holds a Ripple " + *marker + " output, not a " + ReportKindName(kind) + " one");
  }
}

bool RemoveReportFolder(const std::string& folder) {
  std::error_code error;
  std::vector<fs::path> entries;
  for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
    if (it->path().filename() != kReportMarker) entries.push_back(it->path());
  }
  if (error) return false;
  for (const auto& entry : entries) {
    fs::remove_all(entry, error);
    if (error) return false;
  }
  fs::remove(fs::path(folder) / kReportMarker, error);
  if (error) return false;
  fs::remove(folder, error);
  return !error;
}

void RecoverOutputFolder(const std::string& path, ReportKind kind) {
  const fs::path target(Trimmed(path));
  std::vector<Leftover> leftovers = FindLeftovers(target, kind);
  std::error_code error;
  if (!fs::exists(fs::symlink_status(target, error))) {
    const Leftover* newest = nullptr;
    for (const auto& leftover : leftovers) {
      if (!leftover.old || !IsReportFolder(leftover.path.string(), kind)) continue;
      if (newest == nullptr ||
          fs::last_write_time(leftover.path, error) > fs::last_write_time(newest->path, error)) {
        newest = &leftover;
      }
    }
    // Should the rename fail, nothing is deleted: the .old- folder may be the only copy.
    if (newest != nullptr) {
      fs::rename(newest->path, target, error);
      if (error) return;
    }
  }
  for (const auto& leftover : leftovers) {
    if (fs::exists(fs::symlink_status(leftover.path, error))) {
      RemoveReportFolder(leftover.path.string());
    }
  }
}

}  // namespace ripple
