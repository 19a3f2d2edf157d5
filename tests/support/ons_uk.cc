#include "support/ons_uk.h"

#include "support/published_table.h"

namespace ripple::testing {
namespace {

void FillInfo(ModelInfo& info) {
  info.id = "ons-uk-2010-test";
  info.title = "UK Input-Output Analytical Tables 2010, 127 products (test build)";
  info.region = "United Kingdom";
  info.year = 2010;
  info.currency = "GBP";
  info.monetary_unit = "million GBP";
  info.price_basis = "basic prices, current prices of 2010";
  info.table_type = "product-by-product, domestic use";
  info.source = "Source: Office for National Statistics";
  info.licence = "Open Government Licence v3.0";
}

// The rows of `keys` in `columns`, one matrix row per key.
Matrix Block(const PublishedTable& table, const std::vector<std::string>& keys,
             const std::vector<size_t>& columns) {
  Matrix block(static_cast<Eigen::Index>(keys.size()), static_cast<Eigen::Index>(columns.size()));
  for (size_t i = 0; i < keys.size(); ++i) {
    block.row(static_cast<Eigen::Index>(i)) = table.Values(keys[i], columns).transpose();
  }
  return block;
}

}  // namespace

Model BuildOnsUk2010Model(const std::string& folder) {
  const PublishedTable table(folder + "/uk_2010_siot_domestic_basic_pxp.csv", 0);
  const std::vector<std::string>& header = table.csv().header;
  const size_t total_intermediate = table.Column("Total intermediate demand");
  const size_t total_demand = table.Column("Total demand");
  Model model;
  FillInfo(model.info);
  model.sectors.assign(header.begin() + 2, header.begin() + static_cast<long>(total_intermediate));
  const std::vector<size_t> sector_columns = table.Columns(model.sectors);
  for (const auto& code : model.sectors) model.sector_names.push_back(table.Row(code).fields[1]);
  model.transactions = Block(table, model.sectors, sector_columns);
  model.output = table.Values("Total output", sector_columns);

  std::vector<size_t> final_columns;
  for (size_t c = total_intermediate + 1; c < total_demand; ++c) {
    final_columns.push_back(c);
    model.final_demand_columns.push_back(SnakeCase(header[c]));
  }
  model.final_demand = Block(table, model.sectors, final_columns);

  auto satellite = [&](const std::string& name, const std::string& row) {
    return Satellite{name, "million GBP", table.Values(row, sector_columns)};
  };
  model.satellites.push_back(satellite("compensation", "Compensation of employees"));
  model.satellites.push_back(satellite("gross_operating_surplus", "Gross Operating Surplus"));
  model.satellites.push_back(satellite("production_taxes", "Taxes less subsidies on production"));
  model.satellites.push_back(Satellite{
      "gva", "million GBP",
      model.satellites[0].values + model.satellites[1].values + model.satellites[2].values});
  return model;
}

Matrix ReadOnsProductMatrix(const std::string& path, const std::vector<std::string>& codes) {
  const PublishedTable table(path, 0);
  return Block(table, codes, table.Columns(codes));
}

Vector ReadOnsRow(const std::string& path, const std::string& row,
                  const std::vector<std::string>& codes) {
  const PublishedTable table(path, 0);
  return table.Values(row, table.Columns(codes));
}

OnsPublishedMultipliers ReadOnsPublishedMultipliers(const std::string& path,
                                                    const std::vector<std::string>& labels) {
  const PublishedTable table(path, 0);
  const Matrix values =
      Block(table, labels,
            table.Columns({"Output multiplier", "Employment cost multiplier",
                           "Employment cost effects", "GVA multiplier", "GVA effects"}));
  return {values.col(0), values.col(1), values.col(2), values.col(3), values.col(4)};
}

}  // namespace ripple::testing
