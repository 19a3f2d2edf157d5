// Location quotients SLQ, CILQ, FLQ and AFLQ; formulas and sources in
// ripple/regionalize.h.
#include <cmath>

#include "ripple/base/error.h"
#include "ripple/import/regionalize.h"

namespace ripple {
namespace {

struct MethodSpelling {
  LqMethod method;
  const char* name;
};

constexpr MethodSpelling kMethods[] = {{LqMethod::kSlq, "slq"},
                                       {LqMethod::kCilq, "cilq"},
                                       {LqMethod::kFlq, "flq"},
                                       {LqMethod::kAflq, "aflq"}};

bool UsesDelta(LqMethod method) { return method == LqMethod::kFlq || method == LqMethod::kAflq; }

void CheckInputs(const SectorEmployment& employment, LqMethod method, double delta) {
  Problems problems;
  if (UsesDelta(method) && !(delta >= 0 && delta < 1)) {
    problems.Add(
        "delta: value " + FormatNumber(delta) +
        " must be within [0, 1) (Flegg & Webber 1997: lambda = [log2(1 + E^r/E^n)]^delta)");
  }
  if (!(employment.region_total > 0) || !(employment.national_total > 0)) {
    problems.Add("employment: totals must be > 0 (region " + FormatNumber(employment.region_total) +
                 ", nation " + FormatNumber(employment.national_total) + ")");
  }
  if (employment.region.size() != employment.national.size()) {
    problems.Add("employment: " + std::to_string(employment.region.size()) +
                 " regional values but " + std::to_string(employment.national.size()) +
                 " national values");
  }
  problems.ThrowIfAny();
}

// SLQ_i = (E_i^r / E^r) / (E_i^n / E^n); 0 when the nation has no employment
// in the group (MatchEmployment rejects that case for real tables).
Vector SimpleQuotients(const SectorEmployment& employment) {
  const Eigen::Index n = employment.region.size();
  Vector slq = Vector::Zero(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    if (employment.national(i) > 0) {
      slq(i) = (employment.region(i) / employment.region_total) /
               (employment.national(i) / employment.national_total);
    }
  }
  return slq;
}

// q_ij before the FLQ scale: SLQ_i on the diagonal and for method SLQ,
// SLQ_i / SLQ_j elsewhere; a column j with SLQ_j = 0 is 0 (no regional output).
Matrix CrossIndustryQuotients(const Vector& slq, bool cross_industry) {
  const Eigen::Index n = slq.size();
  Matrix q = Matrix::Zero(n, n);
  for (Eigen::Index j = 0; j < n; ++j) {
    if (slq(j) == 0) continue;
    for (Eigen::Index i = 0; i < n; ++i) {
      q(i, j) = (cross_industry && i != j) ? slq(i) / slq(j) : slq(i);
    }
  }
  return q;
}

}  // namespace

const char* LqMethodName(LqMethod method) {
  for (const auto& spelling : kMethods) {
    if (spelling.method == method) return spelling.name;
  }
  return "unknown";
}

std::optional<LqMethod> ParseLqMethod(std::string_view name) {
  for (const auto& spelling : kMethods) {
    if (name == spelling.name) return spelling.method;
  }
  return std::nullopt;
}

const std::vector<std::string>& LqMethodNames() {
  static const std::vector<std::string> names = {"slq", "cilq", "flq", "aflq"};
  return names;
}

LocationQuotients ComputeLocationQuotients(const SectorEmployment& employment, LqMethod method,
                                           double delta) {
  CheckInputs(employment, method, delta);
  LocationQuotients result;
  result.method = method;
  result.delta = UsesDelta(method) ? delta : 0.0;
  result.slq = SimpleQuotients(employment);
  result.quotients = CrossIndustryQuotients(result.slq, method != LqMethod::kSlq);
  if (UsesDelta(method)) {
    // lambda = [log2(1 + E^r/E^n)]^delta (Flegg & Webber 1997).
    result.lambda =
        std::pow(std::log2(1.0 + employment.region_total / employment.national_total), delta);
    result.quotients *= result.lambda;
  }
  if (method == LqMethod::kAflq) {
    // Specialised purchasing sectors (SLQ_j > 1) buy more locally (Flegg & Webber 2000).
    for (Eigen::Index j = 0; j < result.slq.size(); ++j) {
      if (result.slq(j) > 1) result.quotients.col(j) *= std::log2(1.0 + result.slq(j));
    }
  }
  result.rpc = result.quotients.cwiseMin(1.0);
  return result;
}

}  // namespace ripple
