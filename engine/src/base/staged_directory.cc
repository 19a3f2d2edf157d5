#include "ripple/base/staged_directory.h"

#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <sstream>

#include "ripple/base/error.h"
#include "ripple/base/file_io.h"

namespace fs = std::filesystem;

namespace ripple {
namespace {

// Flags of renameat2(2), spelled here for C libraries without the wrapper.
constexpr unsigned kRenameNoReplace = 1U << 0;
constexpr unsigned kRenameExchange = 1U << 1;

// renameat2 through the system call; -1 with errno ENOSYS where there is none.
int Rename2(const std::string& from, const std::string& to, unsigned flags) {
#ifdef SYS_renameat2
  return static_cast<int>(
      ::syscall(SYS_renameat2, AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), flags));
#else
  (void)from, (void)to, (void)flags;
  errno = ENOSYS;
  return -1;
#endif
}

// The file system or kernel cannot do this kind of rename (e.g. some network
// or FUSE file systems): fall back to plain renames.
bool Unsupported(int error) { return error == EINVAL || error == ENOSYS || error == ENOTSUP; }

[[noreturn]] void Fail(const std::string& target, const std::string& what) {
  throw Error(ErrorKind::kIo, target + ": " + what + ": " + std::strerror(errno));
}

}  // namespace

StagedDirectory::StagedDirectory(std::string target, ReportKind kind)
    : target_(std::move(target)), kind_(kind) {
  while (target_.size() > 1 && target_.back() == '/') target_.pop_back();
  CheckOutputFolder(target_, kind_);
  RecoverOutputFolder(target_, kind_);
  staging_ = target_ + ".tmp-" + std::to_string(::getpid());
  std::error_code error;
  if (fs::exists(fs::symlink_status(staging_, error)) &&
      (IsReportFolder(staging_, kind_) || fs::is_empty(staging_, error))) {
    RemoveReportFolder(staging_);  // an earlier process with our pid
  }
  error.clear();
  const fs::path parent = fs::path(staging_).parent_path();
  if (!parent.empty()) fs::create_directories(parent, error);
  if (error || !fs::create_directory(staging_, error) || error) {
    throw Error(ErrorKind::kIo, target_ + ": cannot create output folder " + staging_ +
                                    (error ? ": " + error.message() : ": it already exists"));
  }
  try {
    WriteFile(kReportMarker, std::string(ReportKindName(kind_)) + "\n");
  } catch (...) {
    RemoveReportFolder(staging_);
    throw;
  }
}

StagedDirectory::~StagedDirectory() {
  if (!committed_) RemoveReportFolder(staging_);
}

std::string StagedDirectory::PathOf(const std::string& name) const {
  return (fs::path(staging_) / name).string();
}

void StagedDirectory::WriteWith(const std::string& name,
                                const std::function<void(std::ostream&)>& writer) const {
  FileWriter file(PathOf(name));
  writer(file.stream());
  file.Close();
}

void StagedDirectory::WriteFile(const std::string& name, const std::string& text) const {
  WriteWholeFile(PathOf(name), text);
}

void StagedDirectory::Commit() {
  CheckOutputFolder(target_, kind_);
  Publish();
  committed_ = true;
}

void StagedDirectory::Publish() {
  std::error_code error;
  if (!fs::exists(fs::symlink_status(target_, error))) {
    if (Rename2(staging_, target_, kRenameNoReplace) == 0) return;
    if (!Unsupported(errno)) Fail(target_, "cannot publish folder");
    if (std::rename(staging_.c_str(), target_.c_str()) != 0) Fail(target_, "cannot publish folder");
    return;
  }
  if (Rename2(staging_, target_, kRenameExchange) == 0) {
    RemoveReportFolder(staging_);  // now the earlier version
    return;
  }
  if (!Unsupported(errno)) Fail(target_, "cannot replace folder");
  ReplaceInTwoSteps();
}

void StagedDirectory::ReplaceInTwoSteps() {
  const std::string old = target_ + ".old-" + std::to_string(::getpid());
  if (std::rename(target_.c_str(), old.c_str()) != 0) Fail(target_, "cannot replace folder");
  // From here until the next rename, only "<target>.old-<pid>" holds the
  // earlier version: RecoverOutputFolder restores it after a crash.
  if (std::rename(staging_.c_str(), target_.c_str()) != 0) {
    const int reason = errno;
    std::rename(old.c_str(), target_.c_str());
    errno = reason;
    Fail(target_, "cannot publish folder");
  }
  RemoveReportFolder(old);
}

}  // namespace ripple
