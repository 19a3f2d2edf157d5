// ProcessGroup over MPI_COMM_WORLD (distributed.h); compiled only with
// RIPPLE_WITH_MPI. The only file of the engine that includes mpi.h.
#include <mpi.h>

#include <climits>
#include <cstdlib>

#include "ripple/analysis/distributed.h"

namespace ripple {
namespace {

void Check(int code, const char* what) {
  if (code == MPI_SUCCESS) return;
  char text[MPI_MAX_ERROR_STRING] = {};
  int length = 0;
  MPI_Error_string(code, text, &length);
  throw Error(ErrorKind::kInternal,
              std::string("MPI: ") + what + " failed: " + std::string(text, length));
}

bool StartedByLauncher() {
  for (const char* name : {"OMPI_COMM_WORLD_SIZE", "PMIX_RANK", "PMI_RANK"}) {
    if (std::getenv(name) != nullptr) return true;
  }
  return false;
}

class World final : public ProcessGroup {
 public:
  World() {
    int initialised = 0;
    MPI_Initialized(&initialised);
    if (initialised) throw Error(ErrorKind::kInternal, "MPI: JoinProcessGroup called twice");
    Check(MPI_Init(nullptr, nullptr), "MPI_Init");
    // Errors come back as codes (turned into Error) instead of aborting the job.
    MPI_Comm_set_errhandler(MPI_COMM_WORLD, MPI_ERRORS_RETURN);
    MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
    MPI_Comm_size(MPI_COMM_WORLD, &size_);
  }
  ~World() override { MPI_Finalize(); }
  World(const World&) = delete;
  World& operator=(const World&) = delete;

  int rank() const override { return rank_; }
  int size() const override { return size_; }

  std::vector<double> GatherToRoot(const std::vector<double>& mine) const override {
    const Layout layout = GatherLayout(mine.size(), "numbers");
    std::vector<double> all(layout.total);
    Check(MPI_Gatherv(mine.data(), static_cast<int>(mine.size()), MPI_DOUBLE, all.data(),
                      layout.counts.data(), layout.offsets.data(), MPI_DOUBLE, 0, MPI_COMM_WORLD),
          "MPI_Gatherv");
    return all;
  }

  std::vector<std::string> GatherTextToRoot(const std::string& mine) const override {
    const Layout layout = GatherLayout(mine.size(), "bytes of text");
    std::string all(layout.total, '\0');
    Check(MPI_Gatherv(mine.data(), static_cast<int>(mine.size()), MPI_CHAR, all.data(),
                      layout.counts.data(), layout.offsets.data(), MPI_CHAR, 0, MPI_COMM_WORLD),
          "MPI_Gatherv");
    std::vector<std::string> texts;
    for (size_t r = 0; r < layout.counts.size(); ++r) {
      texts.push_back(all.substr(static_cast<size_t>(layout.offsets[r]),
                                 static_cast<size_t>(layout.counts[r])));
    }
    return texts;
  }

  uint64_t MinOverRanks(uint64_t value) const override {
    uint64_t result = value;
    Check(MPI_Allreduce(&value, &result, 1, MPI_UINT64_T, MPI_MIN, MPI_COMM_WORLD),
          "MPI_Allreduce");
    return result;
  }

  void Broadcast(std::string& text, int root) const override {
    unsigned long long length = text.size();
    Check(MPI_Bcast(&length, 1, MPI_UNSIGNED_LONG_LONG, root, MPI_COMM_WORLD), "MPI_Bcast");
    text.resize(static_cast<size_t>(length));
    Check(MPI_Bcast(text.data(), static_cast<int>(length), MPI_CHAR, root, MPI_COMM_WORLD),
          "MPI_Bcast");
  }

 private:
  // Where each rank's items go in rank 0's buffer (counts and offsets on rank 0
  // only, as MPI_Gatherv takes them). Collective: gathers every rank's count.
  struct Layout {
    std::vector<int> counts, offsets;
    size_t total = 0;
  };
  Layout GatherLayout(size_t mine, const char* what) const {
    if (mine > INT_MAX)
      throw Error(ErrorKind::kInternal,
                  std::string("MPI: more than 2^31 ") + what + " on one rank");
    const int count = static_cast<int>(mine);
    Layout layout;
    layout.counts.resize(rank_ == 0 ? size_ : 0);
    layout.offsets.resize(layout.counts.size());
    Check(MPI_Gather(&count, 1, MPI_INT, layout.counts.data(), 1, MPI_INT, 0, MPI_COMM_WORLD),
          "MPI_Gather");
    long long total = 0;
    for (size_t r = 0; r < layout.counts.size(); ++r) {
      if (total > INT_MAX)
        throw Error(ErrorKind::kInternal, std::string("MPI: more than 2^31 ") + what + " gathered");
      layout.offsets[r] = static_cast<int>(total);
      total += layout.counts[r];
    }
    layout.total = static_cast<size_t>(total);
    return layout;
  }

  int rank_ = 0, size_ = 1;
};

}  // namespace

std::unique_ptr<ProcessGroup> JoinProcessGroup() {
  if (!StartedByLauncher()) return NewSingleProcess();
  return std::make_unique<World>();
}

bool BuiltWithMpi() { return true; }

}  // namespace ripple
