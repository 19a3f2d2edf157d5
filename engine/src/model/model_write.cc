// Writing a model package to disk (used by the importers).
#include <filesystem>
#include <sstream>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/base/file_io.h"
#include "ripple/model/model.h"

namespace ripple {
namespace {

std::string TomlString(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += c;
    }
  }
  return out + "\"";
}

std::string Exact(double value) { return FormatNumber(value, 17); }

void WriteText(const std::filesystem::path& path, const std::string& text) {
  WriteWholeFile(path.string(), text);
}

std::string ModelToml(const Model& model) {
  const ModelInfo& info = model.info;
  std::ostringstream out;
  out << "# Ripple model package. Format: models/README.md\n";
  out << "id = " << TomlString(info.id) << "\n";
  out << "title = " << TomlString(info.title) << "\n";
  out << "region = " << TomlString(info.region) << "\n";
  out << "year = " << info.year << "\n";
  out << "currency = " << TomlString(info.currency) << "\n";
  out << "monetary_unit = " << TomlString(info.monetary_unit) << "\n";
  out << "price_basis = " << TomlString(info.price_basis) << "\n";
  if (!info.classification.empty())
    out << "classification = " << TomlString(info.classification) << "\n";
  if (!info.table_type.empty()) out << "table_type = " << TomlString(info.table_type) << "\n";
  out << "source = " << TomlString(info.source) << "\n";
  if (!info.citation.empty()) out << "citation = " << TomlString(info.citation) << "\n";
  out << "licence = " << TomlString(info.licence) << "\n";
  if (!info.notes.empty()) out << "notes = " << TomlString(info.notes) << "\n";
  out << "\n[files]\ntransactions = \"transactions.csv\"\noutput = \"output.csv\"\n"
      << "final_demand = \"final_demand.csv\"\nsatellites = \"satellites.csv\"\n";
  const HouseholdClosure& h = model.household;
  if (h.enabled()) {
    out << "\n# Type II closure (see HouseholdClosure in engine/include/ripple/model.h)\n";
    out << "[household]\nconsumption = " << TomlString(h.consumption_column) << "\n";
    out << "income = " << TomlString(h.income_satellite) << "\n";
    if (h.income_total) out << "income_total = " << Exact(*h.income_total) << "\n";
    out << "local_consumption_share = " << Exact(h.local_consumption_share) << "\n";
    out << "resident_income_share = " << Exact(h.resident_income_share) << "\n";
    if (!h.imputed_rent_sector.empty())
      out << "imputed_rent_sector = " << TomlString(h.imputed_rent_sector) << "\n";
  }
  if (!info.provenance.empty()) {
    out << "\n[provenance]\n";
    for (const auto& [key, value] : info.provenance)
      out << key << " = " << TomlString(value) << "\n";
  }
  return out.str();
}

std::string TransactionsCsv(const Model& model) {
  std::ostringstream out;
  std::vector<std::string> header = {"sector"};
  header.insert(header.end(), model.sectors.begin(), model.sectors.end());
  WriteCsvLine(out, header);
  for (size_t i = 0; i < model.sectors.size(); ++i) {
    std::vector<std::string> row = {model.sectors[i]};
    for (Eigen::Index j = 0; j < model.transactions.cols(); ++j)
      row.push_back(Exact(model.transactions(i, j)));
    WriteCsvLine(out, row);
  }
  return out.str();
}

std::string OutputCsv(const Model& model) {
  std::ostringstream out;
  bool names = false;
  for (const auto& name : model.sector_names) names = names || !name.empty();
  WriteCsvLine(out, names ? std::vector<std::string>{"sector", "output", "name"}
                          : std::vector<std::string>{"sector", "output"});
  for (size_t i = 0; i < model.sectors.size(); ++i) {
    std::vector<std::string> row = {model.sectors[i], Exact(model.output(i))};
    if (names) row.push_back(model.sector_names[i]);
    WriteCsvLine(out, row);
  }
  return out.str();
}

std::string FinalDemandCsv(const Model& model) {
  std::ostringstream out;
  std::vector<std::string> header = {"sector"};
  header.insert(header.end(), model.final_demand_columns.begin(), model.final_demand_columns.end());
  WriteCsvLine(out, header);
  for (size_t i = 0; i < model.sectors.size(); ++i) {
    std::vector<std::string> row = {model.sectors[i]};
    for (Eigen::Index j = 0; j < model.final_demand.cols(); ++j)
      row.push_back(Exact(model.final_demand(i, j)));
    WriteCsvLine(out, row);
  }
  return out.str();
}

std::string SatellitesCsv(const Model& model) {
  std::ostringstream out;
  std::vector<std::string> header = {"satellite", "unit"};
  header.insert(header.end(), model.sectors.begin(), model.sectors.end());
  WriteCsvLine(out, header);
  for (const auto& satellite : model.satellites) {
    std::vector<std::string> row = {satellite.name, satellite.unit};
    for (Eigen::Index j = 0; j < satellite.values.size(); ++j)
      row.push_back(Exact(satellite.values(j)));
    WriteCsvLine(out, row);
  }
  return out.str();
}

}  // namespace

void WriteModelPackage(const Model& model, const std::string& directory) {
  namespace fs = std::filesystem;
  std::error_code error;
  fs::create_directories(directory, error);
  if (error) throw Error(ErrorKind::kIo, directory + ": cannot create folder: " + error.message());
  const fs::path dir(directory);
  WriteText(dir / "model.toml", ModelToml(model));
  WriteText(dir / "transactions.csv", TransactionsCsv(model));
  WriteText(dir / "output.csv", OutputCsv(model));
  WriteText(dir / "final_demand.csv", FinalDemandCsv(model));
  WriteText(dir / "satellites.csv", SatellitesCsv(model));
}

}  // namespace ripple
