package org.crnstudio.sim;

/**
 * LU decomposition with partial pivoting of a dense square matrix, in place, and solves with it; reuses its
 * arrays, so a stiff integrator can factor and solve at every step without allocating.
 */
final class DenseLu {

    private final int n;
    private final double[][] lu;
    private final int[] pivot;

    DenseLu(int n) {
        this.n = n;
        this.lu = new double[n][n];
        this.pivot = new int[n];
    }

    /** The matrix to fill before {@link #factor()}; overwritten by its factors. */
    double[][] matrix() {
        return lu;
    }

    /** Factors the matrix; false when it is singular to working precision. */
    boolean factor() {
        for (int k = 0; k < n; k++) {
            int best = k;
            double largest = Math.abs(lu[k][k]);
            for (int i = k + 1; i < n; i++) {
                double candidate = Math.abs(lu[i][k]);
                if (candidate > largest) {
                    largest = candidate;
                    best = i;
                }
            }
            if (largest == 0 || !Double.isFinite(largest)) {
                return false;
            }
            pivot[k] = best;
            if (best != k) {
                double[] row = lu[k];
                lu[k] = lu[best];
                lu[best] = row;
            }
            double[] pivotRow = lu[k];
            double inverse = 1.0 / pivotRow[k];
            for (int i = k + 1; i < n; i++) {
                double[] row = lu[i];
                double factor = row[k] * inverse;
                row[k] = factor;
                if (factor != 0) {
                    for (int j = k + 1; j < n; j++) {
                        row[j] -= factor * pivotRow[j];
                    }
                }
            }
        }
        return true;
    }

    /** Solves A x = b for the last factored A; b is overwritten by x. */
    void solve(double[] b) {
        for (int k = 0; k < n; k++) {
            int p = pivot[k];
            if (p != k) {
                double swap = b[k];
                b[k] = b[p];
                b[p] = swap;
            }
        }
        for (int i = 1; i < n; i++) {
            double[] row = lu[i];
            double sum = b[i];
            for (int j = 0; j < i; j++) {
                sum -= row[j] * b[j];
            }
            b[i] = sum;
        }
        for (int i = n - 1; i >= 0; i--) {
            double[] row = lu[i];
            double sum = b[i];
            for (int j = i + 1; j < n; j++) {
                sum -= row[j] * b[j];
            }
            b[i] = sum / row[i];
        }
    }
}
