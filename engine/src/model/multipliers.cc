#include "ripple/model/multipliers.h"

#include <ostream>
#include <sstream>

#include "ripple/base/csv.h"
#include "ripple/base/staged_directory.h"

namespace ripple {
namespace {

Vector Ratio(const Vector& effect, const Vector& direct) {
  Vector ratio = Vector::Zero(effect.size());
  for (Eigen::Index j = 0; j < effect.size(); ++j) {
    if (direct(j) != 0) ratio(j) = effect(j) / direct(j);
  }
  return ratio;
}

}  // namespace

MultiplierTable ComputeMultipliers(const LeontiefModel& model, const std::string& monetary_unit) {
  MultiplierTable table;
  table.sectors = model.sectors();
  table.monetary_unit = monetary_unit;
  table.has_type2 = model.has_type2();
  const Vector ones = Vector::Ones(static_cast<Eigen::Index>(model.size()));
  table.output_type1 = model.WeightedColumnSumsTypeI(ones);
  if (table.has_type2) table.output_type2 = model.WeightedColumnSumsTypeII(ones);
  for (size_t s = 0; s < model.satellite_count(); ++s) {
    SatelliteMultipliers m;
    m.name = model.satellite_name(s);
    m.unit = model.satellite_unit(s);
    m.direct = model.satellite_coefficients(s);
    m.effect_type1 = model.WeightedColumnSumsTypeI(m.direct);
    m.multiplier_type1 = Ratio(m.effect_type1, m.direct);
    if (table.has_type2) {
      m.effect_type2 = model.WeightedColumnSumsTypeII(m.direct);
      m.multiplier_type2 = Ratio(m.effect_type2, m.direct);
    }
    table.satellites.push_back(std::move(m));
  }
  return table;
}

void WriteMultipliersCsv(const MultiplierTable& table, std::ostream& out, CsvDialect dialect,
                         const std::vector<std::string>* labels) {
  std::vector<std::string> numeric = {"output_type1", "output_type2"};
  for (const auto& s : table.satellites) {
    for (const char* suffix :
         {"_direct", "_effect_type1", "_effect_type2", "_multiplier_type1", "_multiplier_type2"}) {
      numeric.push_back(s.name + suffix);
    }
  }
  std::vector<std::string> header = {"sector"};
  if (labels != nullptr) header.push_back("sector_label");
  header.insert(header.end(), numeric.begin(), numeric.end());
  CsvWriter csv(out, dialect, header, numeric);
  auto type2 = [&](const Vector& v, size_t j) {
    return table.has_type2 ? FormatNumber(v(j)) : std::string();
  };
  for (size_t j = 0; j < table.sectors.size(); ++j) {
    std::vector<std::string> row = {table.sectors[j]};
    if (labels != nullptr) row.push_back(j < labels->size() ? (*labels)[j] : "");
    row.push_back(FormatNumber(table.output_type1(j)));
    row.push_back(type2(table.output_type2, j));
    for (const auto& s : table.satellites) {
      row.push_back(FormatNumber(s.direct(j)));
      row.push_back(FormatNumber(s.effect_type1(j)));
      row.push_back(type2(s.effect_type2, j));
      row.push_back(FormatNumber(s.multiplier_type1(j)));
      row.push_back(type2(s.multiplier_type2, j));
    }
    csv.Row(row);
  }
}

void WriteMultiplierUnitsCsv(const MultiplierTable& table, std::ostream& out, CsvDialect dialect) {
  const std::string per = "per " + table.monetary_unit + " of final demand";
  CsvWriter csv(out, dialect, {"column", "unit", "meaning"});
  csv.Row({"output_type1", table.monetary_unit + " " + per,
           "direct + indirect output (column sum of the Leontief inverse)"});
  csv.Row({"output_type2", table.monetary_unit + " " + per,
           "direct + indirect + induced output (households closed into the model); "
           "empty when the model has no household closure"});
  for (const auto& s : table.satellites) {
    const std::string unit = s.unit + " " + per;
    csv.Row({s.name + "_direct", s.unit + " per " + table.monetary_unit + " of output",
             "direct coefficient: " + s.name + " per unit of output of the sector"});
    csv.Row({s.name + "_effect_type1", unit, "direct + indirect " + s.name});
    csv.Row({s.name + "_effect_type2", unit, "direct + indirect + induced " + s.name});
    csv.Row({s.name + "_multiplier_type1", "ratio",
             "effect_type1 / direct (0 where the direct coefficient is 0)"});
    csv.Row({s.name + "_multiplier_type2", "ratio",
             "effect_type2 / direct (0 where the direct coefficient is 0)"});
  }
}

void WriteMultiplierReports(const MultiplierTable& table, const std::string& directory,
                            CsvDialect dialect) {
  StagedDirectory staged(directory, ReportKind::kMultipliers);
  staged.WriteWith("multipliers.csv",
                   [&](std::ostream& out) { WriteMultipliersCsv(table, out, dialect); });
  staged.WriteWith("multipliers_units.csv",
                   [&](std::ostream& out) { WriteMultiplierUnitsCsv(table, out, dialect); });
  staged.Commit();
}

}  // namespace ripple
