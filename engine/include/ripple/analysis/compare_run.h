// Running the options of `ripple compare`, in one process or split over the
// ranks of a distributed run (distributed.h: `mpirun -n N ripple compare`).
//
// Each rank prepares and runs a contiguous share of the files (RankShare, in
// the order given) and reduces each run to its ComparedOption (compare.h);
// rank 0 receives every option, in file order. The options, so the reports,
// are the same bytes whatever the number of ranks: a run does not depend on
// the process it ran in, and options travel as CBOR (nlohmann-json), whose
// numbers read back to the same doubles and whose strings are bytes as given.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ripple/analysis/compare.h"
#include "ripple/analysis/distributed.h"
#include "ripple/scenario/overrides.h"

namespace ripple {

struct CompareRunOptions {
  std::vector<std::string> files;       // scenario files, in the order of the comparison
  std::vector<Override> overrides;      // --set, applied to every file
  std::optional<int> price_year;        // --price-year: every option restated in it (compare.h)
  const ProcessGroup* group = nullptr;  // nullptr: this process alone
};

// Every option on rank 0 (an empty list on the other ranks), each run as
// RunComparedOptions runs it (compare.h: price years restated or checked).
// Collective. Errors are agreed: every rank throws the error of the first
// failing file in the order given, the one a single process stops at.
std::vector<ComparedOption> RunCompareOptions(const CompareRunOptions& options);

// Options as bytes (CBOR), and back (exact doubles, strings byte for byte).
// Throws Error(kInternal) on bytes that are not a list of options.
std::string ComparedOptionsToBytes(const std::vector<ComparedOption>& options);
std::vector<ComparedOption> ComparedOptionsFromBytes(const std::string& bytes);

}  // namespace ripple
