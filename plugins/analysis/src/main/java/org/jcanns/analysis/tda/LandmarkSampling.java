package org.jcanns.analysis.tda;

/**
 * canns' greedy landmark selection on the fuzzy graph ({@code _sample_denoising}, omega = 1): start from the point
 * with the largest total membership, then repeatedly subtract the chosen point's memberships from every total and
 * take the largest total among the points not yet chosen (the first in index order on ties).
 */
final class LandmarkSampling {
    private LandmarkSampling() {
    }

    /** The indices of {@code count} landmarks, in the order chosen. */
    static int[] select(FuzzyGraph a, int count, double omega) {
        if (count < 1 || count > a.n) {
            throw new IllegalArgumentException("n_points: expected 1 to " + a.n + " landmarks (the number of active "
                    + "times), got " + count);
        }
        double[] f = a.rowSums();
        boolean[] chosen = new boolean[a.n];
        int[] landmarks = new int[count];
        int i = argmax(f, chosen);
        for (int s = 0; ; s++) {
            landmarks[s] = i;
            chosen[i] = true;
            if (s + 1 == count) {
                return landmarks;
            }
            for (int e = a.start[i]; e < a.start[i + 1]; e++) {
                f[a.column[e]] -= omega * a.value[e];
            }
            i = argmax(f, chosen);
        }
    }

    private static int argmax(double[] f, boolean[] chosen) {
        int best = -1;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < f.length; j++) {
            if (!chosen[j] && f[j] > max) {
                max = f[j];
                best = j;
            }
        }
        return best;
    }
}
