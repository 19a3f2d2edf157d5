#include "model/transactions_parse.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "ripple/base/csv.h"
#include "ripple/base/huge_pages.h"
#include "ripple/base/limits.h"

namespace ripple {
namespace {

// Header "sector", then n >= 1 distinct, non-empty codes (at most kMaxSectors).
bool ReadHeader(const CsvRecord& header, std::vector<std::string>& sectors,
                std::map<std::string, int>& index) {
  const size_t columns = header.fields.size();
  if (header.fields[0] != "sector" || columns < 2 || columns > size_t{kMaxSectors} + 1)
    return false;
  for (size_t c = 1; c < columns; ++c) {
    std::string code(header.fields[c]);
    if (code.empty() || !index.emplace(code, static_cast<int>(c - 1)).second) return false;
    sectors.push_back(std::move(code));
  }
  return true;
}

// The sector of a row label: the next one in table order when rows follow it.
int RowSector(std::string_view label, size_t row, const std::vector<std::string>& sectors,
              const std::map<std::string, int>& index) {
  if (row < sectors.size() && sectors[row] == label) return static_cast<int>(row);
  const auto found = index.find(std::string(label));
  return found == index.end() ? -1 : found->second;
}

// Row `row` of Z, read into `target`, into `column` of Z' (contiguous): a row of
// plain numbers is already in `target`, read straight from the text; the fields of a
// row written otherwise are parsed here.
bool StoreRow(CsvNumbers kind, const CsvRecord& record, const double* target, size_t count,
              size_t n, double* column) {
  if (kind == CsvNumbers::kNumbers) {
    if (count != n) return false;
    if (target != column) std::copy(target, target + n, column);
    return true;
  }
  if (record.fields.size() != n + 1) return false;
  for (size_t c = 1; c <= n; ++c) {
    if (!ParseDouble(record.fields[c], column[c - 1])) return false;
  }
  return true;
}

}  // namespace

void TransposeSquareInPlace(Matrix& m) {
  constexpr Eigen::Index kTile = 32;
  const Eigen::Index n = m.rows();
  for (Eigen::Index ib = 0; ib < n; ib += kTile) {
    for (Eigen::Index jb = ib; jb < n; jb += kTile) {
      const Eigen::Index i_end = std::min(ib + kTile, n), j_end = std::min(jb + kTile, n);
      for (Eigen::Index j = jb; j < j_end; ++j) {
        for (Eigen::Index i = ib; i < std::min(i_end, j); ++i) std::swap(m(i, j), m(j, i));
      }
    }
  }
}

bool ReadTransactionsFast(CsvScanner& scanner, Model& model, std::map<std::string, int>& index) {
  CsvRecord record;
  if (!scanner.Next(record)) return false;
  std::vector<std::string> sectors;
  std::map<std::string, int> codes;
  if (!ReadHeader(record, sectors, codes)) return false;
  const size_t n = sectors.size();
  // Z' (row r of Z in column r): each row's numbers are written contiguously.
  // Not zeroed: every cell is written before success.
  Matrix transposed;
  ResizeForLargeWrite(transposed, static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
  std::vector<int> lines(n, 0);
  // Each row is read into the column of the sector that comes next in table order
  // (the usual case: no copy) while that column is still free, else into `spare`.
  std::vector<double> spare(n);
  size_t rows = 0, count = 0;
  for (;;) {
    double* target = rows < n && lines[rows] == 0 ? transposed.col(rows).data() : spare.data();
    const CsvNumbers kind = scanner.NextNumbers(record, {target, n}, count);
    if (kind == CsvNumbers::kEnd) break;
    if (rows == n) return false;
    const int s = RowSector(record.fields[0], rows++, sectors, codes);
    if (s < 0 || lines[static_cast<size_t>(s)] != 0) return false;
    lines[static_cast<size_t>(s)] = record.line;
    if (!StoreRow(kind, record, target, count, n, transposed.col(s).data())) return false;
  }
  if (rows != n) return false;
  TransposeSquareInPlace(transposed);
  model.sectors = std::move(sectors);
  index = std::move(codes);
  model.transactions = std::move(transposed);
  model.lines.transactions_file = scanner.source();
  model.lines.transactions = std::move(lines);
  return true;
}

}  // namespace ripple
