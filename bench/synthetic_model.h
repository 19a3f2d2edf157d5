// Reads the synthetic input-output systems written by ../shared/bench/gen_io.py
// (DIR/n{N}/Z.csv, Y.csv, x.csv, satellite.csv) into a ripple::Model, so that
// Ripple and the numpy peer benchmark the very same numbers.
//
// File shapes (first row = header, first column = label, comma-separated):
//   Z.csv n x n flows, Y.csv n x 4 final demand (HH, GOV, GFCF, EXP),
//   x.csv n x 1 gross output, satellite.csv 1 x n employment (EMP_FTE).
// The values are synthetic (see gen_io.py): they carry no currency; the model's
// monetary unit is set to "synthetic unit".
#pragma once

#include <string>

#include "ripple/model/model.h"

namespace ripple::bench {

// Loads DIR (one n{N} folder). Throws Error(kIo) when a file cannot be read and
// Error(kBadInput) "path:line: ..." when a row has the wrong number of numbers
// or a value is not a finite decimal number.
Model LoadSyntheticModel(const std::string& directory);

}  // namespace ripple::bench
