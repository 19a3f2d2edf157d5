// ripple compare A.toml B.toml ... [--baseline FILE_OR_ID] [--out DIR] [--lang fr|en]
//                [--price-year YEAR] [--set KEY=VALUE]...
#include <filesystem>
#include <iostream>
#include <optional>

#include "commands.h"
#include "ripple/analysis/compare.h"
#include "ripple/analysis/compare_run.h"
#include "ripple/base/error.h"
#include "ripple/base/output_folder.h"
#include "ripple/report/compare_html.h"
#include "ripple/scenario/overrides.h"

namespace po = boost::program_options;

namespace ripple::cli {
namespace {

const char* kUsage =
    "ripple compare A.toml B.toml ... [--baseline FILE_OR_ID] [--out DIR] [--lang fr|en] "
    "[--csv-dialect standard|excel-fr] [--allow-mixed] [--price-year YEAR] [--set KEY=VALUE]...";

// Parses the flags and the scenario files (at least two). False after --help.
bool ParseCompareArgs(const Args& args, po::variables_map& values) {
  po::options_description options("options");
  options.add_options()(
      "baseline", po::value<std::string>(),
      "the option the others are compared with: one of the files, or a scenario id "
      "(default: the first file)")(
      "out", po::value<std::string>()->default_value("reports/compare"),
      "folder for compare.csv, compare.md and compare.html: missing, empty or an earlier "
      "compare output, replaced only when every run succeeds")("lang", po::value<std::string>(),
                                                               kLangHelp)(
      "csv-dialect", po::value<std::string>()->default_value("standard"), kCsvDialectHelp)(
      "allow-mixed", "compare options over different horizons (start_year-end_year) anyway")(
      "price-year", po::value<int>(),
      "restate every option in prices of YEAR: each option's amounts are converted from its own "
      "amounts_price_year through its inflation_rate or price_index")(
      "set", po::value<std::vector<std::string>>(),
      "change every scenario compared (as for 'ripple run'): KEY=VALUE, repeatable")(
      "quiet,q", "print nothing but errors")("help,h", "print this help and exit");
  po::options_description hidden;
  hidden.add_options()("SCENARIO", po::value<std::vector<std::string>>(), "");
  po::positional_options_description order;
  order.add("SCENARIO", -1);
  po::options_description all;
  all.add(options).add(hidden);
  try {
    po::store(po::command_line_parser(args).options(all).positional(order).run(), values);
    if (values.count("help")) {
      std::cout << "usage: " << kUsage << "\n\n" << options;
      return false;
    }
    po::notify(values);
  } catch (const po::error& error) {
    throw UsageError{error.what()};
  }
  if (!values.count("SCENARIO") || values["SCENARIO"].as<std::vector<std::string>>().size() < 2) {
    throw UsageError{"compare needs at least two scenario files"};
  }
  return true;
}

// The scenario id `baseline` names: a file given (by path) or an id.
std::string BaselineId(const std::string& baseline, const std::vector<std::string>& files,
                       const std::vector<ComparedOption>& options) {
  namespace fs = std::filesystem;
  for (size_t i = 0; i < files.size(); ++i) {
    std::error_code error;
    if (files[i] == baseline || fs::equivalent(files[i], baseline, error)) return options[i].id;
  }
  return baseline;
}

}  // namespace

int CompareCommand(const Args& args) {
  po::variables_map values;
  if (!ParseCompareArgs(args, values)) return 0;
  const auto files = values["SCENARIO"].as<std::vector<std::string>>();
  std::vector<Override> overrides;
  if (values.count("set")) {
    for (const auto& text : values["set"].as<std::vector<std::string>>())
      overrides.push_back(ParseOverride(text));
  }
  const CompareReportOptions report_options{LangFlag(values), CsvDialectFlag(values)};
  const std::string out = values["out"].as<std::string>();
  const std::optional<int> price_year = values.count("price-year")
                                            ? std::optional<int>(values["price-year"].as<int>())
                                            : std::nullopt;
  // Under mpirun or srun every rank runs its share of the options and rank 0
  // writes; the other ranks print nothing and exit 0 (errors are agreed, and
  // rank 0 reports them), as in `ripple sensitivity`.
  const std::unique_ptr<ProcessGroup> group = JoinProcessGroup();
  const bool worker = group->rank() != 0;
  std::vector<ComparedOption> options;
  try {
    RunAgreed(*group, [&] { CheckOutputFolder(out, ReportKind::kCompare); });
    options = RunCompareOptions({files, overrides, price_year, group.get()});
  } catch (const Error&) {
    if (worker) return 0;
    throw;
  }
  if (worker) return 0;
  const std::string baseline =
      values.count("baseline") ? BaselineId(values["baseline"].as<std::string>(), files, options)
                               : "";
  const Comparison comparison =
      CompareOptions(std::move(options), baseline, values.count("allow-mixed") > 0);
  WriteCompareReports(comparison, report_options, out);
  if (!values.count("quiet")) {
    std::cout << "compared " << files.size() << " scenarios against '" << comparison.baseline
              << "': " << out << "/compare.csv, " << out << "/compare.md, " << out
              << "/compare.html\n";
  }
  return 0;
}

}  // namespace ripple::cli
