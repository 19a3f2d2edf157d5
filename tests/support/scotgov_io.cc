#include "support/scotgov_io.h"

#include "ripple/base/error.h"
#include "support/published_table.h"

namespace ripple::testing {
namespace {

const std::vector<std::string> kFinalDemand = {
    "HOUSEHOLD", "NPISH",       "FD_CENGOV",      "FD_LOCGOV",   "GFCF",
    "VALUABLES", "INVENTORIES", "EXPORTS_NONRES", "EXPORTS_RUK", "EXPORTS_ROW"};

void FillInfo(ModelInfo& info, int year) {
  info.id = "scotgov-ixi-" + std::to_string(year) + "-test";
  info.title =
      "Scotland input-output table " + std::to_string(year) + ", 98 industries (test build)";
  info.region = "Scotland";
  info.year = year;
  info.currency = "GBP";
  info.monetary_unit = "million GBP";
  info.price_basis = "basic prices, current prices";
  info.table_type = "industry-by-industry, domestic use";
  info.source = "Source: Scottish Government";
  info.licence = "Open Government Licence v3.0";
}

}  // namespace

Model BuildScotlandIxiModel(const std::string& folder, int year) {
  // Rows are keyed by column 3 (ioc098_sic), which names the total rows (TOut, CoE, ...).
  const PublishedTable table(folder + "/scot_ixi_domestic_basic_" + std::to_string(year) + ".csv",
                             3);
  const CsvTable& csv = table.csv();
  Model model;
  FillInfo(model.info, year);
  for (const auto& name : csv.header) {
    if (name.rfind("IOC098_", 0) == 0) model.sectors.push_back(name);
  }
  const std::vector<size_t> sector_columns = table.Columns(model.sectors);
  const auto n = static_cast<Eigen::Index>(model.sectors.size());
  if (csv.rows.size() < model.sectors.size() || csv.rows[model.sectors.size()].fields[3] != "TDU") {
    throw Error(ErrorKind::kBadInput,
                Located(csv.source, 0, 0, "", "expected one row per IOC098 column, then 'TDU'"));
  }
  const std::vector<size_t> final_columns = table.Columns(kFinalDemand);
  model.transactions = Matrix(n, n);
  model.final_demand = Matrix(n, static_cast<Eigen::Index>(final_columns.size()));
  for (Eigen::Index i = 0; i < n; ++i) {
    const CsvRow& row = csv.rows[static_cast<size_t>(i)];
    model.sector_names.push_back(row.fields[4]);
    model.transactions.row(i) = table.Values(row, sector_columns).transpose();
    model.final_demand.row(i) = table.Values(row, final_columns).transpose();
  }
  for (const auto& name : kFinalDemand) model.final_demand_columns.push_back(SnakeCase(name));
  model.output = table.Values("TOut", sector_columns);
  const std::pair<const char*, const char*> satellites[] = {{"compensation", "CoE"},
                                                            {"gross_operating_surplus", "GOS"},
                                                            {"production_taxes", "TlSPrdn"},
                                                            {"gva", "GVA"}};
  for (const auto& [name, row] : satellites) {
    model.satellites.push_back(Satellite{name, "million GBP", table.Values(row, sector_columns)});
  }
  model.household.consumption_column = "household";
  model.household.income_satellite = "compensation";
  return model;
}

}  // namespace ripple::testing
