// ResizeForLargeWrite / AdviseHugePages (base/huge_pages.h): advice only, so
// the contract tested is that values, shapes and reuse are those of
// Matrix::resize; whether the kernel gave 2 MiB pages is reported, not
// required (it depends on the machine's transparent-huge-page setting).
#include "ripple/base/huge_pages.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

namespace ripple {
namespace {

// AnonHugePages (kB) of the mapping holding `address`, from /proc/self/smaps; -1 if unknown.
long HugePagesAt(const void* address) {
  std::ifstream smaps("/proc/self/smaps");
  const auto at = reinterpret_cast<uintptr_t>(address);
  std::string line;
  bool inside = false;
  while (std::getline(smaps, line)) {
    uintptr_t low = 0, high = 0;
    char dash = 0;
    std::istringstream range(line);
    if (range >> std::hex >> low >> dash >> high && dash == '-') {
      inside = low <= at && at < high;
    } else if (inside && line.rfind("AnonHugePages:", 0) == 0) {
      return std::stol(line.substr(14));
    }
  }
  return -1;
}

}  // namespace

TEST_CASE("ResizeForLargeWrite resizes like Matrix::resize and keeps memory of the same shape",
          "[huge_pages]") {
  Matrix m;
  ResizeForLargeWrite(m, 1500, 1400);  // 16 MB: advised
  REQUIRE(m.rows() == 1500);
  REQUIRE(m.cols() == 1400);
  for (Eigen::Index j = 0; j < m.cols(); ++j)
    for (Eigen::Index i = 0; i < m.rows(); ++i) m(i, j) = static_cast<double>(i) - 0.5 * j;
  CHECK(m(1499, 1399) == 1499 - 699.5);
  WARN("2 MiB pages under this matrix: " << HugePagesAt(m.data() + m.size() / 2) << " kB");
  const double* before = m.data();
  ResizeForLargeWrite(m, 1500, 1400);  // same shape: untouched
  CHECK(m.data() == before);
  CHECK(m(7, 3) == 5.5);
  ResizeForLargeWrite(m, 3, 2);  // small: no advice, still resized
  CHECK(m.size() == 6);
  AdviseHugePages(nullptr, 1 << 30);  // nothing to advise: no effect, no error
  double small[4] = {1, 2, 3, 4};
  AdviseHugePages(small, sizeof small);
  CHECK(small[3] == 4);
}

}  // namespace ripple
