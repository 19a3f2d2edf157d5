// Solve of one small dense system M x = b without row exchanges, for the
// benchmark's technical-coefficient Monte Carlo (b): M = I - A_k.
//
// When every column of M is strictly diagonally dominant (|m_jj| > sum over
// i != j of |m_ij|; for M = I - A with A >= 0 this is "every column sum of A
// is below 1"), partial pivoting never exchanges rows: the diagonal is the
// largest entry of its column at every step, because one elimination step
// keeps the property (Wilkinson 1961): with pivot m_11 and s_ij = m_ij -
// m_i1 m_1j / m_11, for j > 1
//   sum_{i>1, i!=j} |s_ij| <= sum_{i>1, i!=j} |m_ij| + |m_1j| (|m_11| - |m_j1|) / |m_11|
//                          <  |m_jj| - |m_1j m_j1 / m_11| <= |s_jj|.
// Gaussian elimination without exchanges then computes the same LU factors
// as partial pivoting (Eigen::PartialPivLU), in another order of operations
// (results agree to rounding).
#pragma once

namespace ripple::bench {

// Is the column-major n x n matrix m strictly column diagonally dominant?
bool ColumnDiagonallyDominant(const double* m, int n);

// Overwrites the column-major n x n matrix m with its LU factors (unit lower
// L below the diagonal, U on and above it) and b (n values) with the solution
// of m x = b. Precondition: ColumnDiagonallyDominant(m, n). Returns the
// smallest |u_kk| (the caller rejects a near-singular draw).
double EliminateAndSolve(double* m, int n, double* b);

}  // namespace ripple::bench
