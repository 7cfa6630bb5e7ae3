package org.jcanns.analysis.synthetic;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.jcanns.analysis.data.GridRecording;

/** Collects Poisson spikes per cell, time bin by time bin, into the plain layout (times concatenated by cell). */
final class PoissonSpikes {
    private final double[][] times;
    private final int[] counts;
    private final RandomGenerator rng;

    PoissonSpikes(int cells, RandomGenerator rng) {
        this.times = new double[cells][16];
        this.counts = new int[cells];
        this.rng = rng;
    }

    /** Draws the spikes of {@code cell} in the bin [t, t + dt) at {@code rate} Hz; times within the bin are sorted. */
    void bin(int cell, double t, double dt, double rate) {
        int k = poisson(rate * dt);
        if (k == 0) {
            return;
        }
        double[] at = new double[k];
        for (int i = 0; i < k; i++) {
            at[i] = t + rng.nextDouble() * dt;
        }
        Arrays.sort(at);
        if (counts[cell] + k > times[cell].length) {
            times[cell] = Arrays.copyOf(times[cell], Math.max(counts[cell] + k, 2 * times[cell].length));
        }
        System.arraycopy(at, 0, times[cell], counts[cell], k);
        counts[cell] += k;
    }

    /** A Poisson count of mean {@code mean} (inversion: means here are well below 1). */
    private int poisson(double mean) {
        double u = rng.nextDouble();
        double p = Math.exp(-mean);
        double cdf = p;
        int k = 0;
        while (u > cdf && k < 1000) {
            k++;
            p *= mean / k;
            cdf += p;
        }
        return k;
    }

    /** The recording: these spikes with sample times {@code t} and positions {@code x}, {@code y} (or null). */
    GridRecording recording(double[] t, double[] x, double[] y) {
        long total = 0;
        long[] c = new long[counts.length];
        for (int i = 0; i < counts.length; i++) {
            c[i] = counts[i];
            total += counts[i];
        }
        double[] all = new double[Math.toIntExact(total)];
        int at = 0;
        for (int i = 0; i < counts.length; i++) {
            System.arraycopy(times[i], 0, all, at, counts[i]);
            at += counts[i];
        }
        return new GridRecording(all, c, t, x, y);
    }
}
