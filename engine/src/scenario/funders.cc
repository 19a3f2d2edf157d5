// The funder table (ripple/scenario/funders.h).
#include "ripple/scenario/funders.h"

namespace ripple {
namespace {

struct LevelName {
  GovernmentLevel level;
  const char* name;
};
constexpr LevelName kLevelNames[] = {
    {GovernmentLevel::kState, "state"},
    {GovernmentLevel::kRegion, "region"},
    {GovernmentLevel::kDepartment, "department"},
    {GovernmentLevel::kIntercommunality, "intercommunality"},
    {GovernmentLevel::kMunicipality, "municipality"},
    {GovernmentLevel::kEu, "eu"},
    {GovernmentLevel::kPublicAgency, "public_agency"},
    {GovernmentLevel::kPrivate, "private"},
};

Funder Public(const char* name, GovernmentLevel level) { return Funder{name, level, true}; }

}  // namespace

const char* GovernmentLevelName(GovernmentLevel level) {
  for (const LevelName& entry : kLevelNames) {
    if (entry.level == level) return entry.name;
  }
  return "?";
}

std::optional<GovernmentLevel> ParseGovernmentLevel(std::string_view name) {
  for (const LevelName& entry : kLevelNames) {
    if (name == entry.name) return entry.level;
  }
  return std::nullopt;
}

std::vector<std::string> GovernmentLevelNames() {
  std::vector<std::string> names;
  for (const LevelName& entry : kLevelNames) names.emplace_back(entry.name);
  return names;
}

const std::vector<Funder>& KnownFunders() {
  using L = GovernmentLevel;
  static const std::vector<Funder> funders = {
      Public("state", L::kState),
      Public("etat", L::kState),
      Public("region", L::kRegion),
      Public("department", L::kDepartment),
      Public("departement", L::kDepartment),
      Public("metropolis", L::kIntercommunality),
      Public("metropole", L::kIntercommunality),
      Public("epci", L::kIntercommunality),
      Public("intercommunality", L::kIntercommunality),
      Public("municipality", L::kMunicipality),
      Public("commune", L::kMunicipality),
      Public("eu", L::kEu),
      Public("ue", L::kEu),
      Public("erdf", L::kEu),
      Public("feder", L::kEu),
      Public("bpifrance", L::kPublicAgency),
      Public("cnc", L::kPublicAgency),
      Public("caisse_des_depots", L::kPublicAgency),
      Public("banque_des_territoires", L::kPublicAgency),
      Funder{"private", L::kPrivate, false},
      Funder{"prive", L::kPrivate, false},
  };
  return funders;
}

std::optional<Funder> FindFunder(const std::string& name, const std::vector<Funder>& declared) {
  for (const auto* list : {&declared, &KnownFunders()}) {
    for (const Funder& funder : *list) {
      if (funder.name == name) return funder;
    }
  }
  return std::nullopt;
}

std::vector<std::string> FunderNames(const std::vector<Funder>& declared) {
  std::vector<std::string> names;
  for (const auto* list : {&declared, &KnownFunders()}) {
    for (const Funder& funder : *list) names.push_back(funder.name);
  }
  return names;
}

}  // namespace ripple
