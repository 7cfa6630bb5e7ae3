package org.jcanns.core.analysis;

import java.lang.foreign.Arena;
import java.util.random.RandomGenerator;
import org.jcanns.spi.Tensor;

/** Conversions between binary spike trains and binned firing rates (canns' {@code analyzer/utils.py}). */
public final class SpikeTrains {
    private SpikeTrains() {
    }

    /**
     * Spike counts per {@code dtRate} window: {@code spikes} (T, N), non-zero meaning a spike at time
     * {@code i·dtSpike}, gives (floor(T·dtSpike/dtRate), N) counts (canns returns counts, not Hz, despite its docstring).
     *
     * <p>Bins are numpy histogram bins with edges {@code k·dtRate}: half-open, the last one closed. canns builds
     * the edges with {@code arange(0, duration + dtRate, dtRate)}, which for some durations yields one edge more
     * than it has rows and fails; jcanns always uses exactly floor(duration/dtRate) bins, equal to canns wherever
     * canns runs.
     */
    public static Tensor toFiringRate(Tensor spikes, double dtSpike, double dtRate, Arena arena) {
        requireMatrix(spikes, "spikes");
        requirePositive(dtSpike, "dt_spike");
        requirePositive(dtRate, "dt_rate");
        if (dtRate < dtSpike) {
            throw new IllegalArgumentException("dt_rate (" + dtRate + ") must be >= dt_spike (" + dtSpike + ")");
        }
        int steps = spikes.dim(0);
        int neurons = spikes.dim(1);
        double duration = steps * dtSpike;
        int bins = (int) Math.floor(duration / dtRate);
        Tensor out = Tensor.allocate(arena, bins, neurons);
        if (bins == 0) {
            return out;
        }
        double lastEdge = bins * dtRate;
        for (int i = 0; i < steps; i++) {
            double time = i * dtSpike;
            int bin = binOf(time, dtRate, bins, lastEdge);
            if (bin < 0) {
                continue;
            }
            for (int n = 0; n < neurons; n++) {
                if (spikes.get(i, n) != 0f) {
                    out.set(bin, n, out.get(bin, n) + 1f);
                }
            }
        }
        return out;
    }

    /** The histogram bin of {@code time} for edges {@code k·width}, k = 0..bins (last bin closed), or -1 outside. */
    private static int binOf(double time, double width, int bins, double lastEdge) {
        if (time < 0 || time > lastEdge) {
            return -1;
        }
        int k = (int) Math.min(bins - 1, Math.floor(time / width));
        // Division can land one bin off where time sits on an edge; compare with the edges themselves as numpy does.
        while (k > 0 && time < k * width) {
            k--;
        }
        while (k < bins - 1 && time >= (k + 1) * width) {
            k++;
        }
        return k;
    }

    /**
     * Per-step spike probabilities {@code rate·dtSpike/dtRate}, clipped to [0, 1], after interpolating the rates
     * (Tr, N) linearly from the bin centres {@code (k + 0.5)·dtRate} onto {@code i·dtSpike}
     * (numpy {@code interp}: constant beyond the end centres; negative rates clipped to 0).
     */
    public static double[][] spikeProbabilities(Tensor rates, double dtRate, double dtSpike) {
        requireMatrix(rates, "firing_rates");
        requirePositive(dtSpike, "dt_spike");
        requirePositive(dtRate, "dt_rate");
        if (dtSpike > dtRate) {
            throw new IllegalArgumentException("dt_spike (" + dtSpike + ") must be <= dt_rate (" + dtRate + ")");
        }
        int bins = rates.dim(0);
        int neurons = rates.dim(1);
        int steps = (int) Math.floor(bins * dtRate / dtSpike);
        double[][] p = new double[steps][neurons];
        if (bins == 0) {
            return p;
        }
        for (int i = 0; i < steps; i++) {
            double t = i * dtSpike;
            // Position among the centres c_k = (k + 0.5)·dtRate.
            double c0 = 0.5 * dtRate;
            double cLast = (bins - 1 + 0.5) * dtRate;
            for (int n = 0; n < neurons; n++) {
                double r;
                if (t <= c0) {
                    r = rates.get(0, n);
                } else if (t >= cLast) {
                    r = rates.get(bins - 1, n);
                } else {
                    int k = (int) Math.floor(t / dtRate - 0.5);
                    k = Math.max(0, Math.min(bins - 2, k));
                    while (k > 0 && t < (k + 0.5) * dtRate) {
                        k--;
                    }
                    while (k < bins - 2 && t >= (k + 1 + 0.5) * dtRate) {
                        k++;
                    }
                    double xa = (k + 0.5) * dtRate;
                    double xb = (k + 1 + 0.5) * dtRate;
                    double ya = rates.get(k, n);
                    double yb = rates.get(k + 1, n);
                    r = ya + (yb - ya) * (t - xa) / (xb - xa);
                }
                double prob = Math.max(r, 0) * dtSpike / dtRate;
                p[i][n] = Math.min(1, Math.max(0, prob));
            }
        }
        return p;
    }

    /**
     * A Bernoulli spike train (floor(Tr·dtRate/dtSpike), N) of 0/1 from the rates, with probabilities from
     * {@link #spikeProbabilities}; at most one spike per step. canns draws from numpy's global generator;
     * jcanns takes a seeded {@code random}.
     */
    public static Tensor toSpikeTrain(Tensor rates, double dtRate, double dtSpike, RandomGenerator random,
                                      Arena arena) {
        double[][] p = spikeProbabilities(rates, dtRate, dtSpike);
        int neurons = rates.dim(1);
        Tensor out = Tensor.allocate(arena, p.length, neurons);
        for (int i = 0; i < p.length; i++) {
            for (int n = 0; n < neurons; n++) {
                if (random.nextDouble() < p[i][n]) {
                    out.set(i, n, 1f);
                }
            }
        }
        return out;
    }

    static void requireMatrix(Tensor t, String name) {
        if (t.rank() != 2) {
            throw new IllegalArgumentException(name + " must be a 2-D array (time, neurons), got shape "
                    + java.util.Arrays.toString(t.shape()));
        }
    }

    private static void requirePositive(double v, String name) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, got " + v);
        }
    }
}
