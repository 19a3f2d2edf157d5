// ripple solve SCENARIO.toml --target NAME=VALUE --vary KEY [--range LO:HI] [--tolerance T]
//              [--out DIR] [--set KEY=VALUE]... [--quiet]
#include <cmath>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "ripple/analysis/goal_seek.h"
#include "ripple/analysis/metrics.h"
#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/base/staged_directory.h"

namespace po = boost::program_options;

namespace ripple::cli {
namespace {

const char* kUsage =
    "ripple solve SCENARIO.toml --target NAME=VALUE --vary KEY [--range LO:HI] [--tolerance T] "
    "[--out DIR]\n"
    "             [--set KEY=VALUE]... [--quiet]";

double ParseNumber(const std::string& text, const std::string& flag) {
  double value = 0;
  if (!ParseDouble(text, value)) throw UsageError{flag + ": '" + text + "' is not a number"};
  return value;
}

std::string HeadlineList() {
  std::string list;
  for (const auto& name : HeadlineNames()) list += (list.empty() ? "" : ", ") + name;
  return list;
}

}  // namespace

int SolveCommand(const Args& args) {
  po::options_description options("options");
  options.add_options()("target", po::value<std::string>(),
                        ("NAME=VALUE, NAME one of: " + HeadlineList()).c_str())(
      "vary", po::value<std::string>(),
      "the number to vary, as for --set (e.g. interventions.<id>.amount)")(
      "range", po::value<std::string>(),
      "LO:HI searched (default: the value's distribution bounds, else 0 to 10 times its value)")(
      "tolerance", po::value<double>()->default_value(1e-9, "1e-9"),
      "relative to max(1, |target|)")("out", po::value<std::string>(),
                                      "also write solve.csv (every run of the search) into DIR")(
      "set", po::value<std::vector<std::string>>(), kSetHelp)("quiet,q",
                                                              "print nothing but errors");
  po::variables_map values;
  if (!ParseArgs(args, kUsage, options, {"SCENARIO"}, values)) return 0;
  if (!values.count("target"))
    throw UsageError{"--target NAME=VALUE is required (NAME one of: " + HeadlineList() + ")"};
  if (!values.count("vary")) throw UsageError{"--vary KEY is required"};
  GoalSeekOptions seek;
  const std::string target = values["target"].as<std::string>();
  const size_t equals = target.find('=');
  if (equals == std::string::npos)
    throw UsageError{"--target " + target + ": expected NAME=VALUE, e.g. net_jobs=200"};
  seek.headline = target.substr(0, equals);
  seek.target = ParseNumber(target.substr(equals + 1), "--target " + target);
  seek.key = values["vary"].as<std::string>();
  seek.tolerance = values["tolerance"].as<double>();
  if (!(seek.tolerance > 0)) throw UsageError{"--tolerance must be > 0"};
  if (values.count("range")) {
    const std::string range = values["range"].as<std::string>();
    const size_t colon = range.find(':');
    if (colon == std::string::npos)
      throw UsageError{"--range " + range + ": expected LO:HI, e.g. 0:5e6"};
    seek.low = ParseNumber(range.substr(0, colon), "--range " + range);
    seek.high = ParseNumber(range.substr(colon + 1), "--range " + range);
  }
  const std::string file = values["SCENARIO"].as<std::string>();
  if (values.count("out")) CheckOutputFolder(values["out"].as<std::string>(), ReportKind::kSolve);
  const Evaluator evaluator(ScenarioTemplate::Load(file, SetOverrides(values)));
  const GoalSeekResult result = GoalSeek(evaluator, seek);
  if (values.count("out")) {
    std::ostringstream csv;
    WriteCsvLine(csv, {"run", seek.key, seek.headline, "unit"});
    for (size_t i = 0; i < result.steps.size(); ++i) {
      WriteCsvLine(csv, {std::to_string(i + 1), FormatNumber(result.steps[i].value, 17),
                         FormatNumber(result.steps[i].figure), result.unit});
    }
    StagedDirectory staged(values["out"].as<std::string>(), ReportKind::kSolve);
    staged.WriteFile("solve.csv", csv.str());
    staged.Commit();
  }
  if (!values.count("quiet")) {
    const std::string key_unit = result.key_unit.empty() ? "" : " (" + result.key_unit + ")";
    std::cout << seek.key << " = " << FormatNumber(result.value) << key_unit << " gives "
              << seek.headline << " = " << FormatNumber(result.figure) << " " << result.unit
              << " (target " << FormatNumber(seek.target) << "; " << result.steps.size()
              << " runs within [" << FormatNumber(result.low) << ", " << FormatNumber(result.high)
              << "])\n"
              << "full reports: ripple run " << file << " --set " << seek.key << "="
              << FormatNumber(result.value, 17) << "\n";
  }
  return 0;
}

}  // namespace ripple::cli
