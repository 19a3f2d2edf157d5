// Prints "<back-end> <fingerprint>" of LeontiefModel on SyntheticModel(N, SEED):
//   leontief_fingerprint N SEED
// leontief_large_test.cc runs it under several OPENBLAS_NUM_THREADS values: the
// fingerprint must not change (OpenBLAS's thread count is pinned, dense_lu.h).
#include <cstdio>
#include <cstdlib>
#include <string>

#include "support/synthetic_model.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: leontief_fingerprint N SEED\n");
    return 1;
  }
  const ripple::Model table =
      ripple::testing::SyntheticModel(std::atoi(argv[1]), std::strtoull(argv[2], nullptr, 10));
  const ripple::LeontiefModel model(table);
  std::printf("%s %s\n", model.uses_openblas() ? "openblas" : "eigen",
              ripple::testing::LeontiefFingerprint(model, table).c_str());
  return 0;
}
