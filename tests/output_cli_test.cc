// Never lose a user's files (issue 12, part 1), on the built binary: every
// command that writes a folder refuses one it does not own, scenario ids
// cannot lead outside reports/, and an interrupted run writes nothing.
#include <catch2/catch.hpp>
#include <filesystem>

#include "ripple/model/model.h"
#include "support/regional_fixture.h"
#include "support/synthetic_model.h"
#include "support/test_support.h"

using namespace ripple::testing;
namespace fs = std::filesystem;

namespace {

const std::string kBaseline = "scenarios/plaine-images-baseline.toml";

// A scenario on the Miller & Blair fixture, written at `path`.
void WriteScenario(const std::string& path, const std::string& header = "") {
  WriteTextFile(
      path,
      header + "name = \"cli test\"\nmodel = \"" +
          RepoPath("tests/fixtures/miller_blair_2009_table_2_3") +
          "\"\nstart_year = 2025\nend_year = 2026\neffects = \"type1\"\n"
          "[[interventions]]\ntype = \"demand\"\nsector = \"s1\"\nunit = \"USD\"\namount = 50\n");
}

// A folder of the user's own files, as in a home folder.
std::string MakeUserFolder(const std::string& path) {
  WriteTextFile(path + "/thesis.md", "three years of work\n");
  WriteTextFile(path + "/.bashrc", "alias ll='ls -l'\n");
  WriteTextFile(path + "/.git/HEAD", "ref: refs/heads/main\n");
  return path;
}

void CheckUserFolderIntact(const std::string& path) {
  CHECK(ReadTextFile(path + "/thesis.md") == "three years of work\n");
  CHECK(ReadTextFile(path + "/.bashrc") == "alias ll='ls -l'\n");
  CHECK(ReadTextFile(path + "/.git/HEAD") == "ref: refs/heads/main\n");
  size_t entries = 0;
  for (const auto& entry : fs::directory_iterator(path)) entries += entry.path().filename() != "";
  CHECK(entries == 3);
}

std::string RefusedFolder(const std::string& path, const std::string& kind) {
  return "ripple: error: " + path + ": refusing to write the " + kind +
         " output there: the folder is not empty and was not written by Ripple (Ripple replaces "
         "only folders it "
         "wrote: the output folder may be missing, empty, or an earlier Ripple " +
         kind + " output with its .ripple-report file)\n";
}

}  // namespace

TEST_CASE("every command refuses to write over a folder of the user's files", "[cli][output]") {
  const std::string dir = MakeTempDir("cli-out-home");
  const std::string home = MakeUserFolder(dir + "/home");
  WriteScenario(dir + "/a.toml");
  WriteScenario(dir + "/b.toml");
  WriteModelPackage(ThreeSectorNationalModel(), dir + "/national");
  WriteTextFile(dir + "/employment.csv", ThreeSectorEmploymentCsv());
  const std::string tables = RepoPath("models/de-1995-eurostat-manual");
  const std::string out = " --out '" + home + "'";
  const std::vector<std::pair<std::string, std::string>> commands = {
      {"run", "run a.toml" + out},
      {"compare", "compare a.toml b.toml" + out},
      {"multipliers",
       "multipliers '" + RepoPath("tests/fixtures/miller_blair_2009_table_2_3") + "'" + out},
      {"model",
       "model regionalize national --employment employment.csv --employment-year 2018 --national "
       "NAT "
       "--region REG --id reg" +
           out},
      {"model", "model import csv '" + tables + "' --id de-copy --year 1995" + out},
      {"model", "model import eurostat --table t.json --geo FR --year 2021 --id fr" + out},
      {"sensitivity", "sensitivity '" + RepoPath(kBaseline) + "' --draws 10" + out},
      {"solve", "solve '" + RepoPath(kBaseline) +
                    "' --target net_jobs=18 --vary interventions.plaine-images-subsidy.amount" +
                    out},
  };
  for (const auto& [kind, command] : commands) {
    INFO(command);
    const CliResult result = RunCli(command, dir);
    CHECK(result.exit_code == 1);
    CHECK(result.err == RefusedFolder(home, kind));
    CheckUserFolderIntact(home);
  }
}

TEST_CASE("an output path naming the working folder, a file or another kind of report is refused",
          "[cli][output]") {
  const std::string dir = MakeUserFolder(MakeTempDir("cli-out-pwd"));
  WriteScenario(dir + "/a.toml");
  WriteTextFile(dir + "/.bashrc", "alias ll='ls -l'\n");
  for (const std::string& target : {std::string("."), dir}) {
    INFO(target);
    const CliResult result = RunCli("run a.toml --out '" + target + "'", dir);
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("refusing to write the run output there") != std::string::npos);
  }
  CHECK(ReadTextFile(dir + "/thesis.md") == "three years of work\n");
  CHECK(ReadTextFile(dir + "/.git/HEAD") == "ref: refs/heads/main\n");
  WriteTextFile(dir + "/notes.txt", "mine\n");
  const CliResult file = RunCli("run a.toml --out notes.txt", dir);
  CHECK(file.exit_code == 1);
  CHECK(file.err.rfind("ripple: error: notes.txt: refusing to write the run output there: it is a "
                       "file, not a folder",
                       0) == 0);
  CHECK(ReadTextFile(dir + "/notes.txt") == "mine\n");
  REQUIRE(
      RunCli("multipliers '" + RepoPath("tests/fixtures/miller_blair_2009_table_2_3") + "' --out m",
             dir)
          .exit_code == 0);
  const CliResult kind = RunCli("run a.toml --out m", dir);
  CHECK(kind.exit_code == 1);
  CHECK(kind.err.find("m: refusing to write the run output there: the folder holds a Ripple "
                      "multipliers output, not "
                      "a run one") != std::string::npos);
  CHECK(fs::exists(dir + "/m/multipliers.csv"));
}

TEST_CASE("a report replaces the earlier report of the same kind and carries the marker",
          "[cli][output]") {
  const std::string dir = MakeTempDir("cli-out-replace");
  WriteScenario(dir + "/a.toml");
  fs::create_directories(dir + "/empty");
  REQUIRE(RunCli("run a.toml --out empty -q", dir).exit_code == 0);
  CHECK(ReadTextFile(dir + "/empty/.ripple-report") == "run\n");
  WriteTextFile(dir + "/empty/extra.csv", "from an earlier version\n");
  REQUIRE(RunCli("run a.toml --out empty -q", dir).exit_code == 0);
  CHECK_FALSE(fs::exists(dir + "/empty/extra.csv"));
  CHECK(fs::exists(dir + "/empty/impacts.csv"));
}

TEST_CASE("a scenario id cannot name a folder outside reports/", "[cli][output]") {
  const std::string dir = MakeTempDir("cli-out-id");
  const std::string victim = MakeUserFolder(dir + "/victim");
  WriteScenario(dir + "/work/s.toml", "id = \"../../victim\"\n");
  const CliResult result = RunCli("run s.toml", dir + "/work");
  CHECK(result.exit_code == 1);
  CHECK(result.err ==
        "ripple: error: s.toml:1:6: id: id '../../victim' may hold only letters, digits, '.', '_' "
        "and "
        "'-' (it names a folder; no '/', '\\' or spaces)\n");
  CheckUserFolderIntact(victim);
  CHECK_FALSE(fs::exists(dir + "/work/reports"));
  for (const std::string& id : {std::string(".."), std::string("a/b"), std::string(101, 'x')}) {
    INFO(id);
    WriteScenario(dir + "/work/s.toml", "id = \"" + id + "\"\n");
    CHECK(RunCli("check s.toml", dir + "/work").exit_code == 1);
  }
  WriteScenario(dir + "/work/my plan.toml");
  const CliResult stem = RunCli("check 'my plan.toml'", dir + "/work");
  CHECK(stem.exit_code == 1);
  CHECK(stem.err ==
        "ripple: error: my plan.toml: id: id 'my plan' may hold only letters, digits, '.', '_' and "
        "'-' "
        "(it names a folder; no '/', '\\' or spaces): the id defaults to the file name; write id = "
        "\"...\" in the file\n");
}

TEST_CASE("a model id cannot name a folder outside reports/", "[cli][output]") {
  const std::string dir = MakeTempDir("cli-out-model-id");
  const std::string source = RepoPath("tests/fixtures/miller_blair_2009_table_2_3");
  fs::copy(source, dir + "/m", fs::copy_options::recursive);
  std::string toml = ReadTextFile(source + "/model.toml");
  const size_t id = toml.find("id = \"");
  REQUIRE(id != std::string::npos);
  toml.replace(id, toml.find('\n', id) - id, "id = \"../../x\"");
  WriteTextFile(dir + "/m/model.toml", toml);
  const CliResult result = RunCli("multipliers m", dir);
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("m/model.toml:") != std::string::npos);
  CHECK(result.err.find(": id: id '../../x' may hold only letters, digits") != std::string::npos);
}

TEST_CASE("the next run cleans the leftovers of a killed run and restores a lost report",
          "[cli][output]") {
  const std::string dir = MakeTempDir("cli-out-leftovers");
  WriteScenario(dir + "/a.toml");
  REQUIRE(RunCli("run a.toml --out r -q", dir).exit_code == 0);
  const std::string report = ReadTextFile(dir + "/r/impacts.csv");
  // As left by a run killed between the two renames of the old replace: no r.
  // (StagedDirectory's own test checks that the report comes back even when the next run then
  // fails.)
  fs::rename(dir + "/r", dir + "/r.old-99999999");
  fs::copy(dir + "/r.old-99999999", dir + "/r.tmp-99999999", fs::copy_options::recursive);
  CHECK(RunCli("run a.toml --out r -q", dir).exit_code == 0);
  CHECK(ReadTextFile(dir + "/r/impacts.csv") == report);
  size_t entries = 0;
  for (const auto& entry : fs::directory_iterator(dir)) entries += entry.path().filename() != "";
  CHECK(entries == 2);  // a.toml and r/
}

TEST_CASE("an interrupted run exits with 130 and writes no report", "[cli][output]") {
  const std::string dir = MakeTempDir("cli-run-interrupt");
  // 1,200 sectors: loading the model takes over a second, so the signal arrives before the run
  // ends.
  const ripple::Model big = ripple::testing::SyntheticPackageModel(1200, 7, "big");
  ripple::WriteModelPackage(big, dir + "/big");
  WriteTextFile(dir + "/s.toml",
                "name = \"big\"\nmodel = \"big\"\nstart_year = 2025\nend_year = 2026\n"
                "[[interventions]]\ntype = \"demand\"\nsector = \"s0001\"\nunit = \"EUR\"\n"
                "amount = 50\n");
  for (const char* signal : {"INT", "TERM"}) {
    INFO(signal);
    const std::string command = "cd '" + dir + "' && ('" + RIPPLE_CLI_PATH +
                                "' run s.toml -q --out out 2>err & pid=$!; " +
                                KillOnceHandled(signal) + "; wait $pid; echo $? >rc)";
    REQUIRE(std::system(command.c_str()) == 0);
    CHECK(ReadTextFile(dir + "/rc") == "130\n");
    CHECK(ReadTextFile(dir + "/err") == "ripple: interrupted: no report written\n");
    CHECK_FALSE(fs::exists(dir + "/out"));
  }
  size_t leftovers = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    leftovers += entry.path().filename().string().find(".tmp-") != std::string::npos;
  }
  CHECK(leftovers == 0);
  fs::remove_all(dir);  // 30 MB of model
}
