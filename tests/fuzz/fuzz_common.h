// Shared by the libFuzzer targets of tests/fuzz (tests/README.md, "Fuzzing and
// sanitizers"). A target feeds the bytes it is given to one parser; a
// ripple::Error is the documented answer to bad input and is swallowed; any
// other exception, a crash, a sanitizer report, a hang or running out of
// memory is a bug that libFuzzer reports with the input that caused it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "ripple/base/error.h"

namespace ripple_fuzz {

// The bytes as text (they may hold NUL and invalid UTF-8: parsers must cope).
inline std::string Text(const uint8_t* data, size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// Runs `parse`, ignoring ripple::Error. Error(kInternal) is a bug ("a bug in
// Ripple", error.h) and aborts like any other exception.
template <typename Parse>
void ExpectOnlyRippleErrors(Parse&& parse) {
  try {
    parse();
  } catch (const ripple::Error& error) {
    if (error.kind() == ripple::ErrorKind::kInternal) {
      std::fprintf(stderr, "internal error: %s\n", error.what());
      std::abort();
    }
  }
}

// Stops the run with `what` when a documented contract does not hold.
inline void Require(bool holds, const char* what) {
  if (holds) return;
  std::fprintf(stderr, "contract broken: %s\n", what);
  std::abort();
}

}  // namespace ripple_fuzz
