#include "support/regional_fixture.h"

namespace ripple::testing {

Model ThreeSectorNationalModel() {
  Model model;
  model.info.id = "three-sector";
  model.info.title = "Three-sector test economy";
  model.info.region = "hypothetical";
  model.info.year = 2021;
  model.info.currency = "EUR";
  model.info.monetary_unit = "million EUR";
  model.info.price_basis = "test figures";
  model.info.source = "hand-made for tests";
  model.info.licence = "test data";
  model.sectors = {"CPA_A01", "CPA_C10-12", "CPA_J62_63"};
  model.sector_names = {"", "", ""};
  Matrix a(3, 3);
  a << 0.10, 0.20, 0.05,  //
      0.30, 0.10, 0.20,   //
      0.05, 0.15, 0.10;
  model.output = Vector(3);
  model.output << 1000, 800, 600;
  model.transactions = a * model.output.asDiagonal();
  model.final_demand_columns = {"P3_S14", "P6"};
  model.final_demand = Matrix(3, 2);
  model.final_demand << 200, 100,  //
      300, 50,                     //
      100, 20;
  Satellite compensation{"compensation", "million EUR", Vector(3)};
  compensation.values << 300, 250, 200;
  Satellite employment{"employment", "thousand persons", Vector(3)};
  employment.values << 4, 3, 3;
  model.satellites = {compensation, employment};
  model.household.consumption_column = "P3_S14";
  model.household.income_satellite = "compensation";
  return model;
}

SectorEmployment ThreeSectorEmployment() {
  SectorEmployment employment;
  employment.region_code = "REG";
  employment.national_code = "NAT";
  employment.unit = "thousand persons";
  employment.source = "hand-made test table";
  employment.year = 2018;
  employment.region_total = 100;
  employment.national_total = 1000;
  employment.groups = {"A", "B-E", "J"};
  employment.region = Vector(3);
  employment.region << 20, 45, 35;
  employment.national = Vector(3);
  employment.national << 400, 300, 300;
  return employment;
}

std::string ThreeSectorEmploymentCsv() {
  return "nace_r2,NAT,REG,OTHER\n"
         "TOTAL,1000,100,50\n"
         "A,400,20,10\n"
         "B-E,300,45,20\n"
         "J,300,35,20\n";
}

Vector SumOverRegions(const Vector& x, Eigen::Index n) {
  Vector total = Vector::Zero(n);
  for (Eigen::Index k = 0; k < x.size(); ++k) total(k % n) += x(k);
  return total;
}

double MaxRelativeDifference(const Vector& a, const Vector& b) {
  return ((a - b).cwiseAbs().array() / b.cwiseAbs().array()).maxCoeff();
}

}  // namespace ripple::testing
