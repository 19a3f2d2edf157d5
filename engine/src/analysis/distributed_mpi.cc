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
    if (mine.size() > INT_MAX)
      throw Error(ErrorKind::kInternal, "MPI: more than 2^31 numbers on one rank");
    const int count = static_cast<int>(mine.size());
    std::vector<int> counts(rank_ == 0 ? size_ : 0), offsets(counts.size());
    Check(MPI_Gather(&count, 1, MPI_INT, counts.data(), 1, MPI_INT, 0, MPI_COMM_WORLD),
          "MPI_Gather");
    long long total = 0;
    for (size_t r = 0; r < counts.size(); ++r) {
      if (total > INT_MAX)
        throw Error(ErrorKind::kInternal, "MPI: more than 2^31 numbers gathered");
      offsets[r] = static_cast<int>(total);
      total += counts[r];
    }
    std::vector<double> all(static_cast<size_t>(total));
    Check(MPI_Gatherv(mine.data(), count, MPI_DOUBLE, all.data(), counts.data(), offsets.data(),
                      MPI_DOUBLE, 0, MPI_COMM_WORLD),
          "MPI_Gatherv");
    return all;
  }

  std::vector<std::string> GatherTextToRoot(const std::string& mine) const override {
    if (mine.size() > INT_MAX)
      throw Error(ErrorKind::kInternal, "MPI: more than 2^31 bytes of text on one rank");
    const int length = static_cast<int>(mine.size());
    std::vector<int> lengths(rank_ == 0 ? size_ : 0), offsets(lengths.size());
    Check(MPI_Gather(&length, 1, MPI_INT, lengths.data(), 1, MPI_INT, 0, MPI_COMM_WORLD),
          "MPI_Gather");
    long long total = 0;
    for (size_t r = 0; r < lengths.size(); ++r) {
      if (total > INT_MAX) throw Error(ErrorKind::kInternal, "MPI: more than 2^31 bytes gathered");
      offsets[r] = static_cast<int>(total);
      total += lengths[r];
    }
    std::string all(static_cast<size_t>(total), '\0');
    Check(MPI_Gatherv(mine.data(), length, MPI_CHAR, all.data(), lengths.data(), offsets.data(),
                      MPI_CHAR, 0, MPI_COMM_WORLD),
          "MPI_Gatherv");
    std::vector<std::string> texts;
    for (size_t r = 0; r < lengths.size(); ++r)
      texts.push_back(all.substr(static_cast<size_t>(offsets[r]), static_cast<size_t>(lengths[r])));
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
  int rank_ = 0, size_ = 1;
};

}  // namespace

std::unique_ptr<ProcessGroup> JoinProcessGroup() {
  if (!StartedByLauncher()) return NewSingleProcess();
  return std::make_unique<World>();
}

bool BuiltWithMpi() { return true; }

}  // namespace ripple
