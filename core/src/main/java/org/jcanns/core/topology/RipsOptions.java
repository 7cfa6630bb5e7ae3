package org.jcanns.core.topology;

/**
 * What to compute: homology in dimensions 0..{@code maxDim} with coefficients in Z/{@code coefficient} (a prime),
 * over the complexes up to diameter {@code threshold} ({@code +inf}: all of them), with representative cocycles if
 * {@code cocycles}.
 */
public record RipsOptions(int maxDim, int coefficient, double threshold, boolean cocycles) {
    /** Checks the values: maxDim >= 0, a prime coefficient, a non-negative threshold. */
    public RipsOptions {
        if (maxDim < 0) {
            throw new IllegalArgumentException("maxdim: expected 0 or more, got " + maxDim);
        }
        if (!PrimeField.isPrime(coefficient) || coefficient > PrimeField.MAX_PRIME) {
            throw new IllegalArgumentException("coeff: expected a prime between 2 and " + PrimeField.MAX_PRIME
                    + ", got " + coefficient);
        }
        if (Double.isNaN(threshold) || threshold < 0) {
            throw new IllegalArgumentException("threshold: expected a non-negative distance, got " + threshold);
        }
    }

    /** canns' defaults: H0 and H1 over Z/47, no threshold, with cocycles. */
    public static RipsOptions canns() {
        return new RipsOptions(1, 47, Double.POSITIVE_INFINITY, true);
    }
}
