// Eigen aliases used across Ripple. Dense, column-major, double precision.
#pragma once

#include <Eigen/Dense>

namespace ripple {

using Matrix = Eigen::MatrixXd;
using Vector = Eigen::VectorXd;

}  // namespace ripple
