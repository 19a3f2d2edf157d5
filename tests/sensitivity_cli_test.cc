// `ripple sensitivity` and `ripple solve` on the built binary: reports
// written, byte-identical across thread counts, errors and exit codes.
#include <catch2/catch.hpp>
#include <filesystem>

#include "support/test_support.h"

using namespace ripple::testing;
namespace fs = std::filesystem;

namespace {

const std::string kBaseline = "scenarios/plaine-images-baseline.toml";
const std::string kUncertain =
    " --set "
    "'interventions.plaine-images-subsidy.wage_share={dist=\"triangular\",min=0.4,mode=0.55,max=0."
    "7}'"
    " --set 'additionality.deadweight={dist=\"uniform\",min=0,max=0.5}'";

}  // namespace

TEST_CASE(
    "sensitivity writes quantiles, tornado, parameters and sweep, identical for 1 and 2 threads",
    "[cli][sensitivity]") {
  const std::string dir = MakeTempDir("cli-sensitivity");
  const std::string common = "sensitivity " + kBaseline + kUncertain +
                             " --draws 40 --seed 3 --write-draws --sweep "
                             "interventions.plaine-images-subsidy.amount=1e6:2e6:3";
  const CliResult one = RunCli(common + " --threads 1 --out " + dir + "/one", RepoPath(""));
  REQUIRE(one.exit_code == 0);
  CHECK(one.out ==
        "scenario 'plaine-images-baseline': 15 uncertain values, 40 draws (seed 3), sweep\n"
        "reports written to " +
            dir + "/one/\n");
  const CliResult two = RunCli(common + " --threads 2 --out " + dir + "/two -q", RepoPath(""));
  REQUIRE(two.exit_code == 0);
  CHECK(two.out.empty());
  for (const char* name : {"quantiles.csv", "draws.csv", "tornado.csv", "parameters.csv",
                           "sweep.csv", "sensitivity.json"}) {
    INFO(name);
    const std::string text = ReadTextFile(dir + "/one/" + name);
    CHECK(!text.empty());
    CHECK(text == ReadTextFile(dir + "/two/" + name));
  }
  // The flags replace the file's distributions for these two keys.
  const std::string parameters = ReadTextFile(dir + "/one/parameters.csv");
  CHECK(parameters.rfind("key,file,line,column,distribution,central,p05,p95\n", 0) == 0);
  CHECK(parameters.find("\nadditionality.deadweight,--set "
                        "additionality.deadweight,1,26,\"uniform(min=0, max=0.5)\","
                        "0.25,0.025,0.475\n") != std::string::npos);
  CHECK(parameters.find(
            "\ninterventions.plaine-images-subsidy.wage_share,--set "
            "interventions.plaine-images-subsidy.wage_share,1,48,\"triangular(min=0.4, mode=0.55, "
            "max=0.7)\",0.55,0.447434164903,0.652565835097\n") != std::string::npos);
  CHECK(parameters.find("\nuncertainty.flq_delta,scenarios/plaine-images-baseline.toml,") !=
        std::string::npos);
  CHECK(ReadTextFile(dir + "/one/quantiles.csv")
            .rfind("intervention,indicator,effect,basis,period,measure,unit,central,p05,p25,p50,"
                   "p75,p95,mean,sd,draws\n",
                   0) == 0);
  CHECK(ReadTextFile(dir + "/one/draws.csv")
            .rfind("draw,additionality.deadweight,additionality.displacement,", 0) == 0);
}

TEST_CASE("sensitivity without uncertain values or sweep is an error, and writes nothing",
          "[cli][sensitivity]") {
  const std::string dir = MakeTempDir("cli-sensitivity-none");
  const std::string file = dir + "/fixed.toml";
  WriteTextFile(
      file, "name = \"fixed\"\nmodel = \"" + RepoPath("models/de-1995-eurostat-manual") +
                "\"\nstart_year = 2025\nend_year = 2026\neffects = \"type1\"\n[[interventions]]\n"
                "type = \"demand\"\nsector = \"CPA_F\"\nunit = \"EUR\"\namount = 1e6\n");
  const CliResult none = RunCli("sensitivity " + file + " --out " + dir + "/x");
  CHECK(none.exit_code == 1);
  CHECK(none.err ==
        "ripple: error: " + file +
            ": no uncertain values: write a number as a distribution, e.g. amount = { dist = "
            "\"triangular\", min = 1.2e6, mode = 1.35e6, max = 1.5e6 } (scenarios/README.md, "
            "\"Uncertain values\"), set [uncertainty] technical_coefficients_sigma, or give "
            "--sweep\n");
  CHECK(!fs::exists(dir + "/x"));
  const CliResult threads = RunCli("sensitivity " + kBaseline + " --threads 0", RepoPath(""));
  CHECK(threads.exit_code == 1);
  CHECK(threads.err.rfind("ripple sensitivity: --threads 0: must be within [1, 256]\n", 0) == 0);
}

TEST_CASE("solve finds the subsidy for a number of net jobs and says when a target is out of reach",
          "[cli][solve]") {
  const CliResult solved = RunCli(
      "solve " + kBaseline +
          " --target net_jobs=15.93229823682 --vary interventions.plaine-images-subsidy.amount",
      RepoPath(""));
  REQUIRE(solved.exit_code == 0);
  const std::string prefix = "interventions.plaine-images-subsidy.amount = ";
  REQUIRE(solved.out.rfind(prefix, 0) == 0);
  CHECK(std::stod(solved.out.substr(prefix.size())) ==
        Approx(2700000).epsilon(1e-9));  // twice the subsidy, twice the jobs
  CHECK(solved.out.find("full reports: ripple run " + kBaseline +
                        " --set interventions.plaine-images-subsidy.amount=") != std::string::npos);
  const CliResult far = RunCli(
      "solve " + kBaseline +
          " --target net_jobs=500 --vary interventions.plaine-images-subsidy.amount --range 0:5e6",
      RepoPath(""));
  CHECK(far.exit_code == 1);
  CHECK(
      far.err.rfind(
          "ripple: error: target net_jobs = 500 cannot be reached by varying "
          "interventions.plaine-images-subsidy.amount within [0, 5000000]: net_jobs is 0 at 0 and ",
          0) == 0);
  const CliResult usage = RunCli("solve " + kBaseline + " --vary x", RepoPath(""));
  CHECK(usage.exit_code == 1);
  CHECK(usage.err.rfind(
            "ripple solve: --target NAME=VALUE is required (NAME one of: gross_jobs, net_jobs,",
            0) == 0);
}

TEST_CASE("solve's default range stays within the key's rule and its answer names the unit",
          "[cli][solve]") {
  // wage_cost_per_job must be > 0: the default range starts at a tenth of the value (7,779),
  // not at 0 (before: "value 0 must be > 0"); a share stops at 1.
  const std::string wage = "interventions.plaine-images-subsidy.wage_cost_per_job";
  const CliResult solved =
      RunCli("solve " + kBaseline + " --set " + wage + "=77790 --target net_jobs=7 --vary " + wage,
             RepoPath(""));
  REQUIRE(solved.exit_code == 0);
  CHECK(solved.out.rfind(wage + " = ", 0) == 0);
  CHECK(solved.out.find(" (EUR, 2023 prices per job) gives net_jobs = ") != std::string::npos);
  CHECK(solved.out.find(" runs within [7779, 777900])\n") != std::string::npos);
  const std::string share = "interventions.plaine-images-subsidy.wage_share";
  const CliResult shared =
      RunCli("solve " + kBaseline + " --set " + share + "=0.55 --target net_jobs=9 --vary " + share,
             RepoPath(""));
  REQUIRE(shared.exit_code == 0);
  CHECK(shared.out.find(" (share, 0 to 1) gives net_jobs = 9 persons") != std::string::npos);
  CHECK(shared.out.find(" runs within [0, 1])\n") != std::string::npos);
  const CliResult help = RunCli("solve --help");
  CHECK(help.out.find("--tolerance arg (=1e-9)") != std::string::npos);
}

TEST_CASE("run records each uncertain value at its central value in run.json",
          "[cli][sensitivity]") {
  const std::string dir = MakeTempDir("cli-run-uncertain");
  const CliResult run =
      RunCli("run " + kBaseline + " -q --out " + dir + "/r" +
                 " --set 'additionality.deadweight={dist=\"uniform\",min=0,max=0.5}'",
             RepoPath(""));
  REQUIRE(run.exit_code == 0);
  const std::string json = ReadTextFile(dir + "/r/run.json");
  CHECK(json.find("\"uncertain_values_at_central\": [\n      {\n        \"key\": "
                  "\"additionality.deadweight\",\n"
                  "        \"written_at\": \"--set additionality.deadweight:1:26\",\n"
                  "        \"distribution\": \"uniform(min=0, max=0.5)\",\n        \"central\": "
                  "0.25\n      },\n"
                  "      {\n        \"key\": \"additionality.displacement\",\n"
                  "        \"written_at\": \"scenarios/plaine-images-baseline.toml:23:16\",") !=
        std::string::npos);
  CHECK(json.find("\"uncertainty\": {\n      \"applied\": \"flq_delta and satellite factors at "
                  "their central values; "
                  "technical-coefficient noise only in ripple sensitivity draws\",\n"
                  "      \"technical_coefficients_sigma\": 0.1,\n      \"flq_delta\": 0.3,\n") !=
        std::string::npos);
  CHECK(ReadTextFile(dir + "/r/brief.md")
            .find("The figures above use the central value of each of the scenario's 15 uncertain "
                  "values (a range "
                  "written as a distribution); `ripple sensitivity " +
                  kBaseline +
                  "` gives their likely range (5th to 95th percentile) and which assumption moves "
                  "them most.\n") != std::string::npos);
}

TEST_CASE("an interrupted sensitivity run exits with 130 and writes no report",
          "[cli][sensitivity]") {
  const std::string dir = MakeTempDir("cli-sensitivity-interrupt");
  for (const char* signal : {"INT", "TERM"}) {
    INFO(signal);
    // 50,000 draws take about 20 s here: the signal arrives during the draws.
    const std::string command = "cd '" + RepoPath("") + "' && ('" + RIPPLE_CLI_PATH +
                                "' sensitivity " + kBaseline + " --draws 50000 -q --out '" + dir +
                                "/out' 2>'" + dir + "/err' & pid=$!; " + KillOnceHandled(signal) +
                                "; wait $pid; echo $? >'" + dir + "/rc')";
    REQUIRE(std::system(command.c_str()) == 0);
    CHECK(ReadTextFile(dir + "/rc") == "130\n");
    CHECK(ReadTextFile(dir + "/err") == "ripple: interrupted: no report written\n");
    CHECK_FALSE(fs::exists(dir + "/out"));
  }
}
