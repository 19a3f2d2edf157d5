// The parts of distributed.h common to the MPI and the one-process builds.
#include "ripple/analysis/distributed.h"

namespace ripple {
namespace {

class OneProcess final : public ProcessGroup {
 public:
  int rank() const override { return 0; }
  int size() const override { return 1; }
  std::vector<double> GatherToRoot(const std::vector<double>& mine) const override { return mine; }
  std::vector<std::string> GatherTextToRoot(const std::string& mine) const override {
    return {mine};
  }
  uint64_t MinOverRanks(uint64_t value) const override { return value; }
  void Broadcast(std::string&, int) const override {}
};

}  // namespace

const ProcessGroup& SingleProcess() {
  static const OneProcess group;
  return group;
}

std::unique_ptr<ProcessGroup> NewSingleProcess() { return std::make_unique<OneProcess>(); }

ItemRange RankShare(size_t count, int rank, int size) {
  const auto at = [&](int r) {
    // count * r / size without overflow for any count below 2^64 / 256 ranks.
    return count / static_cast<size_t>(size) * static_cast<size_t>(r) +
           count % static_cast<size_t>(size) * static_cast<size_t>(r) / static_cast<size_t>(size);
  };
  return {at(rank), at(rank + 1)};
}

void ThrowFirstFailure(const ProcessGroup& group, const RankFailure& failure) {
  const uint64_t mine = failure.failed ? failure.order : UINT64_MAX;
  const uint64_t first = group.MinOverRanks(mine);
  // The lowest rank holding the first failure tells the others.
  const uint64_t holder = group.MinOverRanks(
      failure.failed && mine == first ? static_cast<uint64_t>(group.rank()) : UINT64_MAX);
  if (holder == UINT64_MAX) return;
  std::string text;
  if (static_cast<uint64_t>(group.rank()) == holder) {
    text = std::to_string(static_cast<int>(failure.kind)) + "\n" + failure.message;
  }
  group.Broadcast(text, static_cast<int>(holder));
  const size_t newline = text.find('\n');
  const auto kind = static_cast<ErrorKind>(std::stoi(text.substr(0, newline)));
  throw Error(kind, text.substr(newline + 1));
}

}  // namespace ripple

#ifndef RIPPLE_HAVE_MPI
namespace ripple {

// Without MPI every process is a group of one (distributed_mpi.cc otherwise).
std::unique_ptr<ProcessGroup> JoinProcessGroup() { return NewSingleProcess(); }

bool BuiltWithMpi() { return false; }

}  // namespace ripple
#endif
