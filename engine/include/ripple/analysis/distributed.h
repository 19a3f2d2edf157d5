// The processes of one distributed run (MPI ranks started by `mpirun -n N` or
// Slurm's `srun`), behind a small interface so that only
// src/analysis/distributed_mpi.cc includes mpi.h. Without MPI (build option
// RIPPLE_WITH_MPI=OFF, or a process not started by a launcher) the group is
// the one process itself: rank 0 of 1, every operation a copy.
//
// Every operation is collective: every rank of the group calls it, in the
// same order, or the run hangs. Callers keep to that by calling them at the
// same points of a computation whose control flow does not depend on the rank.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ripple/base/error.h"

namespace ripple {

class ProcessGroup {
 public:
  virtual ~ProcessGroup() = default;
  virtual int rank() const = 0;  // [0, size)
  virtual int size() const = 0;  // >= 1
  // Rank 0 receives every rank's `mine` concatenated in rank order; the other
  // ranks receive an empty vector. Each rank may send a different count.
  virtual std::vector<double> GatherToRoot(const std::vector<double>& mine) const = 0;
  // The same for text: rank 0 receives every rank's `mine`, in rank order.
  virtual std::vector<std::string> GatherTextToRoot(const std::string& mine) const = 0;
  // The smallest `value` of all ranks, on every rank.
  virtual uint64_t MinOverRanks(uint64_t value) const = 0;
  // Rank `root`'s `text` on every rank.
  virtual void Broadcast(std::string& text, int root) const = 0;
};

// The group of one process (no MPI).
const ProcessGroup& SingleProcess();
std::unique_ptr<ProcessGroup> NewSingleProcess();

// Joins the group this process was started in: with MPI built in and a
// launcher's environment present (OMPI_COMM_WORLD_SIZE from mpirun, PMIX_RANK
// or PMI_RANK from srun), initialises MPI and returns MPI_COMM_WORLD, which is
// finalised when the returned object is destroyed (at most one at a time).
// Otherwise returns a group of one without touching MPI, so that a plain run
// pays nothing for it. Throws Error(kInternal) when MPI fails to start.
std::unique_ptr<ProcessGroup> JoinProcessGroup();

// Was the binary built with MPI (RIPPLE_WITH_MPI)?
bool BuiltWithMpi();

// The half-open range [first, last) of `count` items that rank `rank` of
// `size` takes: contiguous blocks in rank order, sizes differing by at most 1.
struct ItemRange {
  size_t first = 0, last = 0;
  size_t size() const { return last - first; }
};
ItemRange RankShare(size_t count, int rank, int size);

// One failure (or none) per rank, agreed on by all: the failure with the
// smallest `order` (e.g. a draw index) across the ranks is thrown on every
// rank with its kind and message; nothing is thrown when no rank failed.
// Collective.
struct RankFailure {
  bool failed = false;
  uint64_t order = UINT64_MAX;
  ErrorKind kind = ErrorKind::kInternal;
  std::string message;
};
void ThrowFirstFailure(const ProcessGroup& group, const RankFailure& failure);

// Runs `step` on this rank, catching Error, then ThrowFirstFailure with the
// rank as the order: every rank throws the lowest failing rank's error.
template <typename Step>
void RunAgreed(const ProcessGroup& group, Step&& step) {
  RankFailure failure;
  try {
    step();
  } catch (const Error& error) {
    failure = {true, static_cast<uint64_t>(group.rank()), error.kind(), error.what()};
  }
  ThrowFirstFailure(group, failure);
}

}  // namespace ripple
