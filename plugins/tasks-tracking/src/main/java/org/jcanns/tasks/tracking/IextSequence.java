package org.jcanns.tasks.tracking;

import java.util.Arrays;
import org.jcanns.core.geometry.Linspace;
import org.jcanns.core.memory.MemoryLimit;

/**
 * The stimulus position of every step, built from key points and durations exactly as canns builds its
 * {@code Iext_sequence} (Python float arithmetic: {@code int(d/dt)} steps per segment, {@code ceil(Σd/dt)} in all).
 */
final class IextSequence {
    private IextSequence() {
    }

    /** canns' {@code total_steps = ceil(Σ duration / dt)}. */
    static int totalSteps(double[] durations, double dt) {
        double total = 0;
        for (double d : durations) {
            total += d;
        }
        double steps = Math.ceil(total / dt);
        if (!(steps <= Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("the task lasts " + total + " time units of dt = " + dt + ": "
                    + String.format(java.util.Locale.ROOT, "%.3g", steps) + " steps, more than the "
                    + Integer.MAX_VALUE + " a run can have; use a larger --dt or shorter durations");
        }
        // One key point of a few doubles per step, held until the input is generated.
        MemoryLimit.require(MemoryLimit.times((long) steps, 48), "the task's key-point sequence ("
                + (long) steps + " steps)");
        return (int) steps;
    }

    /** Step function: {@code iext[i]} held for {@code int(duration[i]/dt)} steps; the rest holds the last one. */
    static double[][] stepwise(double[][] iext, double[] durations, double dt) {
        double[][] seq = new double[totalSteps(durations, dt)][];
        int t = 0;
        for (int i = 0; i < durations.length && t < seq.length; i++) {
            int n = (int) (durations[i] / dt);
            for (int s = 0; s < n && t < seq.length; s++) {
                seq[t++] = iext[i].clone();
            }
        }
        fillTail(seq, t, iext[iext.length - 1]);
        return seq;
    }

    /**
     * Smooth tracking: segment i moves linearly from key point i to i+1 over {@code int(duration[i]/dt)} steps
     * ({@code linspace} with both ends, per coordinate); the rest holds the last key point.
     */
    static double[][] smooth(double[][] keyPoints, double[] durations, double dt) {
        double[][] seq = new double[totalSteps(durations, dt)][];
        int dims = keyPoints[0].length;
        int t = 0;
        for (int i = 0; i < durations.length; i++) {
            int n = (int) (durations[i] / dt);
            double[][] coords = new double[dims][];
            for (int d = 0; d < dims; d++) {
                coords[d] = Linspace.of(keyPoints[i][d], keyPoints[i + 1][d], n, true);
            }
            for (int s = 0; s < n && t < seq.length; s++) {
                double[] p = new double[dims];
                for (int d = 0; d < dims; d++) {
                    p[d] = coords[d][s];
                }
                seq[t++] = p;
            }
        }
        fillTail(seq, t, keyPoints[keyPoints.length - 1]);
        return seq;
    }

    private static void fillTail(double[][] seq, int from, double[] last) {
        for (int t = from; t < seq.length; t++) {
            seq[t] = last.clone();
        }
    }

    /** Splits a flat list of coordinates into points of {@code dims} coordinates (x,y pairs for 2D). */
    static double[][] points(double[] flat, int dims) {
        double[][] p = new double[flat.length / dims][];
        for (int i = 0; i < p.length; i++) {
            p[i] = Arrays.copyOfRange(flat, i * dims, (i + 1) * dims);
        }
        return p;
    }
}
