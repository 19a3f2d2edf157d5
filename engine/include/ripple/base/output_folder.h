// Which folders Ripple may write its output into (README.md, "What --out may
// name"): Ripple replaces only folders it wrote itself.
//
// Every folder written through StagedDirectory carries a marker file,
// ".ripple-report", holding the kind of output on one line ("run\n"). An
// output path may name:
//   - nothing yet (the folder and its parents are created),
//   - an empty folder,
//   - a folder with the marker of the same kind (an earlier output, replaced).
// Anything else is refused before any work, touching nothing: a file, a
// symbolic link, a non-empty folder without the marker, an output of another
// kind, or a path ending in "." or "..".
//
// A run killed part-way leaves sibling folders "<target>.tmp-<pid>" (being
// written) or "<target>.old-<pid>" (the replaced output, being deleted), both
// with the marker. The next run into the same target removes those whose
// process is gone, and restores the target from its ".old-" folder when a
// crash between two renames left no target (see staged_directory.h).
#pragma once

#include <string>

namespace ripple {

enum class ReportKind {
  kRun,          // ripple run
  kSensitivity,  // ripple sensitivity
  kCompare,      // ripple compare
  kMultipliers,  // ripple multipliers
  kSolve,        // ripple solve --out
  kModel,        // ripple model import csv|eurostat, ripple model regionalize
};

// "run", "sensitivity", "compare", "multipliers", "solve", "model": the word
// written in the marker file.
const char* ReportKindName(ReportKind kind);

// Name of the marker file inside every output folder.
inline constexpr const char* kReportMarker = ".ripple-report";

// Throws Error(kBadInput) saying why, and what the path may name, unless
// `target` may receive output of `kind` (rules above). Reads only.
void CheckOutputFolder(const std::string& target, ReportKind kind);

// True when `folder` is a real folder (not a link) holding a regular marker
// file that names `kind`.
bool IsReportFolder(const std::string& folder, ReportKind kind);

// Deletes a folder written by Ripple: its contents first and the marker last,
// so that a deletion cut short still leaves a folder the next run recognises.
// Returns false (and leaves what remains) on failure.
bool RemoveReportFolder(const std::string& folder);

// Removes the leftovers of killed runs beside `target` (folders
// "<name>.tmp-<pid>" and "<name>.old-<pid>" with the marker of `kind`, whose
// process is no longer running) and, when `target` is missing, first renames
// the newest such ".old-" folder back to `target`. Never throws.
void RecoverOutputFolder(const std::string& target, ReportKind kind);

}  // namespace ripple
