// The number at the start of a text, as ParseDouble (csv.h) reads numbers: shared by
// ParseDouble (csv.cc) and CsvScanner::NextNumbers (csv_scan.cc), which reads each
// numeric cell of a large table in one pass from the scanner's position. Inline so
// the scanner's loop has no call per cell.
#pragma once

#include <algorithm>
#include <charconv>
#include <system_error>

#ifdef RIPPLE_HAVE_FAST_FLOAT
#include <fast_float/fast_float.h>
#endif

namespace ripple {

// The longest number at `begin` in std::from_chars's general grammar (an optional
// '-', digits with at most one '.', an optional exponent; also "inf", "nan": no
// leading '+' or space), read as std::from_chars reads it. Returns the end of the
// number and sets `value` to the correctly rounded double (infinite for too large a
// number when fast_float reads it), or returns nullptr when there is no number at
// `begin` or std::from_chars reports it out of range. The answer for [begin, end)
// depends only on the characters of the number: the same on [begin, returned end).
//
// fast_float (when built with it) gives the same correctly rounded double, but
// rounds a number too small for a double (1e-400) to 0 where std::from_chars reports
// it out of range: a 0 read from text holding a non-zero digit is re-read by
// std::from_chars.
inline const char* LeadingDouble(const char* begin, const char* end, double& value) {
  if (begin == end) return nullptr;
#ifdef RIPPLE_HAVE_FAST_FLOAT
  const auto fast = fast_float::from_chars(begin, end, value, fast_float::chars_format::general);
  if (fast.ec != std::errc()) return nullptr;
  const auto nonzero_digit = [](char c) { return c >= '1' && c <= '9'; };
  if (value != 0 || std::none_of(begin, fast.ptr, nonzero_digit)) return fast.ptr;
  end = fast.ptr;
#endif
  const auto [ptr, ec] = std::from_chars(begin, end, value, std::chars_format::general);
  return ec == std::errc() ? ptr : nullptr;
}

}  // namespace ripple
