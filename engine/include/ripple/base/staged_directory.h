// Writes a folder of files all-or-nothing, only where Ripple may write
// (output_folder.h).
//
// The constructor refuses a target that is not missing, empty or an earlier
// output of the same kind (Error(kBadInput), touching nothing), cleans the
// leftovers of killed runs beside it, and creates the temporary sibling
// folder "<target>.tmp-<pid>" holding the marker file. Commit() swaps the
// temporary folder and the target in one step (Linux renameat2 with
// RENAME_EXCHANGE), so that at every instant one complete version sits at the
// target, then deletes the old version. Where the file system cannot swap,
// the target is renamed to "<target>.old-<pid>" first; a crash between the
// two renames is repaired by the next run into the target. If anything fails
// before Commit() (or Commit is never called), the destructor removes the
// temporary folder and the earlier target stays untouched.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>

#include "ripple/base/output_folder.h"

namespace ripple {

class StagedDirectory {
 public:
  // Checks `target` (Error(kBadInput)), then creates the temporary folder
  // (and the target's parent). Throws Error(kIo) when the system refuses.
  StagedDirectory(std::string target, ReportKind kind);
  ~StagedDirectory();
  StagedDirectory(const StagedDirectory&) = delete;
  StagedDirectory& operator=(const StagedDirectory&) = delete;

  // Path of `name` inside the temporary folder.
  std::string PathOf(const std::string& name) const;
  // Writes `text` to `name` inside the temporary folder. Throws Error(kIo)
  // with the system's reason.
  void WriteFile(const std::string& name, const std::string& text) const;
  // Writes what `writer` prints to `name` inside the temporary folder. Throws
  // Error(kIo), or what `writer` throws.
  void WriteWith(const std::string& name, const std::function<void(std::ostream&)>& writer) const;
  // Publishes the folder at the target path, checking the target again
  // (Error(kBadInput) if it changed into something Ripple may not replace).
  // Throws Error(kIo) when the system refuses.
  void Commit();

  const std::string& target() const { return target_; }

 private:
  void Publish();
  void ReplaceInTwoSteps();

  std::string target_, staging_;
  ReportKind kind_;
  bool committed_ = false;
};

}  // namespace ripple
