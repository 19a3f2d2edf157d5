#include "support/published_table.h"

#include <cctype>

#include "ripple/base/error.h"

namespace ripple::testing {

PublishedTable::PublishedTable(const std::string& path, size_t key_column)
    : table_(ReadCsvFile(path)), key_column_(key_column) {
  for (size_t r = 0; r < table_.rows.size(); ++r) {
    const CsvRow& row = table_.rows[r];
    if (row.fields.size() > key_column_) rows_.emplace(row.fields[key_column_], r);
  }
}

const CsvRow& PublishedTable::Row(const std::string& key) const {
  const auto it = rows_.find(key);
  if (it == rows_.end()) {
    const std::string field = table_.header.size() > key_column_ ? table_.header[key_column_] : "";
    throw Error(ErrorKind::kBadInput,
                Located(table_.source, 0, 0, field, "row '" + key + "' not found"));
  }
  return table_.rows[it->second];
}

size_t PublishedTable::Column(const std::string& name) const {
  const int column = table_.ColumnIndex(name);
  if (column < 0) {
    throw Error(ErrorKind::kBadInput, Located(table_.source, table_.header_line, 0, "header",
                                              "column '" + name + "' not found"));
  }
  return static_cast<size_t>(column);
}

std::vector<size_t> PublishedTable::Columns(const std::vector<std::string>& names) const {
  std::vector<size_t> columns;
  for (const auto& name : names) columns.push_back(Column(name));
  return columns;
}

Vector PublishedTable::Values(const CsvRow& row, const std::vector<size_t>& columns) const {
  Vector values(static_cast<Eigen::Index>(columns.size()));
  for (size_t j = 0; j < columns.size(); ++j) {
    const size_t column = columns[j];
    const std::string text = column < row.fields.size() ? row.fields[column] : "";
    double value = 0;
    if (!ParseDouble(text, value)) {
      throw Error(
          ErrorKind::kBadInput,
          Located(table_.source, row.line, static_cast<int>(column + 1),
                  "row '" + row.fields[key_column_] + "', column '" + table_.header[column] + "'",
                  "'" + text + "' is not a number"));
    }
    values(static_cast<Eigen::Index>(j)) = value;
  }
  return values;
}

std::string SnakeCase(const std::string& label) {
  std::string out;
  for (char c : label) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!out.empty() && out.back() != '_') {
      out += '_';
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

}  // namespace ripple::testing
