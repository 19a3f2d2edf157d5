// Who pays: the funders a scenario may name in a project's `funding` table,
// each with its level of government and whether its money is public
// (scenarios/README.md, "Funders"). Known funders have English and French
// names; a scenario declares others in a [funders] table.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ripple {

enum class GovernmentLevel {
  kState,             // the State and its ministries
  kRegion,            // conseil régional
  kDepartment,        // conseil départemental
  kIntercommunality,  // metropolis, EPCI (communauté urbaine, d'agglomération, de communes)
  kMunicipality,      // commune
  kEu,                // European Union funds (ERDF/FEDER, …)
  kPublicAgency,      // public bank or agency (Bpifrance, CNC, Caisse des Dépôts)
  kPrivate,           // firms, households, foundations
};
// "state", "region", "department", "intercommunality", "municipality", "eu",
// "public_agency", "private": the spelling of scenario files and reports.
const char* GovernmentLevelName(GovernmentLevel level);
std::optional<GovernmentLevel> ParseGovernmentLevel(std::string_view name);
// Every level name, in the order above.
std::vector<std::string> GovernmentLevelNames();

struct Funder {
  std::string name;  // as written in `funding`, e.g. "metropole"
  GovernmentLevel level = GovernmentLevel::kPrivate;
  bool is_public = false;  // its share of a cost is public cost
};

// The built-in funders, English and French names (state/etat, region,
// department/departement, metropolis/metropole/epci, municipality/commune,
// eu/ue/feder, bpifrance, cnc, caisse_des_depots/banque_des_territoires,
// private/prive, …).
const std::vector<Funder>& KnownFunders();

// The funder called `name`: one of `declared` (a scenario's [funders]) first,
// else a known funder; nullopt when neither has it.
std::optional<Funder> FindFunder(const std::string& name, const std::vector<Funder>& declared);

// Names FindFunder accepts: `declared` then the known funders.
std::vector<std::string> FunderNames(const std::vector<Funder>& declared);

// Money of one funder towards an intervention, over the horizon.
struct FunderAmount {
  Funder funder;
  double amount = 0;  // base currency, reporting prices
};

}  // namespace ripple
