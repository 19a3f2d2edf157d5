// Names of the scenario enums, spelled as in scenario files and reports
// (XName / ParseX pairs, scenario.h).
#include "ripple/scenario/scenario.h"

namespace ripple {
namespace {

constexpr InterventionType kInterventionTypes[] = {
    InterventionType::kDemand,      InterventionType::kJobs,    InterventionType::kSubsidy,
    InterventionType::kAcquisition, InterventionType::kProject, InterventionType::kCluster};

}  // namespace

const char* EffectsTypeName(EffectsType type) {
  return type == EffectsType::kTypeI ? "type1" : "type2";
}

std::optional<EffectsType> ParseEffectsType(std::string_view name) {
  if (name == "type1") return EffectsType::kTypeI;
  if (name == "type2") return EffectsType::kTypeII;
  return std::nullopt;
}

const char* JobBasisName(JobBasis basis) { return basis == JobBasis::kFte ? "fte" : "person"; }

std::optional<JobBasis> ParseJobBasis(std::string_view name) {
  if (name == "person") return JobBasis::kPerson;
  if (name == "fte") return JobBasis::kFte;
  return std::nullopt;
}

const char* HouseholdClosureKindName(HouseholdClosureKind kind) {
  return kind == HouseholdClosureKind::kMarginal ? "marginal" : "average";
}

std::optional<HouseholdClosureKind> ParseHouseholdClosureKind(std::string_view name) {
  if (name == "average") return HouseholdClosureKind::kAverage;
  if (name == "marginal") return HouseholdClosureKind::kMarginal;
  return std::nullopt;
}

const char* InterventionTypeName(InterventionType type) {
  switch (type) {
    case InterventionType::kDemand:
      return "demand";
    case InterventionType::kJobs:
      return "jobs";
    case InterventionType::kSubsidy:
      return "subsidy";
    case InterventionType::kAcquisition:
      return "acquisition";
    case InterventionType::kProject:
      return "project";
    case InterventionType::kCluster:
      return "cluster";
  }
  return "unknown";
}

std::optional<InterventionType> ParseInterventionType(std::string_view name) {
  for (InterventionType type : kInterventionTypes) {
    if (name == InterventionTypeName(type)) return type;
  }
  return std::nullopt;
}

}  // namespace ripple
