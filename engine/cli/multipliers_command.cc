// ripple multipliers MODEL_DIR [--out DIR] [--csv-dialect standard|excel-fr] [--cache-dir DIR]
#include <spdlog/spdlog.h>

#include <filesystem>
#include <sstream>

#include "commands.h"
#include "ripple/base/staged_directory.h"
#include "ripple/model/leontief.h"
#include "ripple/model/model.h"
#include "ripple/model/model_cache.h"
#include "ripple/model/multipliers.h"

namespace po = boost::program_options;

namespace ripple::cli {

int MultipliersCommand(const Args& args) {
  po::options_description options("options");
  options.add_options()("out", po::value<std::string>(),
                        "output folder (default: reports/multipliers-<model id>)")(
      "csv-dialect", po::value<std::string>()->default_value("standard"), kCsvDialectHelp)(
      "cache-dir", po::value<std::string>(),
      "keep a binary copy of the parsed model in DIR and reuse it while the model's files are "
      "unchanged (default: $RIPPLE_CACHE_DIR; none when unset)");
  po::variables_map values;
  if (!ParseArgs(args,
                 "ripple multipliers MODEL_DIR [--out DIR] [--csv-dialect standard|excel-fr] "
                 "[--cache-dir DIR]",
                 options, {"MODEL_DIR"}, values)) {
    return 0;
  }
  const CsvDialect dialect = CsvDialectFlag(values);
  ModelCacheSettings cache;
  cache.directory = values.count("cache-dir") ? values["cache-dir"].as<std::string>()
                                              : ModelCacheDirectoryFromEnvironment();
  cache.note = [](const std::string& line) { spdlog::warn("{}", line); };
  Model model = LoadModel(values["MODEL_DIR"].as<std::string>(), cache);
  const std::string out = values.count("out") ? values["out"].as<std::string>()
                                              : "reports/multipliers-" + model.info.id;
  CheckOutputFolder(out, ReportKind::kMultipliers);
  // Z is not needed after: a large model is factored in its memory (one n x n matrix).
  const LeontiefModel leontief(model, LeontiefModel::Storage::kTakeTransactions);
  const MultiplierTable table = ComputeMultipliers(leontief, model.info.monetary_unit);
  WriteMultiplierReports(table, out, dialect);
  spdlog::info(
      "wrote {}/multipliers.csv ({} sectors, {})", out, table.sectors.size(),
      table.has_type2 ? "Type I and Type II" : "Type I only: the model has no household closure");
  return 0;
}

}  // namespace ripple::cli
