// N ranks of a ProcessGroup (distributed.h) as N threads of the test process,
// so that collective code (RunMonteCarlo's gathers) can be tested without
// mpirun. Every rank must make the same calls in the same order, as with MPI.
// Rank 0 records the largest number of doubles one GatherToRoot gave it.
#pragma once

#include <barrier>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ripple/analysis/distributed.h"

namespace ripple::testing {

class ThreadRanks {
 public:
  explicit ThreadRanks(int size);
  const ProcessGroup& Rank(int rank) const { return *ranks_[static_cast<size_t>(rank)]; }
  int size() const { return size_; }
  size_t largest_gather() const { return largest_gather_; }

 private:
  class Member;
  int size_;
  mutable std::barrier<> barrier_;
  mutable std::vector<std::vector<double>> numbers_;
  mutable std::vector<std::string> texts_;
  mutable std::vector<uint64_t> integers_;
  mutable size_t largest_gather_ = 0;
  std::vector<std::unique_ptr<ProcessGroup>> ranks_;
};

}  // namespace ripple::testing
