// StatCube, the wide NACE CSV reader and small helpers of the Eurostat importer.

#include <algorithm>
#include <cstdio>

#include "import/eurostat/eurostat_internal.h"
#include "ripple/base/csv.h"
#include "ripple/base/error.h"

namespace ripple {

int StatDimension::Index(std::string_view code) const {
  for (size_t i = 0; i < codes.size(); ++i) {
    if (codes[i] == code) return static_cast<int>(i);
  }
  return -1;
}

int StatCube::DimensionIndex(std::string_view id) const {
  for (size_t i = 0; i < dimensions.size(); ++i) {
    if (dimensions[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

namespace {

std::string JoinKey(const std::vector<std::string>& codes) {
  std::string key;
  for (size_t i = 0; i < codes.size(); ++i) {
    if (i) key += '\x1f';
    key += codes[i];
  }
  return key;
}

}  // namespace

bool StatCube::Insert(const std::vector<std::string>& codes, StatCell cell) {
  if (codes.size() != dimensions.size()) {
    throw Error(ErrorKind::kInternal, source + ": cell with " + std::to_string(codes.size()) +
                                          " codes for " + std::to_string(dimensions.size()) +
                                          " dimensions");
  }
  return cells_.emplace(JoinKey(codes), std::move(cell)).second;
}

const StatCell* StatCube::Find(
    const std::vector<std::pair<std::string, std::string>>& where) const {
  std::vector<std::string> codes(dimensions.size());
  for (size_t d = 0; d < dimensions.size(); ++d) {
    if (!dimensions[d].codes.empty()) codes[d] = dimensions[d].codes.front();
  }
  for (const auto& [id, code] : where) {
    const int d = DimensionIndex(id);
    if (d < 0) return nullptr;
    codes[d] = code;
  }
  const auto it = cells_.find(JoinKey(codes));
  return it == cells_.end() ? nullptr : &it->second;
}

void StatCube::RequireSingleCodes(const std::vector<std::string>& except) const {
  for (const StatDimension& dimension : dimensions) {
    if (dimension.codes.size() <= 1) continue;
    if (std::find(except.begin(), except.end(), dimension.id) != except.end()) continue;
    throw Error(
        ErrorKind::kBadInput,
        Located(source, 0, 0, dimension.id,
                "the file holds " + std::to_string(dimension.codes.size()) + " codes (" +
                    eurostat::ListCodes(dimension.codes) + "); the importer needs exactly one"));
  }
}

StatCube ParseNaceCsv(std::string_view text, const std::string& source,
                      const std::string& indicator_dimension,
                      const std::vector<std::string>& indicators) {
  const CsvTable table = ParseCsv(text, source);
  const int nace_column = table.ColumnIndex("nace_r2");
  if (nace_column < 0) {
    throw Error(ErrorKind::kBadInput, Located(source, table.header_line, 0, "header",
                                              "no 'nace_r2' column (rule: one row per NACE code)"));
  }
  std::vector<int> columns;
  for (const std::string& indicator : indicators) {
    columns.push_back(table.ColumnIndex(indicator));
    if (columns.back() < 0) {
      throw Error(ErrorKind::kBadInput,
                  Located(source, table.header_line, 0, "header", "no '" + indicator + "' column"));
    }
  }
  StatCube cube;
  cube.source = source;
  cube.dimensions = {{"nace_r2", {}, {}}, {indicator_dimension, indicators, {}}};
  for (const CsvRow& row : table.rows) {
    if (row.fields.size() != table.header.size()) {
      throw Error(ErrorKind::kBadInput,
                  Located(source, row.line, 0, "",
                          "row has " + std::to_string(row.fields.size()) + " fields, header has " +
                              std::to_string(table.header.size())));
    }
    const std::string& code = row.fields[nace_column];
    if (cube.dimensions[0].Index(code) >= 0) {
      throw Error(ErrorKind::kBadInput,
                  Located(source, row.line, 0, "nace_r2", "code '" + code + "' appears twice"));
    }
    cube.dimensions[0].codes.push_back(code);
    cube.dimensions[0].labels.emplace_back();
    for (size_t k = 0; k < indicators.size(); ++k) {
      StatCell cell;
      cell.line = row.line;
      const std::string& field = row.fields[columns[k]];
      if (!field.empty() && !ParseDouble(field, cell.value)) {
        throw Error(ErrorKind::kBadInput,
                    Located(source, row.line, 0, indicators[k] + " of '" + code + "'",
                            "'" + field + "' is not a number (leave the cell empty when missing)"));
      }
      cell.has_value = !field.empty();
      cube.Insert({code, indicators[k]}, cell);
    }
  }
  return cube;
}

namespace eurostat {

std::string ListCodes(const std::vector<std::string>& codes, size_t max) {
  std::string out;
  for (size_t i = 0; i < codes.size() && i < max; ++i) out += (i ? ", " : "") + codes[i];
  if (codes.size() > max) out += ", ... (" + std::to_string(codes.size()) + " in all)";
  return out;
}

std::string NotInFile(const std::string& code, const std::vector<std::string>& available) {
  constexpr size_t kShown = 12;
  std::string message =
      "'" + code + "' not in the file (available: " + ListCodes(available, kShown) + ")";
  // Suggest only when the list above is cut: short codes (FR, DE) are all near each other.
  const std::string guess = available.size() > kShown ? ClosestMatch(code, available) : "";
  if (!guess.empty()) message += " (did you mean '" + guess + "'?)";
  return message;
}

bool LooksLikeJson(std::string_view text) {
  const size_t first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  return first != std::string_view::npos && text[first] == '{';
}

StatCube ParseStatText(std::string_view text, const std::string& source,
                       const std::vector<StatFilter>& filters,
                       const std::string& indicator_dimension,
                       const std::vector<std::string>& indicators) {
  if (LooksLikeJson(text)) return ParseJsonStat(text, source, filters);
  const std::string_view header = text.substr(0, text.find('\n'));
  const std::string_view first_cell = header.substr(0, header.find('\t'));
  const bool tsv = first_cell.size() < header.size() &&
                   first_cell.find_first_of("\\/") != std::string_view::npos;
  if (tsv) return ParseEurostatTsv(text, source, filters);
  return ParseNaceCsv(text, source, indicator_dimension, indicators);
}

double RoundingUnit(const std::vector<double>& values) {
  int decimals = 0;
  for (double value : values) {
    const std::string text = FormatNumber(value, 15);
    const size_t dot = text.find('.');
    if (dot == std::string::npos || text.find_first_of("eE") != std::string::npos) continue;
    decimals = std::max(decimals, static_cast<int>(text.size() - dot - 1));
  }
  decimals = std::min(decimals, 6);
  double unit = 1;
  for (int d = 0; d < decimals; ++d) unit /= 10;
  return unit;
}

}  // namespace eurostat
}  // namespace ripple
