// libFuzzer target: ripple::ParseScenario on arbitrary text, as the scenario
// file RIPPLE_SOURCE_DIR/scenarios/fuzz.toml, so `extends` can reach the
// shipped scenarios. Seeds: scenarios/*.toml (tests/fuzz/run.sh).
#include "fuzz_common.h"
#include "ripple/interventions/scenario_reader.h"
#include "ripple/scenario/scenario.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text = ripple_fuzz::Text(data, size);
  ripple_fuzz::ExpectOnlyRippleErrors(
      [&] { ripple::ParseScenario(text, RIPPLE_SOURCE_DIR "/scenarios/fuzz.toml"); });
  return 0;
}
