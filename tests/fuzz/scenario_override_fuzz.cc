// libFuzzer target: ripple::ParseScenario with `--set` overrides. The input's
// leading lines of the form "--set KEY=VALUE" are the flags (read with
// ParseOverride, as the CLI does); the rest is the scenario text. Seeds: the
// shipped scenarios with a few flags in front (tests/fuzz/run.sh).
#include <vector>

#include "fuzz_common.h"
#include "ripple/interventions/scenario_reader.h"
#include "ripple/scenario/overrides.h"
#include "ripple/scenario/scenario.h"

namespace {

constexpr std::string_view kFlag = "--set ";

// Splits the leading "--set " lines off `text`.
std::vector<std::string> TakeFlags(std::string_view& text) {
  std::vector<std::string> flags;
  while (text.substr(0, kFlag.size()) == kFlag) {
    const size_t end = text.find('\n');
    flags.emplace_back(
        text.substr(kFlag.size(), end == std::string_view::npos ? text.npos : end - kFlag.size()));
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
  }
  return flags;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input = ripple_fuzz::Text(data, size);
  std::string_view rest = input;
  const std::vector<std::string> flags = TakeFlags(rest);
  const std::string text(rest);
  ripple_fuzz::ExpectOnlyRippleErrors([&] {
    std::vector<ripple::Override> overrides;
    for (const std::string& flag : flags) overrides.push_back(ripple::ParseOverride(flag));
    ripple::ParseScenario(text, RIPPLE_SOURCE_DIR "/scenarios/fuzz.toml", overrides);
  });
  return 0;
}
