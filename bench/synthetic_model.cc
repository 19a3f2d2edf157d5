#include "synthetic_model.h"

#include <string_view>
#include <vector>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"

namespace ripple::bench {
namespace {

// A numeric table: row labels, column labels, values row by row.
struct Table {
  std::vector<std::string> rows, columns;
  std::vector<double> values;  // row-major
};

std::vector<std::string_view> SplitComma(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == ',') {
      fields.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  }
  return fields;
}

// Streams the file line by line: the 8,000-sector Z.csv is about 0.8 GB, too
// big for a table of strings.
Table ReadNumericCsv(const std::string& path) {
  const std::string text = ReadFile(path, kMaxTableFileBytes);
  Table table;
  size_t pos = 0;
  int line_number = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    const std::vector<std::string_view> fields = SplitComma(line);
    if (line_number == 1) {
      for (size_t c = 1; c < fields.size(); ++c) table.columns.emplace_back(fields[c]);
      continue;
    }
    if (fields.size() != table.columns.size() + 1) {
      throw Error(ErrorKind::kBadInput, path + ":" + std::to_string(line_number) + ": row has " +
                                            std::to_string(fields.size() - 1) +
                                            " values, expected " +
                                            std::to_string(table.columns.size()));
    }
    table.rows.emplace_back(fields[0]);
    for (size_t c = 1; c < fields.size(); ++c) {
      double value = 0;
      if (!ParseDouble(fields[c], value)) {
        throw Error(ErrorKind::kBadInput, path + ":" + std::to_string(line_number) + ": " +
                                              table.columns[c - 1] + ": '" +
                                              std::string(fields[c]) + "' is not a number");
      }
      table.values.push_back(value);
    }
  }
  return table;
}

Matrix ToMatrix(const Table& table) {
  const auto rows = static_cast<Eigen::Index>(table.rows.size());
  const auto cols = static_cast<Eigen::Index>(table.columns.size());
  Matrix m(rows, cols);
  for (Eigen::Index i = 0; i < rows; ++i) {
    for (Eigen::Index j = 0; j < cols; ++j) m(i, j) = table.values[i * cols + j];
  }
  return m;
}

void RequireShape(const Table& table, size_t rows, size_t cols, const std::string& path) {
  if (table.rows.size() != rows || table.columns.size() != cols) {
    throw Error(ErrorKind::kBadInput, path + ": table is " + std::to_string(table.rows.size()) +
                                          " x " + std::to_string(table.columns.size()) +
                                          ", expected " + std::to_string(rows) + " x " +
                                          std::to_string(cols));
  }
}

}  // namespace

Model LoadSyntheticModel(const std::string& directory) {
  const Table z = ReadNumericCsv(directory + "/Z.csv");
  const size_t n = z.rows.size();
  RequireShape(z, n, n, directory + "/Z.csv");
  const Table y = ReadNumericCsv(directory + "/Y.csv");
  RequireShape(y, n, y.columns.size(), directory + "/Y.csv");
  const Table x = ReadNumericCsv(directory + "/x.csv");
  RequireShape(x, n, 1, directory + "/x.csv");
  const Table s = ReadNumericCsv(directory + "/satellite.csv");
  RequireShape(s, 1, n, directory + "/satellite.csv");

  Model model;
  model.info.id = "synthetic-n" + std::to_string(n);
  model.info.title = "synthetic input-output system from gen_io.py";
  model.info.monetary_unit = "synthetic unit";
  model.sectors = z.rows;
  model.sector_names.assign(n, "");
  model.transactions = ToMatrix(z);
  model.output = ToMatrix(x).col(0);
  model.final_demand_columns = y.columns;
  model.final_demand = ToMatrix(y);
  model.satellites.push_back(Satellite{"employment", "FTE", ToMatrix(s).row(0).transpose()});
  return model;
}

}  // namespace ripple::bench
