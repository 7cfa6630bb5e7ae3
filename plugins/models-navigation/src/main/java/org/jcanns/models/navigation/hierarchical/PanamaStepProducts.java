package org.jcanns.models.navigation.hierarchical;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link StepProducts} with the Vector API on heap arrays. The torus product keeps two output rows of three vectors
 * in registers (six independent accumulators) and runs through the non-zero inputs once per block, reading the
 * kernel windows from L1; the inputs are first compacted (value, offset) so the inner loop does no index
 * arithmetic. Not thread-safe (buffers per instance).
 */
public final class PanamaStepProducts implements StepProducts {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Columns per block of the torus product: three vectors. */
    private static final int C = 3 * L;

    private final float[] block = new float[L];
    private float[] values = new float[0];
    private int[] offsets = new int[0];
    private float[] rows = new float[0];

    @Override
    public void torusProduct(float[] window, int n, int[] nonZero, int count, float[] r, int ro, float[] y, int yo) {
        int stride = torusStride(n);
        compact(count);
        for (int t = 0; t < count; t++) {
            int q = nonZero[t];
            int a = q / n;
            values[t] = r[ro + q];
            // Row i of the output reads window row i − a + n from column n − b: offset i·stride + this.
            offsets[t] = (n - a) * stride + n - (q - a * n);
        }
        int width = (n + C - 1) / C * C;
        int pairs = (n + 1) / 2;
        if (rows.length < 2 * pairs * width) {
            rows = new float[2 * pairs * width];
        }
        for (int i = 0; i < 2 * pairs; i += 2) {
            for (int j0 = 0; j0 < width; j0 += C) {
                int o1 = i * stride + j0;
                int o2 = o1 + stride;
                FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, b0 = a0, b1 = a0, b2 = a0;
                for (int t = 0; t < count; t++) {
                    FloatVector rq = FloatVector.broadcast(S, values[t]);
                    int o = offsets[t];
                    a0 = FloatVector.fromArray(S, window, o1 + o).fma(rq, a0);
                    a1 = FloatVector.fromArray(S, window, o1 + o + L).fma(rq, a1);
                    a2 = FloatVector.fromArray(S, window, o1 + o + 2 * L).fma(rq, a2);
                    b0 = FloatVector.fromArray(S, window, o2 + o).fma(rq, b0);
                    b1 = FloatVector.fromArray(S, window, o2 + o + L).fma(rq, b1);
                    b2 = FloatVector.fromArray(S, window, o2 + o + 2 * L).fma(rq, b2);
                }
                int at = i * width + j0;
                a0.intoArray(rows, at);
                a1.intoArray(rows, at + L);
                a2.intoArray(rows, at + 2 * L);
                b0.intoArray(rows, at + width);
                b1.intoArray(rows, at + width + L);
                b2.intoArray(rows, at + width + 2 * L);
            }
        }
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows, i * width, y, yo + i * n, n);
        }
    }

    @Override
    public int torusStride(int n) {
        return n + (n + C - 1) / C * C;
    }

    @Override
    public float dot(float[] a, int ao, float[] x, int n) {
        FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
        int i = 0;
        for (; i + 4 * L <= n; i += 4 * L) {
            s0 = FloatVector.fromArray(S, a, ao + i).fma(FloatVector.fromArray(S, x, i), s0);
            s1 = FloatVector.fromArray(S, a, ao + i + L).fma(FloatVector.fromArray(S, x, i + L), s1);
            s2 = FloatVector.fromArray(S, a, ao + i + 2 * L).fma(FloatVector.fromArray(S, x, i + 2 * L), s2);
            s3 = FloatVector.fromArray(S, a, ao + i + 3 * L).fma(FloatVector.fromArray(S, x, i + 3 * L), s3);
        }
        // Lanes summed in a fixed order (reduceLanes' order differs between the interpreter and C2).
        s0.add(s1).add(s2.add(s3)).intoArray(block, 0);
        float s = 0;
        for (int lane = 0; lane < L; lane++) {
            s += block[lane];
        }
        for (; i < n; i++) {
            s += a[ao + i] * x[i];
        }
        return s;
    }

    @Override
    public int ringOutputs(int n) {
        return (n + 4 * L - 1) / (4 * L) * (4 * L);
    }

    /**
     * Two bands per pass share every window load: per input, four vectors of the window against the two bands'
     * broadcast inputs, eight accumulators (an odd last band is paired with itself).
     */
    @Override
    public void ringSums(float[][] windows, float[][] inputs, int n, int bands, float[] y) {
        int outputs = ringOutputs(n);
        for (int b1 = 0; b1 < bands; b1 += 2) {
            int b2 = Math.min(b1 + 1, bands - 1);
            for (int j0 = 0; j0 < outputs; j0 += 4 * L) {
                FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
                FloatVector c0 = a0, c1 = a0, c2 = a0, c3 = a0;
                for (int k = 0; k < windows.length; k++) {
                    float[] w = windows[k];
                    float[] x = inputs[k];
                    int x1 = b1 * n;
                    int x2 = b2 * n;
                    for (int i = 0; i < n; i++) {
                        int o = j0 - i + n;
                        FloatVector w0 = FloatVector.fromArray(S, w, o);
                        FloatVector w1 = FloatVector.fromArray(S, w, o + L);
                        FloatVector w2 = FloatVector.fromArray(S, w, o + 2 * L);
                        FloatVector w3 = FloatVector.fromArray(S, w, o + 3 * L);
                        FloatVector s1 = FloatVector.broadcast(S, x[x1 + i]);
                        FloatVector s2 = FloatVector.broadcast(S, x[x2 + i]);
                        a0 = w0.fma(s1, a0);
                        a1 = w1.fma(s1, a1);
                        a2 = w2.fma(s1, a2);
                        a3 = w3.fma(s1, a3);
                        c0 = w0.fma(s2, c0);
                        c1 = w1.fma(s2, c1);
                        c2 = w2.fma(s2, c2);
                        c3 = w3.fma(s2, c3);
                    }
                }
                int o1 = b1 * outputs + j0;
                a0.intoArray(y, o1);
                a1.intoArray(y, o1 + L);
                a2.intoArray(y, o1 + 2 * L);
                a3.intoArray(y, o1 + 3 * L);
                int o2 = b2 * outputs + j0;
                c0.intoArray(y, o2);
                c1.intoArray(y, o2 + L);
                c2.intoArray(y, o2 + 2 * L);
                c3.intoArray(y, o2 + 3 * L);
            }
        }
    }

    private void compact(int count) {
        if (values.length < count) {
            values = new float[count];
            offsets = new int[count];
        }
    }
}
