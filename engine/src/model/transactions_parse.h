// The fast path of reading transactions.csv (model_parse.cc): one pass over
// the records as views, the header mapped to sectors once, each row's numbers
// written contiguously into Z' and Z transposed once at the end.
#pragma once

#include <map>
#include <string>

#include "ripple/base/csv_scan.h"
#include "ripple/model/model.h"

namespace ripple {

// Reads a well-formed transactions table from `scanner` into `model`
// (sectors, transactions, lines.transactions*) and `index` (code -> sector),
// exactly as the full parser would. Returns false, leaving both untouched, as
// soon as the table breaks any rule (header, row labels, widths, numbers,
// squareness): the caller then reads it with the full parser, which names
// every problem in its order. Throws what `scanner` throws (syntax errors,
// which the full parser would throw first too).
bool ReadTransactionsFast(CsvScanner& scanner, Model& model, std::map<std::string, int>& index);

// Transposes a square matrix in place, in tiles that stay in cache.
void TransposeSquareInPlace(Matrix& m);

}  // namespace ripple
