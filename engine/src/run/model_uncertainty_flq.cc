// Re-deriving an FLQ/AFLQ regional package for another delta from its own
// files (ripple/model_uncertainty.h): the employment of location_quotients.csv
// and the [provenance] totals give the quotients at any delta, and
// a_ij(delta) = a_ij * rpc_ij(delta) / rpc_ij(delta0).
#include <filesystem>
#include <map>
#include <optional>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/run/model_uncertainty.h"

namespace ripple {
namespace {

constexpr const char* kQuotientsFile = "location_quotients.csv";

const std::string* Provenance(const Model& model, const std::string& key) {
  for (const auto& [name, value] : model.info.provenance) {
    if (name == key) return &value;
  }
  return nullptr;
}

std::optional<LqMethod> RegionalMethod(const Model& model) {
  const std::string* name = Provenance(model, "method");
  const std::optional<LqMethod> method = name ? ParseLqMethod(*name) : std::nullopt;
  if (method == LqMethod::kFlq || method == LqMethod::kAflq) return method;
  return std::nullopt;
}

// A number of [provenance] (written as a string by ripple model regionalize).
double ProvenanceNumber(const Model& model, const std::string& toml, const std::string& key,
                        Problems& problems) {
  const std::string field = "provenance." + key;
  const std::string* text = Provenance(model, key);
  double value = 0;
  if (text == nullptr) {
    problems.Add(Located(toml, 0, 0, field, "missing (written by ripple model regionalize)"));
  } else if (!ParseDouble(*text, value)) {
    problems.Add(Located(toml, 0, 0, field, "value '" + *text + "' is not a number"));
  }
  return value;
}

struct QuotientColumns {
  int sector = -1, group = -1, region = -1, national = -1;
};

QuotientColumns FindColumns(const CsvTable& table, Problems& problems) {
  QuotientColumns columns;
  const std::pair<const char*, int*> wanted[] = {{"sector", &columns.sector},
                                                 {"employment_group", &columns.group},
                                                 {"employment_region", &columns.region},
                                                 {"employment_national", &columns.national}};
  for (const auto& [name, index] : wanted) {
    *index = table.ColumnIndex(name);
    if (*index < 0) {
      problems.Add(Located(table.source, table.header_line, 0, name, "missing column"));
    }
  }
  return columns;
}

// Employment of one row (column `column`): a number >= 0.
double EmploymentCell(const CsvTable& table, const CsvRow& row, int column, Problems& problems) {
  const std::string& name = table.header[static_cast<size_t>(column)];
  const std::string text = static_cast<size_t>(column) < row.fields.size()
                               ? row.fields[static_cast<size_t>(column)]
                               : "";
  double value = 0;
  if (!ParseDouble(text, value) || value < 0) {
    problems.Add(Located(table.source, row.line, column + 1, name,
                         "value '" + text + "' must be a number >= 0"));
    return 0;
  }
  return value;
}

// Row of each sector code; reports unknown and repeated sectors.
std::map<std::string, const CsvRow*> RowsBySector(const CsvTable& table, const Model& model,
                                                  int sector_column, Problems& problems) {
  std::map<std::string, const CsvRow*> rows;
  for (const CsvRow& row : table.rows) {
    const auto column = static_cast<size_t>(sector_column);
    const std::string code = column < row.fields.size() ? row.fields[column] : "";
    if (model.SectorIndex(code) < 0) {
      problems.Add(Located(table.source, row.line, sector_column + 1, "sector",
                           "unknown sector '" + code + "'" + DidYouMean(code, model.sectors)));
    } else if (!rows.emplace(code, &row).second) {
      problems.Add(Located(table.source, row.line, sector_column + 1, "sector",
                           "sector '" + code + "' is repeated"));
    }
  }
  return rows;
}

// E_i^r, E_i^n and the group of every sector of `model`, in model order.
void ReadSectorEmployment(const CsvTable& table, const Model& model, SectorEmployment& employment,
                          Problems& problems) {
  const size_t known_problems = problems.size();
  const QuotientColumns columns = FindColumns(table, problems);
  if (problems.size() > known_problems) return;  // a required column is missing
  const auto rows = RowsBySector(table, model, columns.sector, problems);
  const auto n = static_cast<Eigen::Index>(model.sectors.size());
  employment.region = Vector::Zero(n);
  employment.national = Vector::Zero(n);
  employment.groups.assign(model.sectors.size(), "");
  for (Eigen::Index i = 0; i < n; ++i) {
    const std::string& code = model.sectors[static_cast<size_t>(i)];
    const auto found = rows.find(code);
    if (found == rows.end()) {
      problems.Add(
          Located(table.source, 0, 0, "sector", "no row for sector '" + code + "' of the model"));
      continue;
    }
    const CsvRow& row = *found->second;
    const auto group = static_cast<size_t>(columns.group);
    employment.groups[static_cast<size_t>(i)] = group < row.fields.size() ? row.fields[group] : "";
    employment.region(i) = EmploymentCell(table, row, columns.region, problems);
    employment.national(i) = EmploymentCell(table, row, columns.national, problems);
  }
}

// The method of a basis that fits `model`; Error(kInternal) otherwise (a
// basis not made by LoadRegionalDeltaBasis for this model).
LqMethod CheckBasis(const Model& model, const RegionalDeltaBasis& basis) {
  const std::optional<LqMethod> method = ParseLqMethod(basis.method);
  if (method != LqMethod::kFlq && method != LqMethod::kAflq) {
    throw Error(ErrorKind::kInternal,
                "flq delta basis: method '" + basis.method + "' is not flq or aflq");
  }
  const Matrix& rpc0 = basis.rpc_at_delta;
  if (rpc0.rows() != model.transactions.rows() || rpc0.cols() != model.transactions.cols()) {
    throw Error(ErrorKind::kInternal, "flq delta basis: " + std::to_string(rpc0.rows()) +
                                          " sectors, model '" + model.info.id + "' has " +
                                          std::to_string(model.transactions.rows()));
  }
  return *method;
}

}  // namespace

RegionalDeltaBasis LoadRegionalDeltaBasis(const std::string& directory, const Model& model) {
  const std::optional<LqMethod> method = RegionalMethod(model);
  if (!method) {
    throw Error(ErrorKind::kBadInput,
                "model '" + model.info.id +
                    "' is not a regional FLQ/AFLQ estimate (its [provenance] has no method = "
                    "\"flq\" or \"aflq\"): flq_delta needs a package built by ripple model "
                    "regionalize --method flq");
  }
  namespace fs = std::filesystem;
  const std::string toml = model.lines.toml_file.empty()
                               ? (fs::path(directory) / "model.toml").string()
                               : model.lines.toml_file;
  RegionalDeltaBasis basis;
  basis.method = LqMethodName(*method);
  Problems problems;
  basis.delta = ProvenanceNumber(model, toml, "delta", problems);
  SectorEmployment& employment = basis.employment;
  employment.region_total = ProvenanceNumber(model, toml, "employment_region_total", problems);
  employment.national_total = ProvenanceNumber(model, toml, "employment_national_total", problems);
  const CsvTable table = ReadCsvFile((fs::path(directory) / kQuotientsFile).string());
  ReadSectorEmployment(table, model, employment, problems);
  problems.ThrowIfAny();
  // Checks delta0 in [0, 1) and the totals > 0 (Error(kBadInput)).
  basis.rpc_at_delta = ComputeLocationQuotients(employment, *method, basis.delta).rpc;
  return basis;
}

Model WithFlqDelta(const Model& model, const RegionalDeltaBasis& basis, double delta) {
  if (!(delta >= 0 && delta < 1)) {
    throw Error(ErrorKind::kBadInput,
                "flq_delta " + FormatNumber(delta) + " must be within [0, 1)");
  }
  const LqMethod method = CheckBasis(model, basis);
  const Matrix& rpc0 = basis.rpc_at_delta;
  const Matrix rpc = ComputeLocationQuotients(basis.employment, method, delta).rpc;
  Model result = model;
  Matrix& z = result.transactions;
  for (Eigen::Index j = 0; j < z.cols(); ++j) {
    for (Eigen::Index i = 0; i < z.rows(); ++i) {
      if (rpc0(i, j) <= 0) continue;
      z(i, j) *= rpc(i, j) / rpc0(i, j);
      // The package's purchase coefficients move the same way (exactly
      // unchanged at the package's own delta).
      if (result.regional.enabled())
        result.regional.purchase_coefficients(i, j) *= rpc(i, j) / rpc0(i, j);
    }
  }
  return result;
}

}  // namespace ripple
