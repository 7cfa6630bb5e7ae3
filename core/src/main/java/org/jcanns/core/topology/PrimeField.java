package org.jcanns.core.topology;

/** Arithmetic in Z/p for a prime p: the coefficient field of the persistence computation. */
final class PrimeField {
    /** Largest accepted prime: products of two coefficients must fit in an int. */
    static final int MAX_PRIME = 32749;

    final int p;
    private final int[] inverse;

    PrimeField(int p) {
        if (!isPrime(p) || p > MAX_PRIME) {
            throw new IllegalArgumentException("coeff: expected a prime between 2 and " + MAX_PRIME + ", got " + p);
        }
        this.p = p;
        inverse = new int[p];
        inverse[1] = 1;
        // inverse(a) = -(p / a) * inverse(p mod a): from p = (p / a) * a + p mod a.
        for (int a = 2; a < p; a++) {
            inverse[a] = (p - (p / a) * inverse[p % a] % p) % p;
        }
    }

    /** The inverse of {@code a} in 1..p-1. */
    int inverse(int a) {
        return inverse[a];
    }

    /** Whether {@code p} is a prime number. */
    static boolean isPrime(int p) {
        if (p < 2) {
            return false;
        }
        for (int d = 2; (long) d * d <= p; d++) {
            if (p % d == 0) {
                return false;
            }
        }
        return true;
    }

    /** Bits needed to store a coefficient in 0..p-1. */
    int bits() {
        return 32 - Integer.numberOfLeadingZeros(p - 1);
    }
}
