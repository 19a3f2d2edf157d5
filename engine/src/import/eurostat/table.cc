// Extraction of the A*64 symmetric table from a naio_10_cp1700 cube, and its
// balance checks.
//
// Identities checked per product (all in the table's currency, basic prices):
//   row (DOM):    sum_j Z_ij + sum_k F_ik = P1_i     uses of the domestic product = output
//   row (TOTAL, IMP): sum_j Z_ij + sum_k F_ik = TU_i (total use published by Eurostat)
//   column (DOM): sum_i Z_ij + IMP_j + D21X31_j + B1G_j = P1_j
//   column (TOTAL): sum_i Z_ij + D21X31_j + B1G_j = P1_j
// Eurostat rounds each figure to its last published digit (unit u, e.g. 0.01),
// so an identity of k published terms plus its total can be off by at most
// u/2 * (k + 1) through rounding alone: beyond that a warning, beyond 1% of
// the total an error (the table is not a usable symmetric table).
#include <cmath>

#include "import/eurostat/eurostat_internal.h"
#include "ripple/base/csv.h"
#include "ripple/base/error.h"

namespace ripple::eurostat {
namespace {

struct Axes {
  std::string row, column;  // prd_ava / prd_use (older files: prod_na / induse)
};

Axes FindAxes(const StatCube& cube) {
  Axes axes;
  axes.row = cube.DimensionIndex("prd_ava") >= 0 ? "prd_ava" : "prod_na";
  axes.column = cube.DimensionIndex("prd_use") >= 0 ? "prd_use" : "induse";
  for (const std::string& id : {std::string("stk_flow"), axes.row, axes.column}) {
    if (cube.DimensionIndex(id) < 0) {
      throw Error(
          ErrorKind::kBadInput,
          Located(cube.source, 0, 0, "",
                  "no dimension '" + id +
                      "': expected naio_10_cp1700 (dimensions stk_flow, prd_use, prd_ava)"));
    }
  }
  cube.RequireSingleCodes({"stk_flow", axes.row, axes.column});
  return axes;
}

class Reader {
 public:
  Reader(const StatCube& cube, Problems& problems)
      : cube_(cube), axes_(FindAxes(cube)), problems_(problems) {}
  const std::string& row_axis() const { return axes_.row; }
  const std::string& column_axis() const { return axes_.column; }

  const StatCell* Cell(const std::string& flow, const std::string& row,
                       const std::string& column) const {
    const StatCell* cell =
        cube_.Find({{"stk_flow", flow}, {axes_.row, row}, {axes_.column, column}});
    return cell && cell->has_value ? cell : nullptr;
  }
  // The value, or 0 and a problem naming the cell.
  double Required(const std::string& flow, const std::string& row, const std::string& column) {
    if (const StatCell* cell = Cell(flow, row, column)) return Use(cell->value);
    const StatCell* listed =
        cube_.Find({{"stk_flow", flow}, {axes_.row, row}, {axes_.column, column}});
    std::string why = listed ? "no value" : "not in the file";
    if (listed && !listed->status.empty()) why += " (status '" + listed->status + "')";
    problems_.Add(Located(cube_.source, listed ? listed->line : 0, 0,
                          "stk_flow '" + flow + "', " + axes_.row + " '" + row + "', " +
                              axes_.column + " '" + column + "'",
                          why + " (rule: every cell of the A*64 table is required)"));
    return 0;
  }
  double Use(double value) {
    used_.push_back(value);
    return value;
  }
  double RoundingUnit() const { return eurostat::RoundingUnit(used_); }
  const StatCube& cube() const { return cube_; }

 private:
  const StatCube& cube_;
  Axes axes_;
  Problems& problems_;
  std::vector<double> used_;
};

void RequireProducts(const StatCube& cube, const Reader& reader, Problems& problems) {
  for (const std::string& axis : {reader.row_axis(), reader.column_axis()}) {
    const StatDimension& dimension = cube.dimensions[cube.DimensionIndex(axis)];
    for (const A64Product& product : A64Products()) {
      if (dimension.Index(product.cpa) >= 0) continue;
      problems.Add(
          Located(cube.source, 0, 0, axis,
                  "product '" + product.cpa + "' not in the file (rule: the 65 A*64 products)"));
    }
  }
}

// Whether any product has a value in `column` of block `flow`.
bool ColumnPublished(const Reader& reader, const std::string& flow, const std::string& column) {
  for (const A64Product& product : A64Products()) {
    if (reader.Cell(flow, product.cpa, column)) return true;
  }
  return false;
}

std::vector<std::string> FinalUseColumns(const Reader& reader, const std::string& flow,
                                         std::vector<std::string>& warnings) {
  std::vector<std::string> columns;
  const bool inventories =
      ColumnPublished(reader, flow, "P52") || ColumnPublished(reader, flow, "P53");
  for (const char* code : {"P3_S13", "P3_S14", "P3_S15", "P51G", "P52", "P53", "P6"}) {
    std::string column = code;
    if (!inventories && (column == "P52" || column == "P53")) {
      if (column == "P53") continue;
      column = "P5M";  // changes in inventories and valuables, published as one column
    }
    if (ColumnPublished(reader, flow, column)) {
      columns.push_back(column);
    } else {
      warnings.push_back("final use " + column + " has no figure in stk_flow " + flow +
                         ": left out");
    }
  }
  return columns;
}

struct PrimaryRow {
  const char* code;
  const char* satellite;
  bool required;
};
const PrimaryRow kPrimaryRows[] = {
    {"D1", "compensation", true},
    {"B1G", "value_added", true},
    {"D21X31", "taxes_less_subsidies_on_products", true},
    {"D29X39", "other_taxes_less_subsidies_on_production", false},
    {"B2A3G", "gross_operating_surplus_mixed_income", false},
    {"IMP", "imported_inputs", false},
};

// A primary-input row. These are not split by origin: Eurostat publishes them
// under TOTAL and DOM, so they are read from the selected block, else TOTAL.
bool ReadPrimaryRow(Reader& reader, const std::string& flow, const std::string& code, Vector& row) {
  const auto& products = A64Products();
  row = Vector::Zero(products.size());
  bool any = false;
  for (size_t j = 0; j < products.size(); ++j) {
    any = any || reader.Cell(flow, code, products[j].cpa) ||
          reader.Cell("TOTAL", code, products[j].cpa);
  }
  if (!any) return false;
  for (size_t j = 0; j < products.size(); ++j) {
    const bool in_block = reader.Cell(flow, code, products[j].cpa) != nullptr;
    row(j) = reader.Required(in_block ? flow : "TOTAL", code, products[j].cpa);
  }
  return true;
}

void CheckIdentity(const std::string& what, double sum, double target, size_t terms, double unit,
                   const std::string& source, Problems& problems,
                   std::vector<std::string>& warnings) {
  const double bound = 0.5 * unit * static_cast<double>(terms + 1);
  const double diff = sum - target;
  if (std::abs(diff) <= bound) return;
  const std::string message = what + ": " + FormatNumber(sum) + " against " + FormatNumber(target) +
                              ", off by " + FormatNumber(diff, 6) + " (rounding bound " +
                              FormatNumber(bound, 3) + ")";
  if (std::abs(diff) > 0.01 * std::abs(target)) {
    problems.Add(
        Located(source, 0, 0, "", message + " (rule: a symmetric table balances within 1%)"));
  } else {
    warnings.push_back(message);
  }
}

const Vector& Row(const IoTable& io, const std::string& satellite) {
  for (const Satellite& row : io.primary_inputs) {
    if (row.name == satellite) return row.values;
  }
  throw Error(ErrorKind::kInternal, "primary input '" + satellite + "' not read");
}

void CheckBalances(Reader& reader, const IoTable& io, const std::string& flow,
                   const Vector* imports, Problems& problems, std::vector<std::string>& warnings) {
  const auto& products = A64Products();
  const size_t n = products.size();
  const double unit = reader.RoundingUnit();
  const Vector& taxes = Row(io, "taxes_less_subsidies_on_products");
  const Vector& value_added = Row(io, "value_added");
  for (size_t i = 0; i < n; ++i) {
    const double uses = io.transactions.row(i).sum() + io.final_demand.row(i).sum();
    const StatCell* total_use = reader.Cell(flow, products[i].cpa, "TU");
    const bool domestic = flow == "DOM";
    if (!domestic && total_use == nullptr) continue;
    CheckIdentity(
        "row " + products[i].code + (domestic ? " (uses against output P1)" : " (uses against TU)"),
        uses, domestic ? io.output(i) : total_use->value, n + io.final_demand_columns.size(), unit,
        reader.cube().source, problems, warnings);
  }
  if (flow == "IMP") return;
  for (size_t j = 0; j < n; ++j) {
    double inputs = io.transactions.col(j).sum() + taxes(j) + value_added(j);
    if (imports) inputs += (*imports)(j);
    CheckIdentity("column " + products[j].code + " (inputs + taxes on products + value added" +
                      (imports ? " + imported inputs" : "") + " against output P1)",
                  inputs, io.output(j), n + (imports ? 3 : 2), unit, reader.cube().source, problems,
                  warnings);
  }
}

}  // namespace

IoTable ExtractIoTable(const StatCube& cube, EurostatFlow flow_kind,
                       const std::string& monetary_unit, std::vector<std::string>& warnings) {
  Problems problems;
  Reader reader(cube, problems);
  const std::string flow = ToString(flow_kind);
  const StatDimension& flows = cube.dimensions[cube.DimensionIndex("stk_flow")];
  if (flows.Index(flow) < 0) {
    throw Error(ErrorKind::kBadInput,
                Located(cube.source, 0, 0, "stk_flow", NotInFile(flow, flows.codes)));
  }
  RequireProducts(cube, reader, problems);
  problems.ThrowIfAny();
  const auto& products = A64Products();
  const size_t n = products.size();
  IoTable io;
  io.transactions = Matrix::Zero(n, n);
  io.output = Vector::Zero(n);
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < n; ++j) {
      io.transactions(i, j) = reader.Required(flow, products[i].cpa, products[j].cpa);
    }
  }
  for (size_t j = 0; j < n; ++j) {
    const bool in_block = reader.Cell(flow, "P1", products[j].cpa) != nullptr;
    io.output(j) = reader.Required(in_block ? flow : "TOTAL", "P1", products[j].cpa);
  }
  io.final_demand_columns = FinalUseColumns(reader, flow, warnings);
  io.final_demand = Matrix::Zero(n, io.final_demand_columns.size());
  for (size_t i = 0; i < n; ++i) {
    for (size_t k = 0; k < io.final_demand_columns.size(); ++k) {
      io.final_demand(i, k) = reader.Required(flow, products[i].cpa, io.final_demand_columns[k]);
    }
  }
  Vector imports;
  bool has_imports = false;
  for (const PrimaryRow& row : kPrimaryRows) {
    const std::string code = row.code;
    if (code == "IMP" && flow != "DOM") continue;  // imported inputs are a DOM-table row
    const bool required = row.required || code == "IMP";
    Vector values;
    if (ReadPrimaryRow(reader, flow, code, values)) {
      if (code == "IMP") {
        imports = values;
        has_imports = true;
      }
      io.primary_inputs.push_back({row.satellite, monetary_unit, values});
    } else if (required) {
      problems.Add(Located(cube.source, 0, 0, reader.row_axis(),
                           "row '" + code + "' not in the file (rule: needed for " + row.satellite +
                               " and the balance checks)"));
    } else {
      warnings.push_back("row " + code + " not in the file: no " + row.satellite + " satellite");
    }
  }
  problems.ThrowIfAny();
  CheckBalances(reader, io, flow, has_imports ? &imports : nullptr, problems, warnings);
  problems.ThrowIfAny();
  const int geo = cube.DimensionIndex("geo");
  if (geo >= 0 && !cube.dimensions[geo].labels.empty()) io.region = cube.dimensions[geo].labels[0];
  return io;
}

}  // namespace ripple::eurostat
