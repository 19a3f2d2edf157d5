// Fresh memory for large matrices in 2 MiB pages where Linux allows it.
//
// Why: the first write to each 4 KiB page of fresh memory is a page fault.
// On the virtual machines Ripple is benchmarked on, a fault costs about 20 us
// (the host backs the page too), so writing 512 MiB the first time took
// 2.8-3.5 s against 0.04 s for writing it again (bench/README.md, "Fresh
// memory"). Transparent huge pages (Debian's default mode is "madvise") fault
// 2 MiB at a time: the same first write took 1.4-1.5 s.
//
// AdviseHugePages asks for them on [data, data + bytes) rounded inward to 2 MiB
// boundaries; call it before the memory is first written. It never fails: on
// a system without transparent huge pages, for a region under 4 MiB, or
// outside Linux it does nothing. Values and results do not depend on it.
#pragma once

#include <cstddef>

#include "ripple/base/eigen.h"

namespace ripple {

void AdviseHugePages(void* data, size_t bytes);

// `matrix` resized to rows x cols without initialising it (as Matrix::resize),
// its new memory advised as above. For a matrix every entry of which the
// caller then writes.
void ResizeForLargeWrite(Matrix& matrix, Eigen::Index rows, Eigen::Index cols);

}  // namespace ripple
