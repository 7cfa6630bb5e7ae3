package org.jcanns.core.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Sums of the lanes of a float vector in one fixed order, for every Vector API kernel that reduces.
 *
 * <p>{@code FloatVector.reduceLanes(ADD)} leaves the order of the additions unspecified, and it differs in practice:
 * the interpreted fallback adds lane by lane while the C2 intrinsic adds halves, so the same call gave results
 * differing in the last bits before and after JIT compilation. Here the order is always the same: the upper half
 * of the lanes is added onto the lower half, lane by lane, and again on the result, until one lane remains (for 8
 * lanes: ((v0 + v4) + (v2 + v6)) + ((v1 + v5) + (v3 + v7))). Every step is a lane-wise IEEE addition, which the
 * interpreter and compiled code perform identically. Only loaded with the Vector API (from the panama tiers).
 */
public final class Lanes {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    // One shuffle per halving step h (lane i reads lane i + h), as constants so that C2 folds them.
    private static final VectorShuffle<Float> H8 = halving(8);
    private static final VectorShuffle<Float> H4 = halving(4);
    private static final VectorShuffle<Float> H2 = halving(2);
    private static final VectorShuffle<Float> H1 = halving(1);

    private Lanes() {
    }

    private static VectorShuffle<Float> halving(int h) {
        if (h >= L) {
            return null;
        }
        int[] from = new int[L];
        for (int i = 0; i < L; i++) {
            from[i] = i + h < L ? i + h : i;
        }
        return VectorShuffle.fromArray(S, from, 0);
    }

    /** The sum of the lanes of {@code v} (of the preferred species, up to 16 lanes) in the fixed halving order. */
    public static float sum(FloatVector v) {
        if (L > 8) {
            v = v.add(v.rearrange(H8));
        }
        if (L > 4) {
            v = v.add(v.rearrange(H4));
        }
        if (L > 2) {
            v = v.add(v.rearrange(H2));
        }
        if (L > 1) {
            v = v.add(v.rearrange(H1));
        }
        return v.lane(0);
    }
}
