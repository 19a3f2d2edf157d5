// The intervention types a scenario may use, their keys and parsers.
#include "interventions/parsers.h"

namespace ripple {

const std::vector<std::string> kCommonInterventionKeys = {"id",
                                                          "type",
                                                          "label",
                                                          "unit",
                                                          "additionality",
                                                          "amounts_price_year",
                                                          "local_share",
                                                          "local_share_source"};
extern const std::vector<std::string> kClusterKeys;  // intervention_cluster.cc

const std::vector<InterventionParser>& InterventionParsers() {
  static const std::vector<InterventionParser> parsers = {
      {"demand",
       InterventionType::kDemand,
       {"sector", "amount", "amount_by_year", "start_year", "end_year", "public_share"},
       ParseDemand},
      {"jobs",
       InterventionType::kJobs,
       {"sector", "jobs", "jobs_by_year", "start_year", "end_year", "public_cost",
        "public_cost_by_year"},
       ParseJobs},
      {"subsidy",
       InterventionType::kSubsidy,
       {"amount", "amount_by_year", "start_year", "end_year", "recipient_sector", "wage_share",
        "wage_cost_per_job", "wage_cost_basis", "purchases", "leverage", "cofunding_wage_share",
        "cofunding_purchases"},
       ParseSubsidy},
      {"acquisition",
       InterventionType::kAcquisition,
       {"price",
        "year",
        "public_buyer",
        "notary_fee_rate",
        "agency_fee_rate",
        "transfer_tax_rate",
        "notary_sector",
        "agency_sector",
        "works",
        "works_by_year",
        "works_start_year",
        "works_end_year",
        "works_sector",
        "floor_area_m2",
        "m2_per_job",
        "occupancy",
        "occupancy_by_year",
        "occupancy_start_year",
        "occupancy_end_year",
        "occupancy_without",
        "occupancy_without_by_year",
        "hosted_sector"},
       ParseAcquisition},
      {"project",
       InterventionType::kProject,
       {"capex", "funding", "public_funders", "operations_sector", "annual_turnover", "jobs",
        "operations_start_year", "ramp_up_years", "lifetime_years"},
       ParseProject},
      {"cluster", InterventionType::kCluster, kClusterKeys, ParseCluster},
  };
  return parsers;
}

}  // namespace ripple
