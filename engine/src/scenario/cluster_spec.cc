#include "ripple/scenario/cluster_spec.h"

namespace ripple {

const char* CapacityPriorityName(CapacityPriority priority) {
  return priority == CapacityPriority::kArrivals ? "arrivals" : "survivors";
}

std::optional<CapacityPriority> ParseCapacityPriority(std::string_view name) {
  if (name == "arrivals") return CapacityPriority::kArrivals;
  if (name == "survivors") return CapacityPriority::kSurvivors;
  return std::nullopt;
}

}  // namespace ripple
