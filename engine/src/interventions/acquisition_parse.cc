// type = "acquisition": purchase of an existing building (a transfer of an
// asset: zero output), its transaction costs, works and hosted activity.
#include "interventions/parsers.h"
#include "ripple/base/csv.h"

namespace ripple {
namespace {

// Default sector codes (CPA A*64 codes of the shipped French models).
SectorValue DefaultSector(const std::string& code, const InterventionContext& context,
                          const std::string& key) {
  return SectorValue{code, 0, SourcePosition{context.fields.source(), 0, 0},
                     context.Field(key) + " (default)"};
}

const YearValue* FindYear(const std::vector<YearValue>& series, int year) {
  for (const YearValue& value : series) {
    if (value.year == year) return &value;
  }
  return nullptr;
}

// occupancy_without (one share for every occupancy year) or
// occupancy_without_by_year; required with a floor area.
std::vector<YearValue> ReadOccupancyWithout(const toml::table& table, InterventionContext& context,
                                            const std::vector<YearValue>& occupancy) {
  if (!table.contains("occupancy_without") && !table.contains("occupancy_without_by_year")) {
    context.fields.Report(
        &table, context.Field("occupancy_without"),
        "missing: floor_area_m2 is given, so state the reference case, the occupied share "
        "of the area without the purchase (occupancy_without = share, or "
        "occupancy_without_by_year = { year = share }); hosted jobs = floor_area_m2 x "
        "(occupancy - occupancy_without) / m2_per_job");
    return {};
  }
  if (table.contains("occupancy_without_by_year")) {
    return ParseYearShares(table, context, "occupancy_without", "occupied share", true,
                           "occupancy_without_start_year", "occupancy_without_end_year");
  }
  const auto share =
      context.fields.Number(table, "occupancy_without", context.Field("occupancy_without"), true);
  std::vector<YearValue> series;
  if (share) {
    for (const YearValue& year : occupancy) series.push_back({year.year, *share});
  }
  if (!CheckYearShares(table, context, "occupancy_without", series, "occupied share")) return {};
  return series;
}

// Each year of occupancy has a reference share (in [0, 1]: ReadOccupancyWithout), not above it.
void CheckOccupancyWithout(const toml::table& table, InterventionContext& context,
                           const AcquisitionSpec& spec) {
  // Absent or invalid (reported), or no valid occupancy to compare with.
  if (spec.occupancy_without.empty() || spec.occupancy.empty()) return;
  const char* key =
      table.contains("occupancy_without") ? "occupancy_without" : "occupancy_without_by_year";
  const auto report = [&](const std::string& message) {
    context.fields.Report(table.get(key), context.Field(key), message);
  };
  for (const YearValue& without : spec.occupancy_without) {
    if (FindYear(spec.occupancy, without.year) == nullptr) {
      return report("year " + std::to_string(without.year) +
                    " has no occupancy: give occupancy_without for "
                    "the years of occupancy only");
    }
  }
  for (const YearValue& with : spec.occupancy) {
    const YearValue* without = FindYear(spec.occupancy_without, with.year);
    if (without == nullptr) {
      return report("no value for " + std::to_string(with.year) + ", a year of occupancy");
    }
    if (without->value > with.value) {
      return report(
          "occupancy_without " + FormatNumber(without->value) + " is above occupancy " +
          FormatNumber(with.value) + " in " + std::to_string(with.year) +
          ": the purchase would host negative activity; a purchase is not debited with the "
          "tenants it loses here, state such a loss as an intervention of its own");
    }
  }
}

}  // namespace

void ParseAcquisition(const toml::table& table, InterventionContext& context,
                      Intervention& intervention) {
  AcquisitionSpec& spec = intervention.acquisition;
  const auto price = context.fields.Number(table, "price", context.Field("price"), true);
  if (price && *price < 0) {
    context.fields.Report(table.get("price"), context.Field("price"), "price must be >= 0");
  }
  spec.price = price.value_or(0) * context.currency_scale;
  if (const auto year = context.fields.Year(table, "year", context.Field("year"), true)) {
    if (*year < context.scenario.start_year || *year > context.scenario.end_year) {
      context.fields.Report(table.get("year"), context.Field("year"),
                            "year " + std::to_string(*year) + " is outside the scenario horizon " +
                                std::to_string(context.scenario.start_year) + "-" +
                                std::to_string(context.scenario.end_year));
    }
    spec.year = *year;
  }
  spec.public_buyer =
      context.fields.Boolean(table, "public_buyer", context.Field("public_buyer"), false)
          .value_or(true);
  // Negative rates mean "use the French default" (compile.cc, acquisition_costs.h).
  spec.notary_fee_rate =
      ParseBounded(table, context, "notary_fee_rate", 0, 0.2, false).value_or(-1);
  spec.agency_fee_rate = ParseBounded(table, context, "agency_fee_rate", 0, 0.2, false).value_or(0);
  spec.transfer_tax_rate =
      ParseBounded(table, context, "transfer_tax_rate", 0, 0.2, false).value_or(-1);
  spec.notary_sector = ParseSector(table, context, "notary_sector", false)
                           .value_or(DefaultSector("M69_M70", context, "notary_sector"));
  spec.agency_sector = ParseSector(table, context, "agency_sector", false)
                           .value_or(DefaultSector("L68B", context, "agency_sector"));
  if (spec.agency_fee_rate == 0) spec.agency_sector = SectorValue{};

  spec.works = ParseYearSeries(table, context, "works", context.currency_scale, false,
                               "works_start_year", "works_end_year");
  spec.works_sector = ParseSector(table, context, "works_sector", false)
                          .value_or(DefaultSector("F", context, "works_sector"));

  spec.floor_area_m2 =
      context.fields.Number(table, "floor_area_m2", context.Field("floor_area_m2"), false)
          .value_or(0);
  if (spec.floor_area_m2 < 0) {
    context.fields.Report(table.get("floor_area_m2"), context.Field("floor_area_m2"),
                          "area must be >= 0");
  }
  if (spec.floor_area_m2 > 0) {
    const auto m2 = context.fields.Number(table, "m2_per_job", context.Field("m2_per_job"), true);
    if (m2 && !(*m2 > 0)) {
      context.fields.Report(table.get("m2_per_job"), context.Field("m2_per_job"),
                            "value must be > 0");
    }
    spec.m2_per_job = m2.value_or(0);
    spec.occupancy = ParseYearShares(table, context, "occupancy", "occupied share", true,
                                     "occupancy_start_year", "occupancy_end_year");
    if (auto sector = ParseSector(table, context, "hosted_sector", true))
      spec.hosted_sector = *sector;
    spec.occupancy_without = ReadOccupancyWithout(table, context, spec.occupancy);
    CheckOccupancyWithout(table, context, spec);
  } else {
    for (const char* key : {"occupancy_without", "occupancy_without_by_year"}) {
      if (table.contains(key)) {
        context.fields.Report(table.get(key), context.Field(key),
                              "needs floor_area_m2 (the area it applies to)");
      }
    }
  }
}

}  // namespace ripple
