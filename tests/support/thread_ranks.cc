#include "support/thread_ranks.h"

#include <algorithm>

namespace ripple::testing {

// Each operation: every rank posts into its slot, all wait, the readers read,
// all wait again (so no slot is overwritten before it is read).
class ThreadRanks::Member final : public ProcessGroup {
 public:
  Member(const ThreadRanks& all, int rank) : all_(all), rank_(rank) {}
  int rank() const override { return rank_; }
  int size() const override { return all_.size_; }

  std::vector<double> GatherToRoot(const std::vector<double>& mine) const override {
    all_.numbers_[Slot()] = mine;
    all_.barrier_.arrive_and_wait();
    std::vector<double> gathered;
    if (rank_ == 0) {
      for (const auto& part : all_.numbers_)
        gathered.insert(gathered.end(), part.begin(), part.end());
      all_.largest_gather_ = std::max(all_.largest_gather_, gathered.size());
    }
    all_.barrier_.arrive_and_wait();
    return gathered;
  }

  std::vector<std::string> GatherTextToRoot(const std::string& mine) const override {
    all_.texts_[Slot()] = mine;
    all_.barrier_.arrive_and_wait();
    std::vector<std::string> gathered;
    if (rank_ == 0) gathered = all_.texts_;
    all_.barrier_.arrive_and_wait();
    return gathered;
  }

  uint64_t MinOverRanks(uint64_t value) const override {
    all_.integers_[Slot()] = value;
    all_.barrier_.arrive_and_wait();
    const uint64_t least = *std::min_element(all_.integers_.begin(), all_.integers_.end());
    all_.barrier_.arrive_and_wait();
    return least;
  }

  void Broadcast(std::string& text, int root) const override {
    if (rank_ == root) all_.texts_[static_cast<size_t>(root)] = text;
    all_.barrier_.arrive_and_wait();
    if (rank_ != root) text = all_.texts_[static_cast<size_t>(root)];
    all_.barrier_.arrive_and_wait();
  }

 private:
  size_t Slot() const { return static_cast<size_t>(rank_); }
  const ThreadRanks& all_;
  int rank_;
};

ThreadRanks::ThreadRanks(int size)
    : size_(size),
      barrier_(size),
      numbers_(static_cast<size_t>(size)),
      texts_(static_cast<size_t>(size)),
      integers_(static_cast<size_t>(size)) {
  for (int r = 0; r < size; ++r) ranks_.push_back(std::make_unique<Member>(*this, r));
}

}  // namespace ripple::testing
