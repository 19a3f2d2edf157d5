// Output folders Ripple owns, and only those (issue 12, part 1): the marker,
// what a target may be, the atomic replace and the recovery after a crash.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "ripple/base/error.h"
#include "ripple/base/staged_directory.h"
#include "support/test_support.h"

using namespace ripple;
using namespace ripple::testing;
namespace fs = std::filesystem;

namespace {

// A pid no process can have (above the kernel's largest, 2^22).
const std::string kDeadPid = "99999999";

// Writes a complete output of `kind` into `folder` as an earlier run would.
void WriteOutput(const std::string& folder, ReportKind kind, const std::string& content) {
  WriteTextFile(folder + "/" + kReportMarker, std::string(ReportKindName(kind)) + "\n");
  WriteTextFile(folder + "/summary.csv", content);
}

std::string Refusal(const std::string& target, ReportKind kind) {
  try {
    StagedDirectory staged(target, kind);
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::kBadInput);
    return error.what();
  }
  return "";
}

const std::string kRule =
    " (Ripple replaces only folders it wrote: the output folder may be missing, empty, or an "
    "earlier Ripple run "
    "output with its .ripple-report file)";

}  // namespace

TEST_CASE("every output folder carries a marker naming its kind", "[output]") {
  const std::string dir = MakeTempDir("output-marker");
  StagedDirectory staged(dir + "/a/b", ReportKind::kSensitivity);
  staged.WriteFile("x.csv", "1\n");
  staged.Commit();
  CHECK(ReadTextFile(dir + "/a/b/.ripple-report") == "sensitivity\n");
  CHECK(ReadTextFile(dir + "/a/b/x.csv") == "1\n");
  CHECK(IsReportFolder(dir + "/a/b", ReportKind::kSensitivity));
  CHECK_FALSE(IsReportFolder(dir + "/a/b", ReportKind::kRun));
}

TEST_CASE("an output may replace only a missing or empty folder or an output of its kind",
          "[output]") {
  const std::string dir = MakeTempDir("output-rules");
  SECTION("an earlier output of the same kind is replaced") {
    WriteOutput(dir + "/r", ReportKind::kRun, "old\n");
    WriteTextFile(dir + "/r/stale.csv", "gone\n");
    StagedDirectory staged(dir + "/r", ReportKind::kRun);
    staged.WriteFile("summary.csv", "new\n");
    staged.Commit();
    CHECK(ReadTextFile(dir + "/r/summary.csv") == "new\n");
    CHECK_FALSE(fs::exists(dir + "/r/stale.csv"));
  }
  SECTION("an empty folder is used") {
    fs::create_directories(dir + "/empty");
    StagedDirectory staged(dir + "/empty/", ReportKind::kRun);
    staged.Commit();
    CHECK(IsReportFolder(dir + "/empty", ReportKind::kRun));
  }
  SECTION("a folder of the user's files is refused and untouched") {
    WriteTextFile(dir + "/home/notes.md", "mine\n");
    WriteTextFile(dir + "/home/.bashrc", "alias\n");
    CHECK(Refusal(dir + "/home", ReportKind::kRun) ==
          dir +
              "/home: refusing to write the run output there: the folder is not empty and was not "
              "written by "
              "Ripple" +
              kRule);
    CHECK(ReadTextFile(dir + "/home/notes.md") == "mine\n");
    CHECK(ReadTextFile(dir + "/home/.bashrc") == "alias\n");
  }
  SECTION("a file is refused and untouched") {
    WriteTextFile(dir + "/notes.txt", "mine\n");
    CHECK(Refusal(dir + "/notes.txt", ReportKind::kRun) ==
          dir + "/notes.txt: refusing to write the run output there: it is a file, not a folder" +
              kRule);
    CHECK(ReadTextFile(dir + "/notes.txt") == "mine\n");
  }
  SECTION("an output of another kind is refused") {
    WriteOutput(dir + "/s", ReportKind::kSensitivity, "draws\n");
    CHECK(Refusal(dir + "/s", ReportKind::kRun) ==
          dir +
              "/s: refusing to write the run output there: the folder holds a Ripple sensitivity "
              "output, not a "
              "run one" +
              kRule);
    CHECK(ReadTextFile(dir + "/s/summary.csv") == "draws\n");
  }
  SECTION("a symbolic link is refused, even to an output") {
    WriteOutput(dir + "/real", ReportKind::kRun, "old\n");
    fs::create_directory_symlink(dir + "/real", dir + "/link");
    CHECK(Refusal(dir + "/link", ReportKind::kRun) ==
          dir + "/link: refusing to write the run output there: it is a symbolic link" + kRule);
    CHECK(ReadTextFile(dir + "/real/summary.csv") == "old\n");
  }
  SECTION("a marker that is a link or a folder does not make an output") {
    WriteTextFile(dir + "/m/data.csv", "mine\n");
    WriteTextFile(dir + "/marker-source", "run\n");
    fs::create_symlink(dir + "/marker-source", dir + "/m/.ripple-report");
    CHECK_FALSE(Refusal(dir + "/m", ReportKind::kRun).empty());
    CHECK(ReadTextFile(dir + "/m/data.csv") == "mine\n");
  }
  SECTION("a path ending in . or .. is refused") {
    fs::create_directories(dir + "/x");
    CHECK(Refusal(dir + "/x/.", ReportKind::kRun) ==
          dir +
              "/x/.: refusing to write the run output there: the path must end with the name of a "
              "folder of its "
              "own" +
              kRule);
    CHECK_FALSE(Refusal(dir + "/x/..", ReportKind::kRun).empty());
  }
  size_t leftovers = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    leftovers += entry.path().filename().string().find(".tmp-") != std::string::npos;
  }
  CHECK(leftovers == 0);
}

TEST_CASE("the target changed into user files before Commit is not replaced", "[output]") {
  const std::string dir = MakeTempDir("output-commit-check");
  StagedDirectory staged(dir + "/r", ReportKind::kRun);
  WriteTextFile(dir + "/r/mine.txt", "mine\n");
  CHECK_THROWS_AS(staged.Commit(), Error);
  CHECK(ReadTextFile(dir + "/r/mine.txt") == "mine\n");
}

TEST_CASE("an output left unpublished is removed, the earlier one kept", "[output]") {
  const std::string dir = MakeTempDir("output-abandon");
  WriteOutput(dir + "/r", ReportKind::kRun, "old\n");
  {
    StagedDirectory staged(dir + "/r", ReportKind::kRun);
    staged.WriteFile("summary.csv", "half\n");
  }
  CHECK(ReadTextFile(dir + "/r/summary.csv") == "old\n");
  CHECK_FALSE(fs::exists(dir + "/r.tmp-" + std::to_string(::getpid())));
}

TEST_CASE("leftovers of a killed run are cleaned and a lost target restored", "[output]") {
  const std::string dir = MakeTempDir("output-recover");
  SECTION("killed between the two renames: the target comes back from .old-") {
    WriteOutput(dir + "/r.old-" + kDeadPid, ReportKind::kRun, "earlier\n");
    WriteOutput(dir + "/r.tmp-" + kDeadPid, ReportKind::kRun, "complete but unpublished\n");
    {
      StagedDirectory staged(dir + "/r", ReportKind::kRun);  // then fails: never committed
      CHECK(ReadTextFile(dir + "/r/summary.csv") == "earlier\n");
    }
    CHECK(ReadTextFile(dir + "/r/summary.csv") == "earlier\n");
    CHECK_FALSE(fs::exists(dir + "/r.old-" + kDeadPid));
    CHECK_FALSE(fs::exists(dir + "/r.tmp-" + kDeadPid));
  }
  SECTION("killed while writing or deleting: leftovers go, the target stays") {
    WriteOutput(dir + "/r", ReportKind::kRun, "current\n");
    WriteOutput(dir + "/r.tmp-" + kDeadPid, ReportKind::kRun, "half\n");
    WriteTextFile(dir + "/r.old-" + kDeadPid + "/" + kReportMarker, "run\n");  // deletion cut short
    StagedDirectory staged(dir + "/r", ReportKind::kRun);
    CHECK_FALSE(fs::exists(dir + "/r.tmp-" + kDeadPid));
    CHECK_FALSE(fs::exists(dir + "/r.old-" + kDeadPid));
    CHECK(ReadTextFile(dir + "/r/summary.csv") == "current\n");
  }
  SECTION("folders that only look like leftovers are kept") {
    WriteTextFile(dir + "/r.tmp-" + kDeadPid + "/mine.txt", "no marker\n");
    WriteOutput(dir + "/r.old-" + kDeadPid, ReportKind::kSensitivity, "other kind\n");
    WriteOutput(dir + "/r.tmp-" + std::to_string(::getppid()), ReportKind::kRun,
                "a live process\n");
    WriteOutput(dir + "/r.tmp-12x", ReportKind::kRun, "not a pid\n");
    StagedDirectory staged(dir + "/r", ReportKind::kRun);
    staged.Commit();
    CHECK(ReadTextFile(dir + "/r.tmp-" + kDeadPid + "/mine.txt") == "no marker\n");
    CHECK(ReadTextFile(dir + "/r.old-" + kDeadPid + "/summary.csv") == "other kind\n");
    CHECK(ReadTextFile(dir + "/r.tmp-" + std::to_string(::getppid()) + "/summary.csv") ==
          "a live process\n");
    CHECK(ReadTextFile(dir + "/r.tmp-12x/summary.csv") == "not a pid\n");
  }
}

TEST_CASE("the shipped packages built by Ripple can be rebuilt in place, the typed ones not",
          "[output]") {
  for (const char* model : {"fr-2021", "hdf-2021", "nord-2021"}) {
    INFO(model);
    CHECK_NOTHROW(CheckOutputFolder(RepoPath(std::string("models/") + model), ReportKind::kModel));
  }
  CHECK_THROWS_AS(CheckOutputFolder(RepoPath("models/de-1995-eurostat-manual"), ReportKind::kModel),
                  Error);
}
