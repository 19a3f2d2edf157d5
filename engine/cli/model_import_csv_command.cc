// ripple model import csv FOLDER --id ID --out MODEL_DIR [...]
#include <spdlog/spdlog.h>

#include "commands.h"
#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/base/staged_directory.h"
#include "ripple/import/import_csv.h"
#include "ripple/model/model.h"

namespace po = boost::program_options;

namespace ripple::cli {

int ModelImportCsvCommand(const Args& args) {
  CsvImportOptions import;
  ModelInfo& info = import.info;
  std::string out, income_total;
  po::options_description options("options");
  options.add_options()("id", po::value(&import.id)->required(), "model id (required)")(
      "out", po::value(&out)->required(), "model package folder to write (required)")(
      "household-consumption", po::value(&import.household_consumption),
      "final-demand column of household consumption (enables Type II)")(
      "household-income", po::value(&import.household_income)->default_value("compensation"),
      "satellite giving household income per sector")(
      "household-income-total", po::value(&income_total),
      "Type II denominator in the monetary unit (default: total of the income satellite)")(
      "title", po::value(&info.title), "model title")("region", po::value(&info.region),
                                                      "region the table describes")(
      "year", po::value(&info.year)->required(),
      "reference year of the table, e.g. 2021 (required: amounts are moved from its prices)")(
      "currency", po::value(&info.currency)->default_value("EUR"), "currency code")(
      "monetary-unit", po::value(&info.monetary_unit)->default_value("million EUR"),
      "unit of the monetary tables")("price-basis", po::value(&info.price_basis),
                                     "e.g. 'basic prices, current prices'")(
      "source", po::value(&info.source), "original publisher and dataset")(
      "licence", po::value(&info.licence), "licence of the data");
  po::variables_map values;
  if (!ParseArgs(args, "ripple model import csv FOLDER --id ID --out MODEL_DIR [options]", options,
                 {"FOLDER"}, values)) {
    return 0;
  }
  if (!income_total.empty()) {
    double total = 0;
    if (!ParseDouble(income_total, total)) {
      throw Error(ErrorKind::kBadInput,
                  "--household-income-total: '" + income_total + "' is not a number");
    }
    import.household_income_total = total;
  }
  const std::string folder = values["FOLDER"].as<std::string>();
  CheckOutputFolder(out, ReportKind::kModel);
  Model model = ImportCsvFolder(folder, import);
  model.info.provenance.emplace_back("built_by",
                                     "ripple model import csv " + folder + " --id " + import.id);
  StagedDirectory staged(out, ReportKind::kModel);
  WriteModelPackage(model, staged.PathOf(""));
  staged.Commit();
  spdlog::info("wrote model package '{}' to {} ({} sectors, {} satellites)", model.info.id, out,
               model.sectors.size(), model.satellites.size());
  return 0;
}

}  // namespace ripple::cli
