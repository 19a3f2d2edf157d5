// A two-sector package small enough to check by hand (regional sourcing and
// public finance tests).
#pragma once

#include <string>

#include "ripple/model/model.h"

namespace ripple::testing {

// Z = [10 20; 30 5], x = [100, 50] million EUR, so A = [0.1 0.4; 0.3 0.1]
// and L = (I - A)^-1 = [0.9 0.4; 0.3 0.9] / 0.69; household column hh =
// [40, 5]; compensation [30, 10] and value added [60, 15] million EUR (household spending per EUR
// of compensation 45 / 40 = 1.125), employment [1, 0.5] thousand persons; resident_income_share
// 0.9. Regional files (empty = absent): by default buyers of b get 80% of input a and all of input
// b from the region (rpc.csv), SLQ a = 0.7, b = 1.3 (location_quotients.csv).
inline ModelSources TwoSectorRegion(const std::string& rpc = "sector,a,b\na,0.5,0.8\nb,1,1\n",
                                    const std::string& quotients = "sector,slq\na,0.7\nb,1.3\n") {
  ModelSources s;
  s.directory = std::string("m");
  s.toml_name = std::string("m/model.toml");
  s.toml_text =
      "id = \"r\"\ntitle = \"t\"\nregion = \"r\"\nyear = 2025\ncurrency = \"EUR\"\n"
      "monetary_unit = \"million EUR\"\nprice_basis = \"basic prices\"\nsource = \"test\"\n"
      "licence = \"none\"\n[household]\nconsumption = \"hh\"\nresident_income_share = 0.9\n";
  s.transactions_name = std::string("m/transactions.csv");
  s.transactions_text = "sector,a,b\na,10,20\nb,30,5\n";
  s.output_name = std::string("m/output.csv");
  s.output_text = "sector,output\na,100\nb,50\n";
  s.final_demand_name = std::string("m/final_demand.csv");
  s.final_demand_text = "sector,hh\na,40\nb,5\n";
  s.satellites_name = std::string("m/satellites.csv");
  s.satellites_text =
      "satellite,unit,a,b\ncompensation,million EUR,30,10\nvalue_added,million EUR,60,15\n"
      "employment,thousand persons,1,0.5\n";
  s.rpc_name = rpc.empty() ? "" : "m/rpc.csv";
  s.rpc_text = rpc;
  s.quotients_name = quotients.empty() ? "" : "m/location_quotients.csv";
  s.quotients_text = quotients;
  return s;
}

// The package above without its regional files (national: every purchase is
// domestic), parsed once.
inline const Model& TwoSectorNational() {
  static const Model model = ParseModel(TwoSectorRegion("", ""));
  return model;
}

}  // namespace ripple::testing
