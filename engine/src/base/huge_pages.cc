#include "ripple/base/huge_pages.h"

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace ripple {

void AdviseHugePages(void* data, size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr uintptr_t kHugePage = uintptr_t{2} << 20;
  if (data == nullptr || bytes < 2 * kHugePage) return;
  const auto begin = reinterpret_cast<uintptr_t>(data);
  const uintptr_t first = (begin + kHugePage - 1) & ~(kHugePage - 1);
  const uintptr_t last = (begin + bytes) & ~(kHugePage - 1);
  if (last <= first) return;
  // Advice only: an error (no THP support, EINVAL) leaves ordinary pages.
  madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
#else
  (void)data;
  (void)bytes;
#endif
}

void ResizeForLargeWrite(Matrix& matrix, Eigen::Index rows, Eigen::Index cols) {
  if (matrix.rows() == rows && matrix.cols() == cols) return;  // memory already in use
  matrix.resize(rows, cols);
  AdviseHugePages(matrix.data(), static_cast<size_t>(matrix.size()) * sizeof(double));
}

}  // namespace ripple
