package org.jcanns.analysis.bump;

/**
 * The modified Bessel function of the first kind, order 0, which normalises the von Mises bumps: exact (to a few
 * ulps, as scipy's {@code i0}) and canns' numba approximation.
 */
public final class Bessel {
    /** Below this the power series is summed; above it the asymptotic expansion converges faster. */
    private static final double SERIES_LIMIT = 30;

    private Bessel() {
    }

    /**
     * I₀(x): the power series {@code Σ (x²/4)^k/(k!)²} (all terms positive, so no cancellation) or, for large |x|,
     * the asymptotic series {@code e^|x|/√(2π|x|)·Σ ((2k−1)!!)²/(k!·(8|x|)^k)}.
     */
    public static double i0(double x) {
        double a = Math.abs(x);
        if (a <= SERIES_LIMIT) {
            double q = a * a / 4;
            double term = 1;
            double sum = 1;
            for (int k = 1; term > 1e-17 * sum; k++) {
                term *= q / ((double) k * k);
                sum += term;
            }
            return sum;
        }
        double term = 1;
        double sum = 1;
        for (int k = 1; k < 60; k++) {
            term *= (2.0 * k - 1) * (2.0 * k - 1) / (8.0 * k * a);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return Math.exp(a) / Math.sqrt(2 * Math.PI * a) * sum;
    }

    /**
     * canns' numba approximation: {@code e^κ/√(2πκ)} for κ > 3.75, else {@code 1 + κ²/4 + κ⁴/64} (a truncated
     * series; 8% low at κ = 3.75, and discontinuous there).
     */
    public static double i0Numba(double kappa) {
        if (kappa > 3.75) {
            return Math.exp(kappa) / Math.sqrt(2 * Math.PI * kappa);
        }
        return 1.0 + kappa * kappa / 4.0 + kappa * kappa * kappa * kappa / 64.0;
    }
}
