// Regional sourcing files of a regional package (ripple/model/model.h):
// rpc.csv (regional purchase coefficients) and location_quotients.csv (SLQ).
#include <algorithm>
#include <cmath>
#include <map>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/model/model.h"

namespace ripple {
namespace {

std::string At(const CsvTable& table, int line) {
  return table.source + ":" + std::to_string(line);
}

// Value of one cell, checked finite and within [low, high].
bool Cell(const CsvTable& table, const CsvRow& row, size_t column, double low, double high,
          double& value, Problems& problems) {
  const std::string& text = column < row.fields.size() ? row.fields[column] : std::string();
  const std::string name = column < table.header.size() ? table.header[column] : "?";
  if (!ParseDouble(text, value) || !std::isfinite(value) || value < low || value > high) {
    problems.Add(At(table, row.line) + ": row '" + row.fields[0] + "', column '" + name +
                 "': value '" + text + "' must be a number within [" + FormatNumber(low) + ", " +
                 (std::isinf(high) ? std::string("inf") : FormatNumber(high)) + "]");
    return false;
  }
  return true;
}

// Row index in the model of each row of `table`; problems for unknown or
// missing sectors.
std::vector<int> RowSectors(const CsvTable& table, const Model& model, Problems& problems) {
  std::vector<int> rows;
  std::vector<bool> seen(model.sectors.size(), false);
  for (const CsvRow& row : table.rows) {
    const int i = row.fields.empty() ? -1 : model.SectorIndex(row.fields[0]);
    if (i < 0 || seen[static_cast<size_t>(i)]) {
      problems.Add(At(table, row.line) + ": row '" + (row.fields.empty() ? "" : row.fields[0]) +
                   "' is " + (i < 0 ? "not a sector of the model" : "given twice"));
    } else {
      seen[static_cast<size_t>(i)] = true;
    }
    rows.push_back(i);
  }
  for (size_t i = 0; i < seen.size(); ++i) {
    if (!seen[i]) problems.Add(table.source + ": no row for sector '" + model.sectors[i] + "'");
  }
  return rows;
}

void ParseRpc(const CsvTable& table, Model& model, Problems& problems) {
  const auto n = static_cast<Eigen::Index>(model.sectors.size());
  std::vector<int> columns;
  for (size_t c = 1; c < table.header.size(); ++c)
    columns.push_back(model.SectorIndex(table.header[c]));
  if (table.header.size() != model.sectors.size() + 1 ||
      std::count(columns.begin(), columns.end(), -1) > 0) {
    problems.Add(At(table, table.header_line) +
                 ": header must be 'sector' then each sector of the model once");
    return;
  }
  const std::vector<int> rows = RowSectors(table, model, problems);
  Matrix rpc = Matrix::Zero(n, n);
  for (size_t r = 0; r < table.rows.size(); ++r) {
    if (rows[r] < 0) continue;
    for (size_t c = 0; c < columns.size(); ++c) {
      double value = 0;
      if (Cell(table, table.rows[r], c + 1, 0, 1, value, problems))
        rpc(rows[r], columns[c]) = value;
    }
  }
  model.regional.purchase_coefficients = rpc;
}

void ParseQuotients(const CsvTable& table, Model& model, Problems& problems) {
  const int slq = table.ColumnIndex("slq");
  if (slq < 0 || table.ColumnIndex("sector") != 0) {
    problems.Add(At(table, table.header_line) + ": header must start with 'sector' and have 'slq'");
    return;
  }
  const std::vector<int> rows = RowSectors(table, model, problems);
  Vector supply = Vector::Ones(static_cast<Eigen::Index>(model.sectors.size()));
  for (size_t r = 0; r < table.rows.size(); ++r) {
    double value = 0;
    if (rows[r] >= 0 &&
        Cell(table, table.rows[r], static_cast<size_t>(slq), 0, INFINITY, value, problems)) {
      supply(rows[r]) = std::min(value, 1.0);
    }
  }
  model.regional.supply_share = supply;
}

}  // namespace

void ParseRegionalSourcing(const ModelSources& sources, Model& model, Problems& problems) {
  if (!sources.rpc_name.empty())
    ParseRpc(ParseCsv(sources.rpc_text, sources.rpc_name), model, problems);
  if (!sources.quotients_name.empty()) {
    ParseQuotients(ParseCsv(sources.quotients_text, sources.quotients_name), model, problems);
  }
}

}  // namespace ripple
