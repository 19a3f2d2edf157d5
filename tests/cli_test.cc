// The built `ripple` binary: exit codes, exact error text, all-or-nothing reports.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/test_support.h"

using namespace ripple::testing;
namespace fs = std::filesystem;

namespace {

// A scenario on the Miller & Blair fixture, written into `dir`.
std::string WriteScenario(const std::string& dir, const std::string& body) {
  const std::string path = dir + "/scenario.toml";
  WriteTextFile(path, "name = \"cli test\"\nmodel = \"" +
                          RepoPath("tests/fixtures/miller_blair_2009_table_2_3") +
                          "\"\nstart_year = 2025\nend_year = 2026\neffects = \"type1\"\n" + body);
  return path;
}

const char* kGoodDemand =
    "[[interventions]]\ntype = \"demand\"\nsector = \"s1\"\nunit = \"USD\"\namount = 50\n";

}  // namespace

TEST_CASE("the CLI prints its version, help and unknown-command errors", "[cli]") {
  const CliResult version = RunCli("--version");
  CHECK(version.exit_code == 0);
  CHECK(version.out == std::string("ripple ") + RIPPLE_VERSION + "\n");
  CHECK(RunCli("--help").exit_code == 0);
  const CliResult none = RunCli("");
  CHECK(none.exit_code == 1);
  CHECK(none.err.rfind("usage: ripple COMMAND", 0) == 0);
  const CliResult unknown = RunCli("frobnicate");
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err ==
        "ripple: unknown command 'frobnicate'\nrun 'ripple --help' for the commands\n");
  for (const char* command : {"run", "check", "multipliers", "model import csv"}) {
    INFO(command);
    const CliResult help = RunCli(std::string(command) + " --help");
    CHECK(help.exit_code == 0);
    CHECK(help.out.rfind(std::string("usage: ripple ") + command, 0) == 0);
  }
}

TEST_CASE("usage mistakes exit 1 with the command's help hint", "[cli][errors]") {
  const CliResult missing = RunCli("run");
  CHECK(missing.exit_code == 1);
  CHECK(missing.err ==
        "ripple run: missing argument SCENARIO\nrun 'ripple run --help' for usage\n");
  const CliResult flag = RunCli("run x.toml --frob");
  CHECK(flag.exit_code == 1);
  CHECK(flag.err ==
        "ripple run: unrecognised option '--frob'\nrun 'ripple run --help' for usage\n");
}

TEST_CASE("a missing scenario file is an I/O failure (exit 2)", "[cli][errors]") {
  const CliResult result = RunCli("run /nonexistent/s.toml");
  CHECK(result.exit_code == 2);
  CHECK(result.err ==
        "ripple: error: /nonexistent/s.toml: cannot open file for reading: No such file or "
        "directory\n");
}

TEST_CASE("bad input exits 1 with file:line:col: field: message", "[cli][errors]") {
  const std::string dir = MakeTempDir("cli-bad");
  const std::string scenario = WriteScenario(
      dir, "[[interventions]]\ntype = \"demand\"\nsector = \"s9\"\nunit = \"USD\"\namount = 5\n");
  const CliResult result = RunCli("check '" + scenario + "'");
  CHECK(result.exit_code == 1);
  CHECK(result.err == "ripple: error: " + scenario +
                          ":8:10: interventions[1].sector: unknown sector 's9' in model "
                          "'miller-blair-2009-t2-3' (valid: s1, s2)\n");
}

TEST_CASE("check validates without writing, run writes every report", "[cli]") {
  const std::string dir = MakeTempDir("cli-run");
  const std::string scenario = WriteScenario(dir, kGoodDemand);
  const CliResult check = RunCli("check '" + scenario + "'");
  CHECK(check.exit_code == 0);
  CHECK(check.out ==
        "ok: scenario 'scenario' (1 interventions, 2025-2026) on model "
        "'miller-blair-2009-t2-3' (2 sectors)\n");
  CHECK_FALSE(fs::exists(dir + "/reports"));
  const CliResult run = RunCli("run scenario.toml --quiet", dir);
  CHECK(run.exit_code == 0);
  CHECK(run.out.empty());
  for (const char* file : {"impacts.csv", "annual.csv", "summary.csv", "multipliers.csv",
                           "multipliers_units.csv", "warnings.csv", "run.json", "brief.md"}) {
    INFO(file);
    CHECK(fs::exists(dir + "/reports/scenario/" + file));
  }
}

TEST_CASE("a failed run leaves the earlier report intact", "[cli][atomic]") {
  const std::string dir = MakeTempDir("cli-atomic");
  const std::string scenario = WriteScenario(dir, kGoodDemand);
  const std::string out = dir + "/report";
  REQUIRE(RunCli("run '" + scenario + "' --out '" + out + "' --quiet").exit_code == 0);
  const std::string before = ReadTextFile(out + "/impacts.csv");
  REQUIRE_FALSE(before.empty());
  WriteScenario(dir, "[[interventions]]\ntype = \"demand\"\nsector = \"s1\"\nunit = \"USD\"\n");
  const CliResult failed = RunCli("run '" + scenario + "' --out '" + out + "'");
  CHECK(failed.exit_code == 1);
  CHECK(ReadTextFile(out + "/impacts.csv") == before);
  size_t entries = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    (void)entry;
    ++entries;
  }
  CHECK(entries == 2);  // scenario.toml and report/: no temporary folder left behind
}

TEST_CASE("the same inputs give byte-identical reports", "[cli][determinism]") {
  const std::string dir = MakeTempDir("cli-determinism");
  const std::string scenario = WriteScenario(dir, kGoodDemand);
  REQUIRE(RunCli("run scenario.toml --out a --quiet", dir).exit_code == 0);
  fs::rename(dir + "/a", dir + "/b");
  REQUIRE(RunCli("run scenario.toml --out a --quiet", dir).exit_code == 0);
  for (const char* file : {"impacts.csv", "annual.csv", "summary.csv", "multipliers.csv",
                           "warnings.csv", "run.json"}) {
    INFO(file);
    CHECK(ReadTextFile(dir + "/a/" + file) == ReadTextFile(dir + "/b/" + file));
  }
}

TEST_CASE("warnings go to stderr, stdout carries the brief only", "[cli]") {
  const std::string dir = MakeTempDir("cli-streams");
  WriteScenario(
      dir, "[[interventions]]\ntype = \"demand\"\nsector = \"s1\"\nunit = \"USD\"\namount = 500\n");
  const CliResult run = RunCli("run scenario.toml --out r", dir);
  CHECK(run.exit_code == 0);
  CHECK(run.err.find(
            "ripple: warning: intervention 'demand-1', 2025-2026, sector 's1': shock is") == 0);
  CHECK(run.out.find("ripple: warning") == std::string::npos);
  CHECK(run.out.find("1 warning(s): see warnings.csv") != std::string::npos);
}
