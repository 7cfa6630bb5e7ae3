package org.jcanns.models.navigation;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.Tensor;

/**
 * canns' population-vector decoding: the angle of {@code Σ e^{i·x_k}·w_k}, on precomputed cos and sin tables. Not
 * thread-safe (it reuses a buffer).
 */
public final class CircularMean {
    private final double[] cos;
    private final double[] sin;
    private final NavigationKernels ops;
    private float[] rates;
    private final float[] columnSums;
    private final float[] rowSums;

    /** Decoding over the neuron angles {@code x}, summing with the tier of {@code kernels}. */
    public CircularMean(double[] x, Kernels kernels) {
        ops = kernels.get(NavigationKernels.class);
        cos = new double[x.length];
        sin = new double[x.length];
        columnSums = new float[x.length];
        rowSums = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            cos[i] = Math.cos(x[i]);
            sin[i] = Math.sin(x[i]);
        }
    }

    /** {@code angle(Σ e^{i x} w)}; 0 when every weight is 0 (numpy's angle of 0). */
    public double angle(double[] w) {
        double re = 0, im = 0;
        for (int i = 0; i < w.length; i++) {
            re += cos[i] * w[i];
            im += sin[i] * w[i];
        }
        return Math.atan2(im, re);
    }

    /** {@code angle(Σ e^{i x} w)} of a tensor with one weight per angle. */
    public double angle(Tensor w) {
        return angle(toDoubles(w));
    }

    /** {@code angle(Σ e^{i x} w / Σ w)}: GaussRecUnits' decode, which turns by π when Σ w is negative. */
    public double normalisedAngle(Tensor w) {
        double[] v = toDoubles(w);
        double re = 0, im = 0, sum = 0;
        for (int i = 0; i < v.length; i++) {
            re += cos[i] * v[i];
            im += sin[i] * v[i];
            sum += v[i];
        }
        return Math.atan2(im / sum, re / sum);
    }

    /**
     * The centre of activity {@code r} on the n×n lattice (neuron i·n + j at angles (x[j], x[i])): rates at or below
     * {@code fraction}·max(r) count as 0, then the angle along columns and the angle along rows (canns' get_center).
     */
    public double[] torusCentre(Tensor r, double fraction) {
        int n = cos.length;
        if (rates == null || rates.length != r.size()) {
            rates = new float[Math.toIntExact(r.size())];
        }
        MemorySegment.copy(r.segment(), ValueLayout.JAVA_FLOAT, 0, rates, 0, rates.length);
        float max = ops.max(rates, rates.length);
        ops.thresholdedSums(rates, n, n, (float) (max * fraction), rowSums, columnSums);
        double[] columns = new double[n];
        double[] rows = new double[n];
        for (int i = 0; i < n; i++) {
            columns[i] = columnSums[i];
            rows[i] = rowSums[i];
        }
        return new double[] {angle(columns), angle(rows)};
    }

    private static double[] toDoubles(Tensor t) {
        double[] v = new double[Math.toIntExact(t.size())];
        for (int i = 0; i < v.length; i++) {
            v[i] = t.get(i);
        }
        return v;
    }
}
