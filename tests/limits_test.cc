// Limits checked before the work (issue 12, part 2): each case of the issue
// that crashed, hung, took all memory or wrote inf/nan with exit 0 is now a
// clear error naming the file, line, field, value and rule.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>

#include "ripple/base/error.h"
#include "ripple/base/file_io.h"
#include "ripple/interventions/scenario_reader.h"
#include "ripple/interventions/scenario_template.h"
#include "ripple/model/model.h"
#include "ripple/scenario/overrides.h"
#include "ripple/scenario/scenario.h"
#include "run/run_finite.h"  // white-box: a private header of engine/src
#include "support/test_support.h"

using namespace ripple;
using namespace ripple::testing;
namespace fs = std::filesystem;

namespace {

const char* kHeader = "name = \"t\"\nmodel = \"m\"\n";
const char* kDemand =
    "[[interventions]]\ntype = \"demand\"\nsector = \"s1\"\nunit = \"EUR\"\namount = 5\n";

// The message of the Error thrown by `action`, checking its kind.
template <typename Action>
std::string ErrorOf(Action action, ErrorKind kind = ErrorKind::kBadInput) {
  try {
    action();
  } catch (const Error& error) {
    CHECK(error.kind() == kind);
    return error.what();
  }
  return "";
}

std::string ParseError(const std::string& text) {
  return ErrorOf([&] { ParseScenario(text, "s.toml"); });
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_CASE("years outside 1900..2200 and horizons over 100 years are refused before the run",
          "[limits]") {
  const std::string years = std::string(kHeader) + "start_year = 2025\n";
  CHECK(ParseError(years + "end_year = 102025\n" + kDemand) ==
        "s.toml:4:12: end_year: year 102025 is outside 1900..2200, the years Ripple accepts");
  CHECK(
      ParseError(std::string(kHeader) + "start_year = -1000000000\nend_year = 2030\n" + kDemand) ==
      "s.toml:3:14: start_year: year -1000000000 is outside 1900..2200, the years Ripple accepts");
  CHECK(ParseError(years + "end_year = 2125\n" + kDemand) ==
        "s.toml:4:12: end_year: horizon 2025-2125 is 101 years long, more than the 100 Ripple "
        "projects");
  CHECK(ParseError(years + "end_year = 2026\nprice_year = 200000\n" + kDemand) ==
        "s.toml:5:14: price_year: year 200000 is outside 1900..2200, the years Ripple accepts");
  CHECK(
      ParseError(years + "end_year = 2026\ndiscount_base_year = 1800\n" + kDemand) ==
      "s.toml:5:22: discount_base_year: year 1800 is outside 1900..2200, the years Ripple accepts");
  CHECK_NOTHROW(ParseScenario(years + "end_year = 2124\n" + kDemand, "s.toml"));
}

TEST_CASE("amounts and rates beyond 1e15 are refused", "[limits]") {
  const std::string head = std::string(kHeader) + "start_year = 2025\nend_year = 2026\n";
  CHECK(ParseError(head + "[[interventions]]\ntype = \"demand\"\nsector = \"s1\"\nunit = "
                          "\"EUR\"\namount = 1e308\n") ==
        "s.toml:9:10: interventions[1].amount: value 1e+308 is beyond +/-1e+15, the largest figure "
        "Ripple accepts");
  CHECK(ParseError(head + "price_index = { 2025 = 1e300 }\n" + kDemand) ==
        "s.toml:5:24: price_index.2025: value 1e+300 is beyond +/-1e+15, the largest figure Ripple "
        "accepts");
  CHECK_NOTHROW(
      ParseScenario(head + "[[interventions]]\ntype = \"demand\"\nsector = \"s1\"\nunit = \"EUR\"\n"
                           "amount = 1e15\n",
                    "s.toml"));
}

TEST_CASE("a non-finite figure in results stops the run with exit 2 naming it", "[limits]") {
  RunResult result;
  result.effects = {Effect::kDirect, Effect::kIndirect, Effect::kTotal};
  result.indicators = {Indicator{"output", "EUR"}, Indicator{"employment", "persons"}};
  InterventionImpact impact;
  impact.id = "grant";
  YearImpact year;
  year.year = 2026;
  for (int k = 0; k < 2; ++k) {
    year.values.push_back({Vector::Zero(2), Vector::Zero(2), Vector::Zero(2)});
    year.totals.push_back({0, 0, 0});
  }
  impact.years.push_back(year);
  result.interventions.push_back(impact);
  CHECK_NOTHROW(CheckFiniteResult(result));
  result.interventions[0].years[0].values[1][1](0) = std::numeric_limits<double>::infinity();
  result.interventions[0].years[0].totals[1][1] = std::numeric_limits<double>::infinity();
  CHECK(ErrorOf([&] { CheckFiniteResult(result); }, ErrorKind::kNumerical) ==
        "intervention 'grant', 2026: indirect effect on employment is inf, not a finite number: "
        "the amounts, prices "
        "or rates are too large for the arithmetic (check them against the limits in "
        "scenarios/README.md)");
  result.interventions[0].years[0].totals[1][1] = 0;
  result.interventions[0].years[0].public_cost = std::nan("");
  CHECK(ErrorOf([&] { CheckFiniteResult(result); }, ErrorKind::kNumerical)
            .rfind("intervention 'grant', 2026: the public cost is nan, not a finite number", 0) ==
        0);
}

TEST_CASE("a 20,000-part dotted key is refused, in a file and through --set", "[limits]") {
  std::string key = "a";
  for (int i = 1; i < 20000; ++i) key += ".a";
  const std::string head = std::string(kHeader) + "start_year = 2025\nend_year = 2026\n";
  // Refused by the line-length cap (kMaxTomlLineBytes) before toml++ sees it.
  CHECK(ParseError(head + key + " = 1\n" + kDemand) ==
        "s.toml:5: invalid TOML: line is 40003 bytes long, more than 16384");
  std::string million = "a";  // toml++ itself recursed once per part and overflowed the stack
  for (int i = 1; i < 1000000; ++i) million += ".a";
  CHECK(ParseError(head + million + " = 1\n" + kDemand) ==
        "s.toml:5: invalid TOML: line is 2000003 bytes long, more than 16384");
  CHECK_NOTHROW(ParseScenario(head + "description = \"" + std::string(500, '.') + "\"\n" + kDemand,
                              "s.toml"));
  const std::string override_error =
      ErrorOf([&] { ParseScenario(head + kDemand, "s.toml", {ParseOverride(key + "=1")}); });
  CHECK(override_error ==
        "--set " + key.substr(0, 200) + "...: key has 20000 parts, more than the 64 Ripple reads");
  CHECK(ErrorOf([&] {
          ParseScenario(head + kDemand, "s.toml",
                        {ParseOverride("a=" + std::string(300, '[') + std::string(300, ']'))});
        }).rfind("--set a=", 0) == 0);
}

TEST_CASE("an extends chain deeper than 32 files is refused without recursion to the end",
          "[limits][extends]") {
  const std::string dir = MakeTempDir("limits-chain");
  const int files =
      2000;  // the 20,000 overflowed the stack; only the first 33 are read now
  for (int i = 0; i < files; ++i) {
    const std::string body =
        i + 1 < files ? "extends = \"f" + std::to_string(i + 1) + ".toml\"\n"
                      : std::string(kHeader) + "start_year = 2025\nend_year = 2026\n" + kDemand;
    WriteTextFile(dir + "/f" + std::to_string(i) + ".toml", body);
  }
  CHECK(ErrorOf([&] { LoadScenario(dir + "/f0.toml"); }) ==
        dir + "/f31.toml:1:11: extends: chain of extended files is deeper than 32 files");
  CHECK(ErrorOf([&] { ScenarioTemplate::Load(dir + "/f0.toml", {}); }) ==
        dir + "/f31.toml:1:11: extends: chain of extended files is deeper than 32 files");
  fs::remove(dir + "/f31.toml");
  WriteTextFile(dir + "/f31.toml",
                std::string(kHeader) + "start_year = 2025\nend_year = 2026\n" + kDemand);
  CHECK_NOTHROW(LoadScenario(dir + "/f0.toml"));  // 32 files: the limit itself is accepted
}

TEST_CASE("26 files each extending the next twice stop at 256 files read, at once",
          "[limits][extends]") {
  const std::string dir = MakeTempDir("limits-fanout");
  for (int i = 0; i < 26; ++i) {
    const std::string next = "\"f" + std::to_string(i + 1) + ".toml\"";
    WriteTextFile(dir + "/f" + std::to_string(i) + ".toml",
                  i < 25 ? "extends = [" + next + ", " + next + "]\n"
                         : std::string(kHeader) + "start_year = 2025\nend_year = 2026\n" + kDemand);
  }
  const auto start = std::chrono::steady_clock::now();
  const std::string message = ErrorOf([&] { LoadScenario(dir + "/f0.toml"); });
  CHECK(SecondsSince(start) < 5);  // 2^26 merges before
  CHECK(message.find(": extends: the scenario reads more than 256 files through `extends` (a file "
                     "reached twice "
                     "counts twice)") != std::string::npos);
}

TEST_CASE("only regular files of bounded size are read", "[limits][files]") {
  const std::string dir = MakeTempDir("limits-files");
  fs::create_directories(dir + "/folder.toml");
  CHECK(ErrorOf([&] { LoadScenario(dir + "/folder.toml"); }) ==
        dir + "/folder.toml: is a folder, not a file");
  CHECK(ErrorOf([&] { LoadScenario("/dev/zero"); }) ==
        "/dev/zero: is not a regular file (a device, pipe or socket): Ripple reads only files");
  fs::create_symlink("/dev/urandom", dir + "/random.toml");
  CHECK(ErrorOf([&] { LoadScenario(dir + "/random.toml"); }) ==
        dir +
            "/random.toml: is not a regular file (a device, pipe or socket): Ripple reads only "
            "files");
  WriteTextFile(dir + "/child.toml", "extends = \"/dev/zero\"\n");
  CHECK(ErrorOf([&] { LoadScenario(dir + "/child.toml"); }) ==
        "/dev/zero: is not a regular file (a device, pipe or socket): Ripple reads only files");
  REQUIRE(::mkfifo((dir + "/pipe.toml").c_str(), 0600) == 0);
  CHECK(
      ErrorOf([&] { LoadScenario(dir + "/pipe.toml"); }) ==
      dir +
          "/pipe.toml: is not a regular file (a device, pipe or socket): Ripple reads only files");
  WriteTextFile(dir + "/big.toml", "");
  fs::resize_file(dir + "/big.toml", (std::uint64_t{64} << 20) + 1);  // sparse: no disk used
  CHECK(ErrorOf([&] { LoadScenario(dir + "/big.toml"); }) ==
        dir +
            "/big.toml: file of 67108865 bytes is larger than the limit of 64 MiB for this kind of "
            "file");
  CHECK(ErrorOf([] { ReadWholeFile("/nonexistent/x.toml", 10); }, ErrorKind::kIo) ==
        "/nonexistent/x.toml: cannot open file for reading: No such file or directory");
}

TEST_CASE("model files that are devices or links to them are refused", "[limits][files]") {
  const std::string dir = MakeTempDir("limits-model-files");
  fs::copy(RepoPath("tests/fixtures/miller_blair_2009_table_2_3"), dir + "/m",
           fs::copy_options::recursive);
  fs::remove(dir + "/m/transactions.csv");
  fs::create_symlink("/dev/urandom", dir + "/m/transactions.csv");
  CHECK(ErrorOf([&] { LoadModel(dir + "/m"); }) ==
        dir +
            "/m/transactions.csv: is not a regular file (a device, pipe or socket): Ripple reads "
            "only files");
  fs::remove(dir + "/m/model.toml");
  fs::create_symlink("/dev/zero", dir + "/m/model.toml");
  CHECK(ErrorOf([&] { LoadModel(dir + "/m"); }) ==
        dir +
            "/m/model.toml: is not a regular file (a device, pipe or socket): Ripple reads only "
            "files");
}

TEST_CASE("a 50,000-column transactions header is refused before allocating", "[limits][model]") {
  ModelSources sources;
  sources.directory = "m";
  sources.toml_name = "m/model.toml";
  sources.toml_text =
      ReadTextFile(RepoPath("tests/fixtures/miller_blair_2009_table_2_3/model.toml"));
  sources.transactions_name = "m/transactions.csv";
  std::string header = "sector";
  for (int i = 0; i < 50000; ++i) header += ",s" + std::to_string(i);
  sources.transactions_text = header + "\ns0,1\n";
  sources.output_name = "m/output.csv";
  sources.output_text = "sector,output\ns0,1\n";
  sources.final_demand_name = "m/final_demand.csv";
  sources.final_demand_text = "sector,households\ns0,1\n";
  sources.satellites_name = "m/satellites.csv";
  sources.satellites_text = "satellite,unit,s0\n";
  CHECK(ErrorOf([&] { ParseModel(sources); }) ==
        "m/transactions.csv:1: header: 50000 sector columns, more than the 20000 Ripple reads");
  header = "sector";
  for (int i = 0; i < 5000; ++i) header += ",s" + std::to_string(i);
  sources.transactions_text = header + "\ns0,1\n";  // 5,000 x 5,000 would be 200 MB: not allocated
  CHECK(ErrorOf([&] {
          ParseModel(sources);
        }).rfind("m/transactions.csv: matrix must be square: 5000 columns but 1 rows\n", 0) == 0);
}

TEST_CASE("write errors give the system's reason", "[limits][files]") {
  CHECK(ErrorOf([] { WriteWholeFile("/dev/full", "x"); }, ErrorKind::kIo) ==
        "/dev/full: cannot write file: No space left on device");
  CHECK(ErrorOf([] { WriteWholeFile("/nonexistent/dir/f.csv", "x"); }, ErrorKind::kIo) ==
        "/nonexistent/dir/f.csv: cannot write file: No such file or directory");
  // The streamed writer of report files: the full disk shows at the first
  // buffer written (300 KB > its 256 KiB) or at Close.
  for (const size_t bytes : {size_t{10}, size_t{300000}}) {
    CHECK(ErrorOf(
              [&] {
                FileWriter file("/dev/full");
                file.stream() << std::string(bytes, 'x');
                file.Close();
              },
              ErrorKind::kIo) == "/dev/full: cannot write file: No space left on device");
  }
  CHECK(ErrorOf([] { FileWriter file("/nonexistent/dir/f.csv"); }, ErrorKind::kIo) ==
        "/nonexistent/dir/f.csv: cannot write file: No such file or directory");
}

TEST_CASE("the streamed file writer writes every byte, across its buffer", "[files]") {
  const std::string path = testing::MakeTempDir("file-writer") + "/f.txt";
  std::string text;
  for (int i = 0; i < 100000; ++i) text += std::to_string(i) + (i % 7 ? "," : "\n");
  FileWriter file(path);
  for (size_t at = 0; at < text.size(); at += 1000) file.stream() << text.substr(at, 1000);
  file.Close();
  CHECK(ReadWholeFile(path, 1 << 24) == text);
}
