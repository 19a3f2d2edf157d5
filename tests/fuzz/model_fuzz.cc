// libFuzzer target: ripple::ParseModel on a package given as one text, its
// files introduced by lines "=== model.toml", "=== transactions.csv",
// "=== output.csv", "=== final_demand.csv", "=== satellites.csv" (text before
// the first such line is ignored; a file not given is empty). Seeds: each
// shipped package in that form (tests/fuzz/run.sh).
#include "fuzz_common.h"
#include "ripple/model/model.h"

namespace {

// The member of `sources` that the file called `name` goes into, or nullptr.
std::string* Slot(ripple::ModelSources& sources, std::string_view name) {
  if (name == "model.toml") return &sources.toml_text;
  if (name == "transactions.csv") return &sources.transactions_text;
  if (name == "output.csv") return &sources.output_text;
  if (name == "final_demand.csv") return &sources.final_demand_text;
  if (name == "satellites.csv") return &sources.satellites_text;
  return nullptr;
}

ripple::ModelSources Split(std::string_view text) {
  ripple::ModelSources sources;
  sources.directory = "fuzz";
  sources.toml_name = "fuzz/model.toml";
  sources.transactions_name = "fuzz/transactions.csv";
  sources.output_name = "fuzz/output.csv";
  sources.final_demand_name = "fuzz/final_demand.csv";
  sources.satellites_name = "fuzz/satellites.csv";
  std::string* into = nullptr;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end == text.npos ? text.size() : end + 1);
    text.remove_prefix(line.size());
    std::string_view name = line.substr(0, line.find('\n'));
    if (name.substr(0, 4) == "=== ") {
      if (std::string* slot = Slot(sources, name.substr(4))) {
        into = slot;
        continue;
      }
    }
    if (into != nullptr) into->append(line);
  }
  return sources;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const ripple::ModelSources sources = Split(ripple_fuzz::Text(data, size));
  ripple_fuzz::ExpectOnlyRippleErrors([&] { ripple::ParseModel(sources); });
  return 0;
}
