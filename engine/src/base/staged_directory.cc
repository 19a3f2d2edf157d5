#include "ripple/base/staged_directory.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "ripple/base/error.h"

namespace fs = std::filesystem;

namespace ripple {

StagedDirectory::StagedDirectory(std::string target) : target_(std::move(target)) {
  while (target_.size() > 1 && target_.back() == '/') target_.pop_back();
  staging_ = target_ + ".tmp-" + std::to_string(::getpid());
  std::error_code error;
  fs::remove_all(staging_, error);
  fs::create_directories(staging_, error);
  if (error) {
    throw Error(ErrorKind::kIo, target_ + ": cannot create output folder: " + error.message());
  }
}

StagedDirectory::~StagedDirectory() {
  if (committed_) return;
  std::error_code ignored;
  fs::remove_all(staging_, ignored);
}

std::string StagedDirectory::PathOf(const std::string& name) const {
  return (fs::path(staging_) / name).string();
}

void StagedDirectory::WriteFile(const std::string& name, const std::string& text) const {
  const std::string path = PathOf(name);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) throw Error(ErrorKind::kIo, path + ": cannot write file");
}

void StagedDirectory::Commit() {
  std::error_code error;
  const std::string old = target_ + ".old-" + std::to_string(::getpid());
  const bool had_target = fs::exists(target_);
  if (had_target) {
    fs::remove_all(old, error);
    fs::rename(target_, old, error);
    if (error) throw Error(ErrorKind::kIo, target_ + ": cannot replace folder: " + error.message());
  }
  fs::rename(staging_, target_, error);
  if (error) {
    if (had_target) fs::rename(old, target_, error);
    throw Error(ErrorKind::kIo, target_ + ": cannot publish folder: " + error.message());
  }
  committed_ = true;
  if (had_target) fs::remove_all(old, error);
}

}  // namespace ripple
