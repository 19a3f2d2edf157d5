// Small readers for published statistical tables in CSV (rows keyed by a
// label column, numbers in named columns), used by the test helpers that
// build models from ../shared/data (ons_uk.h, scotgov_io.h).
//
// Every function throws Error(kBadInput) "file:line:col: field: message" when
// a row, column or number is missing.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ripple/base/csv.h"
#include "ripple/base/eigen.h"

namespace ripple::testing {

class PublishedTable {
 public:
  // Reads `path` (comma-separated) and keys its rows by column `key_column`.
  PublishedTable(const std::string& path, size_t key_column);

  const CsvTable& csv() const { return table_; }
  // The row whose key is `key`.
  const CsvRow& Row(const std::string& key) const;
  // Index of the column named `name`.
  size_t Column(const std::string& name) const;
  std::vector<size_t> Columns(const std::vector<std::string>& names) const;
  // The numbers of `row` in `columns`, in that order.
  Vector Values(const CsvRow& row, const std::vector<size_t>& columns) const;
  Vector Values(const std::string& key, const std::vector<size_t>& columns) const {
    return Values(Row(key), columns);
  }

 private:
  CsvTable table_;
  size_t key_column_;
  std::map<std::string, size_t> rows_;  // key -> index in table_.rows
};

// "Non-profit instns serving households" -> "non_profit_instns_serving_households".
std::string SnakeCase(const std::string& label);

}  // namespace ripple::testing
