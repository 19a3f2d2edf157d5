// libFuzzer target: ripple::ParseUnit and IsEmploymentUnit on arbitrary text.
// A parsed unit has a positive finite scale and a non-empty base. Seeds: the
// unit strings of the shipped models and scenarios (tests/fuzz/run.sh).
#include <cmath>

#include "fuzz_common.h"
#include "ripple/base/units.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text = ripple_fuzz::Text(data, size);
  ripple_fuzz::ExpectOnlyRippleErrors([&] {
    const ripple::Unit unit = ripple::ParseUnit(text, "fuzz: unit");
    ripple_fuzz::Require(std::isfinite(unit.scale) && unit.scale > 0,
                         "unit scale is positive and finite");
    ripple_fuzz::Require(!unit.base.empty(), "unit base is not empty");
    ripple::IsEmploymentUnit(unit);
  });
  return 0;
}
