// report.xlsx (ripple run --xlsx, xlsx_report.h), re-read with Python's
// standard library (tests/tools/check_xlsx.py: zipfile + XML): its headline,
// summary, annual and impact figures equal the CSVs of the same run, sector
// names included; sheets in French or English; byte-identical run to run,
// with the fixed creation date. Skipped with a message when the build has no
// libxlsxwriter (the error of --xlsx is checked instead) or python3 is absent.
#include "ripple/report/xlsx_report.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <string>

#include "ripple/base/error.h"
#include "support/test_support.h"

using namespace ripple;
using namespace ripple::testing;

namespace {

const char* kUnavailable =
    "--xlsx: this ripple was built without libxlsxwriter: install it with `apt-get install "
    "libxlsxwriter-dev`, then configure and build again (cmake --preset default && cmake --build "
    "build); the CSVs hold the same figures";

bool HasPython() { return std::system("command -v python3 >/dev/null 2>&1") == 0; }

// Runs check_xlsx.py on `folder`; its exit code, and its output in `out`.
int CheckXlsx(const std::string& folder, std::string& out) {
  const std::string log = folder + ".check.txt";
  const int status = std::system(("python3 '" + RepoPath("tests/tools/check_xlsx.py") + "' '" +
                                  folder + "' >'" + log + "' 2>&1")
                                     .c_str());
  out = ReadTextFile(log);
  return status;
}

std::string RunXlsx(const std::string& dir, const std::string& name, const std::string& flags) {
  const std::string out = dir + "/" + name;
  const CliResult run = RunCli("run '" + RepoPath("scenarios/plaine-images-baseline.toml") +
                               "' --quiet --xlsx --out '" + out + "' " + flags);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return out;
}

}  // namespace

TEST_CASE("ripple run --xlsx without libxlsxwriter says how to install it", "[xlsx]") {
  if (XlsxAvailable()) {
    CHECK_NOTHROW(CheckXlsxWriter());
    return;
  }
  CHECK_THROWS_WITH(CheckXlsxWriter(), kUnavailable);
  const CliResult run =
      RunCli("run '" + RepoPath("scenarios/plaine-images-baseline.toml") + "' --xlsx");
  CHECK(run.exit_code != 0);
  CHECK(run.err.find(kUnavailable) != std::string::npos);
}

TEST_CASE("report.xlsx holds the figures of the CSVs, in French, byte-identical run to run",
          "[xlsx]") {
  if (!XlsxAvailable()) {
    WARN("skipped: built without libxlsxwriter (apt-get install libxlsxwriter-dev)");
    return;
  }
  const std::string dir = MakeTempDir("xlsx");
  const std::string first = RunXlsx(dir, "first", "");
  const std::string second = RunXlsx(dir, "second", "");
  const std::string book = ReadTextFile(first + "/report.xlsx");
  REQUIRE(book.rfind("PK", 0) == 0);  // a zip archive
  CHECK(book == ReadTextFile(second + "/report.xlsx"));
  CHECK(ReadTextFile(first + "/run.json").find("\"xlsx\": \"report.xlsx\"") != std::string::npos);
  if (!HasPython()) {
    WARN("contents of report.xlsx not checked: python3 is not installed (apt-get install python3)");
    return;
  }
  std::string out;
  const int status = CheckXlsx(first, out);
  INFO(out);
  REQUIRE(status == 0);
  CHECK(out.find("sheets: Synthèse | Par intervention | Tous les chiffres | Par année | Impacts | "
                 "Hypothèses | Multiplicateurs\n") != std::string::npos);
  CHECK(out.find("created: 2000-01-01T00:00:00Z\n") != std::string::npos);
  // 9 headline lines, 7 on both bases (the public cost lines once): 16 figures.
  CHECK(out.find("ok: 16 headline figures, ") != std::string::npos);
}

TEST_CASE("report.xlsx in English, and the checker fails on a figure that differs", "[xlsx]") {
  if (!XlsxAvailable() || !HasPython()) {
    WARN("skipped: needs libxlsxwriter and python3");
    return;
  }
  const std::string dir = MakeTempDir("xlsx-en");
  const std::string english = RunXlsx(dir, "en", "--lang en");
  std::string out;
  REQUIRE(CheckXlsx(english, out) == 0);
  CHECK(out.find("sheets: Summary | By intervention | All figures | By year | Impacts | "
                 "Assumptions | Multipliers\n") != std::string::npos);
  // summary.csv edited by hand: the public cost 8427240 becomes 8427241.
  std::string summary = ReadTextFile(english + "/summary.csv");
  const std::string cost = "all,public_cost,,,undiscounted,8427240,";
  REQUIRE(summary.find(cost) != std::string::npos);
  summary.replace(summary.find(cost), cost.size(), "all,public_cost,,,undiscounted,8427241,");
  WriteTextFile(english + "/summary.csv", summary);
  CHECK(CheckXlsx(english, out) != 0);
  CHECK(out.find("check_xlsx: summary sheet row 5 ('public_cost', '', '', 'undiscounted')") !=
        std::string::npos);
}
