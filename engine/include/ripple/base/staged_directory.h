// Writes a folder of files all-or-nothing.
//
// Files are written into a temporary sibling folder "<target>.tmp-<pid>";
// Commit() then moves an existing target aside, renames the temporary folder
// into place and deletes the old one. If anything fails before Commit() (or
// Commit is never called), the destructor removes the temporary folder and the
// earlier target stays untouched.
#pragma once

#include <string>

namespace ripple {

class StagedDirectory {
 public:
  // Creates the temporary folder (and the target's parent). Throws Error(kIo).
  explicit StagedDirectory(std::string target);
  ~StagedDirectory();
  StagedDirectory(const StagedDirectory&) = delete;
  StagedDirectory& operator=(const StagedDirectory&) = delete;

  // Path of `name` inside the temporary folder.
  std::string PathOf(const std::string& name) const;
  // Writes `text` to `name` inside the temporary folder. Throws Error(kIo).
  void WriteFile(const std::string& name, const std::string& text) const;
  // Publishes the folder at the target path. Throws Error(kIo).
  void Commit();

  const std::string& target() const { return target_; }

 private:
  std::string target_, staging_;
  bool committed_ = false;
};

}  // namespace ripple
