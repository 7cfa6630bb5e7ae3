package org.jcanns.core.kernel;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;
import org.jcanns.core.fft.FftPlan;
import org.jcanns.core.fft.MixedRadixPlan;

/**
 * Vector API kernels at the preferred width (512 bits on AVX-512 machines, 256 on AVX2). Loaded reflectively by
 * {@link KernelSelection} so that a JVM without {@code jdk.incubator.vector} never links this class; public and
 * open so that the native tier can extend it and override only what BLAS does faster.
 */
public class PanamaKernels extends ScalarKernels {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final ByteOrder NATIVE = ByteOrder.nativeOrder();
    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT;
    /** FFT stages whose butterflies pair lanes of one vector: half-sizes 1, 2, ..., L/2. */
    private static final int SMALL_STAGES = Integer.numberOfTrailingZeros(L);
    /** Per small stage s (half-size h = 2^s): lane j ↔ lane j ^ h. */
    @SuppressWarnings("unchecked")
    private static final VectorShuffle<Float>[] SWAP = new VectorShuffle[SMALL_STAGES];
    /** Per small stage: the lanes holding the second element of their pair. */
    @SuppressWarnings("unchecked")
    private static final VectorMask<Float>[] UPPER = new VectorMask[SMALL_STAGES];
    /** Per small stage s, L lane twiddles at s·L: 1 on lower lanes, exp(−πik/h) on upper lanes (k = j mod h). */
    private static final float[] LANE_TW_RE = new float[Math.max(1, SMALL_STAGES) * L];
    private static final float[] LANE_TW_IM = new float[Math.max(1, SMALL_STAGES) * L];

    /** Lane i ↔ lane L − 1 − i: reads the mirrored end of a range in ascending order. */
    private static final VectorShuffle<Float> REVERSE;

    static {
        int[] rev = new int[L];
        for (int j = 0; j < L; j++) {
            rev[j] = L - 1 - j;
        }
        REVERSE = VectorShuffle.fromArray(S, rev, 0);
        for (int st = 0; st < SMALL_STAGES; st++) {
            int h = 1 << st;
            int[] swap = new int[L];
            boolean[] upper = new boolean[L];
            for (int j = 0; j < L; j++) {
                swap[j] = j ^ h;
                upper[j] = (j & h) != 0;
                double angle = upper[j] ? -Math.PI * (j & (h - 1)) / h : 0;
                LANE_TW_RE[st * L + j] = (float) Math.cos(angle);
                LANE_TW_IM[st * L + j] = (float) Math.sin(angle);
            }
            SWAP[st] = VectorShuffle.fromArray(S, swap, 0);
            UPPER[st] = VectorMask.fromArray(S, upper, 0);
        }
    }

    /** Transposes work on 8×8 blocks of 256-bit vectors, whatever the preferred width. */
    private static final VectorSpecies<Float> S8 = FloatVector.SPECIES_256;
    /** Per exchange distance d = 4, 2, 1: lane i reads lane i − d (DOWN) or i + d (UP); HIGH: lanes with bit d. */
    private static final VectorShuffle<Float> DOWN4 = shift(-4), DOWN2 = shift(-2), DOWN1 = shift(-1);
    private static final VectorShuffle<Float> UP4 = shift(4), UP2 = shift(2), UP1 = shift(1);
    private static final VectorMask<Float> HIGH4 = bit(4), HIGH2 = bit(2), HIGH1 = bit(1);
    private static final VectorMask<Float> LOW4 = HIGH4.not(), LOW2 = HIGH2.not(), LOW1 = HIGH1.not();

    private static VectorShuffle<Float> shift(int by) {
        int[] from = new int[8];
        for (int i = 0; i < 8; i++) {
            from[i] = Math.floorMod(i + by, 8);
        }
        return VectorShuffle.fromArray(S8, from, 0);
    }

    private static VectorMask<Float> bit(int d) {
        boolean[] set = new boolean[8];
        for (int i = 0; i < 8; i++) {
            set[i] = (i & d) != 0;
        }
        return VectorMask.fromArray(S8, set, 0);
    }

    /** Creates the kernels; the Vector API module must be present. */
    public PanamaKernels() {
    }

    @Override
    public int vectorLanes() {
        return L;
    }

    @Override
    public String name() {
        return "panama";
    }

    @Override
    public String description() {
        return "Vector API, " + S.vectorBitSize() + "-bit (" + L + " floats)";
    }

    private static FloatVector load(MemorySegment m, long index) {
        return FloatVector.fromMemorySegment(S, m, index * Float.BYTES, NATIVE);
    }

    @Override
    protected float dot(MemorySegment a, MemorySegment b, int n) {
        // Four accumulators hide the FMA latency (4 cycles) behind independent chains.
        FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
        int i = 0;
        for (int bound = n - 4 * L + 1; i < bound; i += 4 * L) {
            s0 = load(a, i).fma(load(b, i), s0);
            s1 = load(a, i + L).fma(load(b, i + L), s1);
            s2 = load(a, i + 2 * L).fma(load(b, i + 2 * L), s2);
            s3 = load(a, i + 3 * L).fma(load(b, i + 3 * L), s3);
        }
        for (int bound = S.loopBound(n); i < bound; i += L) {
            s0 = load(a, i).fma(load(b, i), s0);
        }
        float s = Lanes.sum(s0.add(s1).add(s2.add(s3)));
        for (; i < n; i++) {
            s += a.getAtIndex(F, i) * b.getAtIndex(F, i);
        }
        return s;
    }

    @Override
    protected float sumOfSquares(MemorySegment a, int n) {
        return dot(a, a, n);
    }

    @Override
    protected float sum(MemorySegment a, int n) {
        FloatVector s0 = FloatVector.zero(S), s1 = s0;
        int i = 0;
        for (int bound = n - 2 * L + 1; i < bound; i += 2 * L) {
            s0 = s0.add(load(a, i));
            s1 = s1.add(load(a, i + L));
        }
        for (int bound = S.loopBound(n); i < bound; i += L) {
            s0 = s0.add(load(a, i));
        }
        float s = Lanes.sum(s0.add(s1));
        for (; i < n; i++) {
            s += a.getAtIndex(F, i);
        }
        return s;
    }

    @Override
    protected void axpy(float alpha, MemorySegment x, MemorySegment y, int n) {
        FloatVector a = FloatVector.broadcast(S, alpha);
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            load(x, i).fma(a, load(y, i)).intoMemorySegment(y, (long) i * Float.BYTES, NATIVE);
        }
        super.axpy(alpha, x.asSlice((long) i * Float.BYTES), y.asSlice((long) i * Float.BYTES), n - i);
    }

    @Override
    protected void scale(float alpha, MemorySegment x, int n) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            load(x, i).mul(alpha).intoMemorySegment(x, (long) i * Float.BYTES, NATIVE);
        }
        super.scale(alpha, x.asSlice((long) i * Float.BYTES), n - i);
    }

    @Override
    protected void relu(MemorySegment x, int n) {
        FloatVector zero = FloatVector.zero(S);
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector v = load(x, i);
            // Lanes below zero take zero; NaN compares false and is kept.
            v.blend(zero, v.compare(VectorOperators.LT, 0f)).intoMemorySegment(x, (long) i * Float.BYTES, NATIVE);
        }
        super.relu(x.asSlice((long) i * Float.BYTES), n - i);
    }

    @Override
    protected void squareScaled(MemorySegment u, float c, MemorySegment r, int n) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector v = load(u, i);
            v.mul(v).mul(c).intoMemorySegment(r, (long) i * Float.BYTES, NATIVE);
        }
        super.squareScaled(u.asSlice((long) i * Float.BYTES), c, r.asSlice((long) i * Float.BYTES), n - i);
    }

    @Override
    protected void leak(MemorySegment x, MemorySegment drive, float gain, float c, int n) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector v = load(x, i);
            load(drive, i).mul(gain).sub(v).mul(c).add(v).intoMemorySegment(x, (long) i * Float.BYTES, NATIVE);
        }
        super.leak(x.asSlice((long) i * Float.BYTES), drive.asSlice((long) i * Float.BYTES), gain, c, n - i);
    }

    @Override
    protected void gemv(MemorySegment a, int m, int n, MemorySegment x, MemorySegment y) {
        int i = 0;
        // Four rows at a time: each loaded slice of x feeds four FMAs.
        for (; i + 4 <= m; i += 4) {
            long r0 = (long) i * n, r1 = r0 + n, r2 = r1 + n, r3 = r2 + n;
            FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
            int j = 0;
            for (int bound = S.loopBound(n); j < bound; j += L) {
                FloatVector xv = load(x, j);
                s0 = load(a, r0 + j).fma(xv, s0);
                s1 = load(a, r1 + j).fma(xv, s1);
                s2 = load(a, r2 + j).fma(xv, s2);
                s3 = load(a, r3 + j).fma(xv, s3);
            }
            float t0 = Lanes.sum(s0), t1 = Lanes.sum(s1);
            float t2 = Lanes.sum(s2), t3 = Lanes.sum(s3);
            for (; j < n; j++) {
                float xj = x.getAtIndex(F, j);
                t0 += a.getAtIndex(F, r0 + j) * xj;
                t1 += a.getAtIndex(F, r1 + j) * xj;
                t2 += a.getAtIndex(F, r2 + j) * xj;
                t3 += a.getAtIndex(F, r3 + j) * xj;
            }
            y.setAtIndex(F, i, t0);
            y.setAtIndex(F, i + 1, t1);
            y.setAtIndex(F, i + 2, t2);
            y.setAtIndex(F, i + 3, t3);
        }
        for (; i < m; i++) {
            y.setAtIndex(F, i, dot(a.asSlice((long) i * n * Float.BYTES), x, n));
        }
    }

    @Override
    protected void gemmBtInt8(MemorySegment a, MemorySegment q, MemorySegment c, int m, int n, int k) {
        PanamaInt8.gemmBt(a, q, c, m, n, k);
    }

    @Override
    protected boolean allFinite(MemorySegment a, int n) {
        // v − v is 0 for finite v and NaN for NaN or ±infinity, so one NaN survives the sum.
        FloatVector acc = FloatVector.zero(S);
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector v = load(a, i);
            acc = acc.add(v.sub(v));
        }
        return !Float.isNaN(Lanes.sum(acc))
                && super.allFinite(a.asSlice((long) i * Float.BYTES), n - i);
    }

    @Override
    protected void windowGemv(MemorySegment e, MemorySegment x, MemorySegment y, int m, int n) {
        // Eight rows at a time: eight independent FMA chains keep both FMA pipes busy, and each slice of x is
        // loaded once for eight rows. Row i + r is the window of e starting at i + r (unaligned loads from L1).
        int i = 0;
        int bound = S.loopBound(n);
        for (; i + 8 <= m; i += 8) {
            FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0, s6 = s0, s7 = s0;
            int j = 0;
            for (; j < bound; j += L) {
                FloatVector xv = load(x, j);
                long o = (long) i + j;
                s0 = load(e, o).fma(xv, s0);
                s1 = load(e, o + 1).fma(xv, s1);
                s2 = load(e, o + 2).fma(xv, s2);
                s3 = load(e, o + 3).fma(xv, s3);
                s4 = load(e, o + 4).fma(xv, s4);
                s5 = load(e, o + 5).fma(xv, s5);
                s6 = load(e, o + 6).fma(xv, s6);
                s7 = load(e, o + 7).fma(xv, s7);
            }
            float[] t = {Lanes.sum(s0), Lanes.sum(s1),
                Lanes.sum(s2), Lanes.sum(s3),
                Lanes.sum(s4), Lanes.sum(s5),
                Lanes.sum(s6), Lanes.sum(s7)};
            for (; j < n; j++) {
                float xj = x.getAtIndex(F, j);
                for (int r = 0; r < 8; r++) {
                    t[r] += e.getAtIndex(F, (long) i + r + j) * xj;
                }
            }
            for (int r = 0; r < 8; r++) {
                y.setAtIndex(F, i + r, t[r]);
            }
        }
        for (; i < m; i++) {
            y.setAtIndex(F, i, dot(e.asSlice((long) i * Float.BYTES, (long) n * Float.BYTES), x, n));
        }
    }

    @Override
    protected void windowGemv(float[] e, float[] x, float[] y, int m, int n) {
        int i = 0;
        int bound = S.loopBound(n);
        for (; i + 8 <= m; i += 8) {
            FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0, s6 = s0, s7 = s0;
            int j = 0;
            for (; j < bound; j += L) {
                FloatVector xv = FloatVector.fromArray(S, x, j);
                int o = i + j;
                s0 = FloatVector.fromArray(S, e, o).fma(xv, s0);
                s1 = FloatVector.fromArray(S, e, o + 1).fma(xv, s1);
                s2 = FloatVector.fromArray(S, e, o + 2).fma(xv, s2);
                s3 = FloatVector.fromArray(S, e, o + 3).fma(xv, s3);
                s4 = FloatVector.fromArray(S, e, o + 4).fma(xv, s4);
                s5 = FloatVector.fromArray(S, e, o + 5).fma(xv, s5);
                s6 = FloatVector.fromArray(S, e, o + 6).fma(xv, s6);
                s7 = FloatVector.fromArray(S, e, o + 7).fma(xv, s7);
            }
            y[i] = Lanes.sum(s0);
            y[i + 1] = Lanes.sum(s1);
            y[i + 2] = Lanes.sum(s2);
            y[i + 3] = Lanes.sum(s3);
            y[i + 4] = Lanes.sum(s4);
            y[i + 5] = Lanes.sum(s5);
            y[i + 6] = Lanes.sum(s6);
            y[i + 7] = Lanes.sum(s7);
            for (; j < n; j++) {
                float xj = x[j];
                for (int r = 0; r < 8; r++) {
                    y[i + r] += e[i + r + j] * xj;
                }
            }
        }
        windowRows(e, x, y, i, m, n);
    }

    /** L pairs at a time: x[m − j − L + 1 .. m − j] loaded once and reversed in registers. */
    @Override
    protected void mirrorSplit(float[] x, int m, float[] even, float[] odd, int half) {
        even[0] = x[0];
        int j = 1;
        for (; j + L - 1 <= half; j += L) {
            FloatVector a = FloatVector.fromArray(S, x, j);
            FloatVector b = FloatVector.fromArray(S, x, m - j - L + 1).rearrange(REVERSE);
            a.add(b).intoArray(even, j);
            a.sub(b).intoArray(odd, j - 1);
        }
        splitPairs(x, m, even, odd, j, half + 1);
        if (m % 2 == 0) {
            even[m / 2] = x[m / 2];
        }
    }

    @Override
    protected void mirrorCombine(float[] even, float[] odd, int m, float[] x, int half) {
        x[0] = even[0];
        int j = 1;
        for (; j + L - 1 <= half; j += L) {
            FloatVector e = FloatVector.fromArray(S, even, j), o = FloatVector.fromArray(S, odd, j - 1);
            e.add(o).intoArray(x, j);
            e.sub(o).rearrange(REVERSE).intoArray(x, m - j - L + 1);
        }
        combinePairs(even, odd, m, x, j, half + 1);
        if (m % 2 == 0) {
            x[m / 2] = even[m / 2];
        }
    }

    /**
     * Eight rows at a time: each slice of x feeds eight independent FMA chains, enough to hide the FMA latency
     * (four chains leave half of the two FMA pipes idle). A leftover row splits its sum over four chains.
     */
    @Override
    protected void heapGemv(float[] a, int aFrom, int m, int n, float[] x, int xFrom, float[] y, int yFrom) {
        int bound = S.loopBound(n);
        int k = 0;
        for (; k + 8 <= m; k += 8) {
            int r0 = aFrom + k * n;
            FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0, s6 = s0, s7 = s0;
            int j = 0;
            for (; j < bound; j += L) {
                FloatVector xv = FloatVector.fromArray(S, x, xFrom + j);
                int o = r0 + j;
                s0 = FloatVector.fromArray(S, a, o).fma(xv, s0);
                s1 = FloatVector.fromArray(S, a, o + n).fma(xv, s1);
                s2 = FloatVector.fromArray(S, a, o + 2 * n).fma(xv, s2);
                s3 = FloatVector.fromArray(S, a, o + 3 * n).fma(xv, s3);
                s4 = FloatVector.fromArray(S, a, o + 4 * n).fma(xv, s4);
                s5 = FloatVector.fromArray(S, a, o + 5 * n).fma(xv, s5);
                s6 = FloatVector.fromArray(S, a, o + 6 * n).fma(xv, s6);
                s7 = FloatVector.fromArray(S, a, o + 7 * n).fma(xv, s7);
            }
            float[] t = {Lanes.sum(s0), Lanes.sum(s1),
                Lanes.sum(s2), Lanes.sum(s3),
                Lanes.sum(s4), Lanes.sum(s5),
                Lanes.sum(s6), Lanes.sum(s7)};
            for (; j < n; j++) {
                for (int q = 0; q < 8; q++) {
                    t[q] += a[r0 + q * n + j] * x[xFrom + j];
                }
            }
            System.arraycopy(t, 0, y, yFrom + k, 8);
        }
        int bound4 = n - n % (4 * L);
        for (; k < m; k++) {
            int row = aFrom + k * n;
            FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
            int j = 0;
            for (; j < bound4; j += 4 * L) {
                int o = row + j, ox = xFrom + j;
                s0 = FloatVector.fromArray(S, a, o).fma(FloatVector.fromArray(S, x, ox), s0);
                s1 = FloatVector.fromArray(S, a, o + L).fma(FloatVector.fromArray(S, x, ox + L), s1);
                s2 = FloatVector.fromArray(S, a, o + 2 * L).fma(FloatVector.fromArray(S, x, ox + 2 * L), s2);
                s3 = FloatVector.fromArray(S, a, o + 3 * L).fma(FloatVector.fromArray(S, x, ox + 3 * L), s3);
            }
            for (; j < bound; j += L) {
                s0 = FloatVector.fromArray(S, a, row + j).fma(FloatVector.fromArray(S, x, xFrom + j), s0);
            }
            float t = Lanes.sum(s0.add(s1).add(s2.add(s3)));
            for (; j < n; j++) {
                t += a[row + j] * x[xFrom + j];
            }
            y[yFrom + k] = t;
        }
    }

    /** Eight vectors of y at a time: eight sums stay in registers across all m terms; then four, then one. */
    @Override
    protected void heapGemvTransposed(float[] a, int aFrom, int m, int n, float[] x, int xFrom, float[] y, int yFrom) {
        int i = 0;
        for (; i + 8 * L <= n; i += 8 * L) {
            FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
            for (int q = 0, o = aFrom + i; q < m; q++, o += n) {
                FloatVector xq = FloatVector.broadcast(S, x[xFrom + q]);
                a0 = FloatVector.fromArray(S, a, o).fma(xq, a0);
                a1 = FloatVector.fromArray(S, a, o + L).fma(xq, a1);
                a2 = FloatVector.fromArray(S, a, o + 2 * L).fma(xq, a2);
                a3 = FloatVector.fromArray(S, a, o + 3 * L).fma(xq, a3);
                a4 = FloatVector.fromArray(S, a, o + 4 * L).fma(xq, a4);
                a5 = FloatVector.fromArray(S, a, o + 5 * L).fma(xq, a5);
                a6 = FloatVector.fromArray(S, a, o + 6 * L).fma(xq, a6);
                a7 = FloatVector.fromArray(S, a, o + 7 * L).fma(xq, a7);
            }
            int d = yFrom + i;
            a0.intoArray(y, d);
            a1.intoArray(y, d + L);
            a2.intoArray(y, d + 2 * L);
            a3.intoArray(y, d + 3 * L);
            a4.intoArray(y, d + 4 * L);
            a5.intoArray(y, d + 5 * L);
            a6.intoArray(y, d + 6 * L);
            a7.intoArray(y, d + 7 * L);
        }
        for (; i + 4 * L <= n; i += 4 * L) {
            FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
            for (int q = 0, o = aFrom + i; q < m; q++, o += n) {
                FloatVector xq = FloatVector.broadcast(S, x[xFrom + q]);
                a0 = FloatVector.fromArray(S, a, o).fma(xq, a0);
                a1 = FloatVector.fromArray(S, a, o + L).fma(xq, a1);
                a2 = FloatVector.fromArray(S, a, o + 2 * L).fma(xq, a2);
                a3 = FloatVector.fromArray(S, a, o + 3 * L).fma(xq, a3);
            }
            int d = yFrom + i;
            a0.intoArray(y, d);
            a1.intoArray(y, d + L);
            a2.intoArray(y, d + 2 * L);
            a3.intoArray(y, d + 3 * L);
        }
        for (; i + L <= n; i += L) {
            FloatVector a0 = FloatVector.zero(S);
            for (int q = 0, o = aFrom + i; q < m; q++, o += n) {
                a0 = FloatVector.fromArray(S, a, o).fma(FloatVector.broadcast(S, x[xFrom + q]), a0);
            }
            a0.intoArray(y, yFrom + i);
        }
        transposedColumns(a, aFrom, m, n, x, xFrom, y, yFrom, i);
    }

    @Override
    protected void fft(FftPlan plan, float[] re, float[] im, int width, int from, int to, boolean inverse) {
        int n = plan.length();
        if (width == 1 && n >= L && from == 0 && to == 1) {
            if (inverse) {
                smallStagesInverse(re, im, n);
                for (int h = L; h < n; h <<= 1) {
                    vectorStage(plan, re, im, n, h, true);
                }
            } else {
                for (int h = n >> 1; h >= L; h >>= 1) {
                    vectorStage(plan, re, im, n, h, false);
                }
                smallStagesForward(re, im, n);
            }
        } else if (width % L == 0 && from % L == 0 && to % L == 0) {
            if (inverse) {
                for (int h = 1; h < n; h <<= 1) {
                    columnStage(plan, re, im, n, h, width, from, to, true);
                }
            } else {
                for (int h = n >> 1; h >= 1; h >>= 1) {
                    columnStage(plan, re, im, n, h, width, from, to, false);
                }
            }
        } else {
            super.fft(plan, re, im, width, from, to, inverse);
        }
    }

    /** One stage of half-size h >= L of a single transform: vectors along the butterflies, twiddles loaded. */
    private static void vectorStage(FftPlan plan, float[] re, float[] im, int n, int h, boolean inverse) {
        float[] twRe = plan.twiddleRe(), twIm = plan.twiddleIm();
        for (int b = 0; b < n; b += 2 * h) {
            for (int k = 0; k < h; k += L) {
                FloatVector wi = FloatVector.fromArray(S, twIm, h + k);
                butterfly(re, im, b + k, b + k + h, FloatVector.fromArray(S, twRe, h + k), inverse ? wi.neg() : wi,
                        inverse);
            }
        }
    }

    /**
     * One radix-2 butterfly on the vectors at i0 and i1 with twiddle w (conjugated by the caller for the inverse):
     * forward (decimation in frequency) a + b, (a − b)·w; inverse (decimation in time) a + b·w, a − b·w.
     */
    private static void butterfly(float[] re, float[] im, int i0, int i1, FloatVector wr, FloatVector wi,
            boolean inverse) {
        FloatVector ar = FloatVector.fromArray(S, re, i0), ai = FloatVector.fromArray(S, im, i0);
        FloatVector br = FloatVector.fromArray(S, re, i1), bi = FloatVector.fromArray(S, im, i1);
        if (!inverse) {
            ar.add(br).intoArray(re, i0);
            ai.add(bi).intoArray(im, i0);
            FloatVector dr = ar.sub(br), di = ai.sub(bi);
            dr.mul(wr).sub(di.mul(wi)).intoArray(re, i1);
            dr.mul(wi).add(di.mul(wr)).intoArray(im, i1);
        } else {
            FloatVector tr = br.mul(wr).sub(bi.mul(wi)), ti = br.mul(wi).add(bi.mul(wr));
            ar.add(tr).intoArray(re, i0);
            ai.add(ti).intoArray(im, i0);
            ar.sub(tr).intoArray(re, i1);
            ai.sub(ti).intoArray(im, i1);
        }
    }

    /** The last log2(L) forward stages, whose pairs lie inside one vector: done with lane swaps, in registers. */
    private static void smallStagesForward(float[] re, float[] im, int n) {
        for (int b = 0; b < n; b += L) {
            FloatVector vr = FloatVector.fromArray(S, re, b), vi = FloatVector.fromArray(S, im, b);
            for (int st = SMALL_STAGES - 1; st >= 0; st--) {
                FloatVector sr = vr.rearrange(SWAP[st]), si = vi.rearrange(SWAP[st]);
                // Lower lanes keep a + b, upper lanes take (a − b)·w.
                FloatVector rr = vr.add(sr).blend(sr.sub(vr), UPPER[st]);
                FloatVector ri = vi.add(si).blend(si.sub(vi), UPPER[st]);
                FloatVector tr = FloatVector.fromArray(S, LANE_TW_RE, st * L);
                FloatVector ti = FloatVector.fromArray(S, LANE_TW_IM, st * L);
                vr = rr.mul(tr).sub(ri.mul(ti));
                vi = rr.mul(ti).add(ri.mul(tr));
            }
            vr.intoArray(re, b);
            vi.intoArray(im, b);
        }
    }

    /** The first log2(L) inverse stages, in registers: twiddle the upper lanes, swap, then add or subtract. */
    private static void smallStagesInverse(float[] re, float[] im, int n) {
        for (int b = 0; b < n; b += L) {
            FloatVector vr = FloatVector.fromArray(S, re, b), vi = FloatVector.fromArray(S, im, b);
            for (int st = 0; st < SMALL_STAGES; st++) {
                FloatVector wr = FloatVector.fromArray(S, LANE_TW_RE, st * L);
                FloatVector wi = FloatVector.fromArray(S, LANE_TW_IM, st * L);
                FloatVector tr = vr.mul(wr).add(vi.mul(wi)), ti = vi.mul(wr).sub(vr.mul(wi));
                FloatVector sr = tr.rearrange(SWAP[st]), si = ti.rearrange(SWAP[st]);
                vr = tr.add(sr).blend(sr.sub(tr), UPPER[st]);
                vi = ti.add(si).blend(si.sub(ti), UPPER[st]);
            }
            vr.intoArray(re, b);
            vi.intoArray(im, b);
        }
    }

    /** One stage of many transforms side by side: vectors across the columns [from, to), one twiddle per pair. */
    private static void columnStage(FftPlan plan, float[] re, float[] im, int n, int h, int width, int from, int to,
            boolean inverse) {
        float[] twRe = plan.twiddleRe(), twIm = plan.twiddleIm();
        for (int b = 0; b < n; b += 2 * h) {
            for (int k = 0; k < h; k++) {
                FloatVector wr = FloatVector.broadcast(S, twRe[h + k]);
                FloatVector wi = FloatVector.broadcast(S, inverse ? -twIm[h + k] : twIm[h + k]);
                int r0 = (b + k) * width, r1 = r0 + h * width;
                for (int c = from; c < to; c += L) {
                    butterfly(re, im, r0 + c, r1 + c, wr, wi, inverse);
                }
            }
        }
    }

    @Override
    protected void fft(MixedRadixPlan plan, float[] re, float[] im, int width, int from, int to, boolean inverse) {
        if (width % L != 0 || from % L != 0 || to % L != 0) {
            super.fft(plan, re, im, width, from, to, inverse);
            return;
        }
        int stages = plan.stages(), n = plan.length();
        float[] scratch = null;
        for (int i = 0; i < stages; i++) {
            int s = inverse ? stages - 1 - i : i;
            int r = plan.radix(s), span = plan.span(s), m = span / r, stride = m * width;
            if (r > 5 && scratch == null) {
                scratch = new float[2 * MixedRadixPlan.MAX_PRIME * L];
            }
            // Butterflies and twiddles are separate loops (the twiddle pass rereads rows just written, from L1):
            // fused, a radix-5 butterfly inlines past C2's node budget and the Vector API calls stop compiling to
            // vector instructions.
            for (int b = 0; b < n; b += span) {
                for (int j = 0; j < m; j++) {
                    int i0 = (b + j) * width;
                    if (inverse && j != 0) {
                        twiddleRows(plan, s, j, re, im, i0, stride, from, to, true);
                    }
                    switch (r) {
                        case 2 -> butterfly2(re, im, i0, stride, from, to);
                        case 3 -> butterfly3(plan, re, im, i0, stride, from, to, inverse);
                        case 4 -> butterfly4(re, im, i0, stride, from, to, inverse);
                        case 5 -> butterfly5(plan, re, im, i0, stride, from, to, inverse);
                        default -> butterflyOdd(plan, r, re, im, i0, stride, from, to, inverse, scratch);
                    }
                    if (!inverse && j != 0) {
                        twiddleRows(plan, s, j, re, im, i0, stride, from, to, false);
                    }
                }
            }
        }
    }

    /** Rows q = 1..r−1 of butterfly j of stage s times w(j, q) (conjugated for the inverse), in place. */
    private static void twiddleRows(MixedRadixPlan plan, int s, int j, float[] re, float[] im, int i0, int stride,
            int from, int to, boolean conjugate) {
        int r = plan.radix(s), t = j * (r - 1);
        float[] twr = plan.twiddleRe(s), twi = plan.twiddleIm(s);
        for (int q = 1; q < r; q++) {
            FloatVector wr = FloatVector.broadcast(S, twr[t + q - 1]);
            float w = conjugate ? -twi[t + q - 1] : twi[t + q - 1];
            FloatVector wi = FloatVector.broadcast(S, w), wiNeg = FloatVector.broadcast(S, -w);
            int row = i0 + q * stride;
            for (int c = row + from, end = row + to; c < end; c += L) {
                FloatVector xr = FloatVector.fromArray(S, re, c), xi = FloatVector.fromArray(S, im, c);
                xi.fma(wiNeg, xr.mul(wr)).intoArray(re, c);
                xr.fma(wi, xi.mul(wr)).intoArray(im, c);
            }
        }
    }

    /*
     * The butterflies below are the forward r-point DFT of the rows i0 + q·stride, q < r, in place. The inverse DFT
     * is the same computation with output k stored at row r − k (mod r), which is how the inverse is done.
     */

    private static void butterfly2(float[] re, float[] im, int i0, int stride, int from, int to) {
        for (int c = from; c < to; c += L) {
            int a = i0 + c, b = a + stride;
            FloatVector ar = FloatVector.fromArray(S, re, a), ai = FloatVector.fromArray(S, im, a);
            FloatVector br = FloatVector.fromArray(S, re, b), bi = FloatVector.fromArray(S, im, b);
            ar.add(br).intoArray(re, a);
            ai.add(bi).intoArray(im, a);
            ar.sub(br).intoArray(re, b);
            ai.sub(bi).intoArray(im, b);
        }
    }

    /** t = b + c: y0 = a + t; y1, y2 = a − t/2 ∓ i·sin(2π/3)·(b − c). */
    private static void butterfly3(MixedRadixPlan plan, float[] re, float[] im, int i0, int stride, int from, int to,
            boolean inverse) {
        FloatVector sn = FloatVector.broadcast(S, plan.rootSin(3)[1]), snNeg = sn.neg();
        FloatVector half = FloatVector.broadcast(S, -0.5f);
        int o1 = inverse ? 2 * stride : stride, o2 = inverse ? stride : 2 * stride;
        for (int c = from; c < to; c += L) {
            int a = i0 + c, b = a + stride, d = b + stride;
            FloatVector ar = FloatVector.fromArray(S, re, a), ai = FloatVector.fromArray(S, im, a);
            FloatVector br = FloatVector.fromArray(S, re, b), bi = FloatVector.fromArray(S, im, b);
            FloatVector cr = FloatVector.fromArray(S, re, d), ci = FloatVector.fromArray(S, im, d);
            FloatVector tr = br.add(cr), ti = bi.add(ci), dr = br.sub(cr), di = bi.sub(ci);
            ar.add(tr).intoArray(re, a);
            ai.add(ti).intoArray(im, a);
            FloatVector mr = tr.fma(half, ar), mi = ti.fma(half, ai);
            di.fma(sn, mr).intoArray(re, a + o1);
            dr.fma(snNeg, mi).intoArray(im, a + o1);
            di.fma(snNeg, mr).intoArray(re, a + o2);
            dr.fma(sn, mi).intoArray(im, a + o2);
        }
    }

    /** y0, y2 = (a + c) ± (b + d); y1, y3 = (a − c) ∓ i·(b − d). */
    private static void butterfly4(float[] re, float[] im, int i0, int stride, int from, int to, boolean inverse) {
        int o1 = inverse ? 3 * stride : stride, o3 = inverse ? stride : 3 * stride;
        for (int c = from; c < to; c += L) {
            int a = i0 + c, b = a + stride, d = b + stride, e = d + stride;
            FloatVector ar = FloatVector.fromArray(S, re, a), ai = FloatVector.fromArray(S, im, a);
            FloatVector br = FloatVector.fromArray(S, re, b), bi = FloatVector.fromArray(S, im, b);
            FloatVector cr = FloatVector.fromArray(S, re, d), ci = FloatVector.fromArray(S, im, d);
            FloatVector dr = FloatVector.fromArray(S, re, e), di = FloatVector.fromArray(S, im, e);
            FloatVector t0r = ar.add(cr), t0i = ai.add(ci), t1r = ar.sub(cr), t1i = ai.sub(ci);
            FloatVector t2r = br.add(dr), t2i = bi.add(di), t3r = br.sub(dr), t3i = bi.sub(di);
            t0r.add(t2r).intoArray(re, a);
            t0i.add(t2i).intoArray(im, a);
            t0r.sub(t2r).intoArray(re, d);
            t0i.sub(t2i).intoArray(im, d);
            t1r.add(t3i).intoArray(re, a + o1);
            t1i.sub(t3r).intoArray(im, a + o1);
            t1r.sub(t3i).intoArray(re, a + o3);
            t1i.add(t3r).intoArray(im, a + o3);
        }
    }

    /**
     * With t1 = b + e, t2 = c + d, d1 = b − e, d2 = c − d: y0 = a + t1 + t2; y1, y4 = a + c1·t1 + c2·t2 ∓
     * i·(s1·d1 + s2·d2); y2, y3 = a + c2·t1 + c1·t2 ∓ i·(s2·d1 − s1·d2), with ck = cos(2πk/5), sk = sin(2πk/5).
     */
    private static void butterfly5(MixedRadixPlan plan, float[] re, float[] im, int i0, int stride, int from, int to,
            boolean inverse) {
        float[] rc = plan.rootCos(5), rs = plan.rootSin(5);
        FloatVector c1 = FloatVector.broadcast(S, rc[1]), c2 = FloatVector.broadcast(S, rc[2]);
        FloatVector s1 = FloatVector.broadcast(S, rs[1]), s2 = FloatVector.broadcast(S, rs[2]), s1n = s1.neg();
        int o1 = (inverse ? 4 : 1) * stride, o2 = (inverse ? 3 : 2) * stride;
        int o3 = (inverse ? 2 : 3) * stride, o4 = (inverse ? 1 : 4) * stride;
        for (int c = from; c < to; c += L) {
            int a = i0 + c;
            FloatVector ar = FloatVector.fromArray(S, re, a), ai = FloatVector.fromArray(S, im, a);
            FloatVector br = FloatVector.fromArray(S, re, a + stride), bi = FloatVector.fromArray(S, im, a + stride);
            FloatVector cr = FloatVector.fromArray(S, re, a + 2 * stride);
            FloatVector ci = FloatVector.fromArray(S, im, a + 2 * stride);
            FloatVector dr = FloatVector.fromArray(S, re, a + 3 * stride);
            FloatVector di = FloatVector.fromArray(S, im, a + 3 * stride);
            FloatVector er = FloatVector.fromArray(S, re, a + 4 * stride);
            FloatVector ei = FloatVector.fromArray(S, im, a + 4 * stride);
            FloatVector t1r = br.add(er), t1i = bi.add(ei), d1r = br.sub(er), d1i = bi.sub(ei);
            FloatVector t2r = cr.add(dr), t2i = ci.add(di), d2r = cr.sub(dr), d2i = ci.sub(di);
            ar.add(t1r).add(t2r).intoArray(re, a);
            ai.add(t1i).add(t2i).intoArray(im, a);
            FloatVector m1r = t2r.fma(c2, t1r.fma(c1, ar)), m1i = t2i.fma(c2, t1i.fma(c1, ai));
            FloatVector m2r = t2r.fma(c1, t1r.fma(c2, ar)), m2i = t2i.fma(c1, t1i.fma(c2, ai));
            FloatVector n1r = d2r.fma(s2, d1r.mul(s1)), n1i = d2i.fma(s2, d1i.mul(s1));
            FloatVector n2r = d2r.fma(s1n, d1r.mul(s2)), n2i = d2i.fma(s1n, d1i.mul(s2));
            m1r.add(n1i).intoArray(re, a + o1);
            m1i.sub(n1r).intoArray(im, a + o1);
            m1r.sub(n1i).intoArray(re, a + o4);
            m1i.add(n1r).intoArray(im, a + o4);
            m2r.add(n2i).intoArray(re, a + o2);
            m2i.sub(n2r).intoArray(im, a + o2);
            m2r.sub(n2i).intoArray(re, a + o3);
            m2i.add(n2r).intoArray(im, a + o3);
        }
    }

    /**
     * Any odd radix r (7, 11, ...): with t_q = x_q + x_{r−q} and d_q = x_q − x_{r−q} for q in [1, h], h = (r − 1)/2,
     * y0 = Σx and y_k, y_{r−k} = x0 + Σ_q cos(2πqk/r)·t_q ∓ i·Σ_q sin(2πqk/r)·d_q. The outputs go through
     * {@code scratch} (2·r vectors) because every one of them reads every input.
     */
    private static void butterflyOdd(MixedRadixPlan plan, int r, float[] re, float[] im, int i0, int stride,
            int from, int to, boolean inverse, float[] scratch) {
        int h = (r - 1) / 2;
        float[] cs = plan.oddCos(r), sn = plan.oddSin(r);
        for (int c = from; c < to; c += L) {
            int a = i0 + c;
            FloatVector x0r = FloatVector.fromArray(S, re, a), x0i = FloatVector.fromArray(S, im, a);
            FloatVector sumR = x0r, sumI = x0i;
            for (int q = 1; q < r; q++) {
                sumR = sumR.add(FloatVector.fromArray(S, re, a + q * stride));
                sumI = sumI.add(FloatVector.fromArray(S, im, a + q * stride));
            }
            sumR.intoArray(scratch, 0);
            sumI.intoArray(scratch, L);
            for (int k = 1; k <= h; k++) {
                FloatVector mr = x0r, mi = x0i, nr = FloatVector.zero(S), ni = nr;
                for (int q = 1; q <= h; q++) {
                    int lo = a + q * stride, hi = a + (r - q) * stride;
                    FloatVector pr = FloatVector.fromArray(S, re, lo), pi = FloatVector.fromArray(S, im, lo);
                    FloatVector qr = FloatVector.fromArray(S, re, hi), qi = FloatVector.fromArray(S, im, hi);
                    FloatVector cosine = FloatVector.broadcast(S, cs[(k - 1) * h + q - 1]);
                    FloatVector sine = FloatVector.broadcast(S, sn[(k - 1) * h + q - 1]);
                    mr = pr.add(qr).fma(cosine, mr);
                    mi = pi.add(qi).fma(cosine, mi);
                    nr = pr.sub(qr).fma(sine, nr);
                    ni = pi.sub(qi).fma(sine, ni);
                }
                int lo = inverse ? r - k : k, hi = r - lo;
                mr.add(ni).intoArray(scratch, 2 * lo * L);
                mi.sub(nr).intoArray(scratch, (2 * lo + 1) * L);
                mr.sub(ni).intoArray(scratch, 2 * hi * L);
                mi.add(nr).intoArray(scratch, (2 * hi + 1) * L);
            }
            for (int q = 0; q < r; q++) {
                FloatVector.fromArray(S, scratch, 2 * q * L).intoArray(re, a + q * stride);
                FloatVector.fromArray(S, scratch, (2 * q + 1) * L).intoArray(im, a + q * stride);
            }
        }
    }

    @Override
    protected void add(float[] a, int aFrom, float[] b, int bFrom, float[] out, int outFrom, int n,
            boolean subtract) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector x = FloatVector.fromArray(S, a, aFrom + i), y = FloatVector.fromArray(S, b, bFrom + i);
            (subtract ? x.sub(y) : x.add(y)).intoArray(out, outFrom + i);
        }
        super.add(a, aFrom + i, b, bFrom + i, out, outFrom + i, n - i, subtract);
    }

    @Override
    protected void transposeBlock(float[] src, int srcFrom, int srcStride, float[] dst, int dstFrom,
            int dstStride, int rows, int cols) {
        int i = 0;
        for (; i + 8 <= rows; i += 8) {
            int j = 0;
            for (; j + 8 <= cols; j += 8) {
                transpose8(src, srcFrom + i * srcStride + j, srcStride, dst, dstFrom + j * dstStride + i, dstStride);
            }
            super.transposeBlock(src, srcFrom + i * srcStride + j, srcStride, dst, dstFrom + j * dstStride + i,
                    dstStride, 8, cols - j);
        }
        super.transposeBlock(src, srcFrom + i * srcStride, srcStride, dst, dstFrom + i, dstStride, rows - i, cols);
    }

    /**
     * An 8×8 transpose in registers: three rounds exchange the off-diagonal d×d blocks of each pair of rows d
     * apart (d = 4, 2, 1) with one lane shift and one blend per row.
     */
    private static void transpose8(float[] src, int s0, int ss, float[] dst, int d0, int ds) {
        FloatVector r0 = FloatVector.fromArray(S8, src, s0), r1 = FloatVector.fromArray(S8, src, s0 + ss);
        FloatVector r2 = FloatVector.fromArray(S8, src, s0 + 2 * ss), r3 = FloatVector.fromArray(S8, src, s0 + 3 * ss);
        FloatVector r4 = FloatVector.fromArray(S8, src, s0 + 4 * ss), r5 = FloatVector.fromArray(S8, src, s0 + 5 * ss);
        FloatVector r6 = FloatVector.fromArray(S8, src, s0 + 6 * ss), r7 = FloatVector.fromArray(S8, src, s0 + 7 * ss);
        FloatVector t0 = r0.blend(r4.rearrange(DOWN4), HIGH4), t4 = r4.blend(r0.rearrange(UP4), LOW4);
        FloatVector t1 = r1.blend(r5.rearrange(DOWN4), HIGH4), t5 = r5.blend(r1.rearrange(UP4), LOW4);
        FloatVector t2 = r2.blend(r6.rearrange(DOWN4), HIGH4), t6 = r6.blend(r2.rearrange(UP4), LOW4);
        FloatVector t3 = r3.blend(r7.rearrange(DOWN4), HIGH4), t7 = r7.blend(r3.rearrange(UP4), LOW4);
        r0 = t0.blend(t2.rearrange(DOWN2), HIGH2);
        r2 = t2.blend(t0.rearrange(UP2), LOW2);
        r1 = t1.blend(t3.rearrange(DOWN2), HIGH2);
        r3 = t3.blend(t1.rearrange(UP2), LOW2);
        r4 = t4.blend(t6.rearrange(DOWN2), HIGH2);
        r6 = t6.blend(t4.rearrange(UP2), LOW2);
        r5 = t5.blend(t7.rearrange(DOWN2), HIGH2);
        r7 = t7.blend(t5.rearrange(UP2), LOW2);
        r0.blend(r1.rearrange(DOWN1), HIGH1).intoArray(dst, d0);
        r1.blend(r0.rearrange(UP1), LOW1).intoArray(dst, d0 + ds);
        r2.blend(r3.rearrange(DOWN1), HIGH1).intoArray(dst, d0 + 2 * ds);
        r3.blend(r2.rearrange(UP1), LOW1).intoArray(dst, d0 + 3 * ds);
        r4.blend(r5.rearrange(DOWN1), HIGH1).intoArray(dst, d0 + 4 * ds);
        r5.blend(r4.rearrange(UP1), LOW1).intoArray(dst, d0 + 5 * ds);
        r6.blend(r7.rearrange(DOWN1), HIGH1).intoArray(dst, d0 + 6 * ds);
        r7.blend(r6.rearrange(UP1), LOW1).intoArray(dst, d0 + 7 * ds);
    }

    @Override
    protected void multiplyRows(float[] re, float[] im, float[] hRe, float[] hIm, int rows, int width, int from,
            int to) {
        if (width % L != 0 || from % L != 0 || to % L != 0) {
            super.multiplyRows(re, im, hRe, hIm, rows, width, from, to);
            return;
        }
        for (int r = 0; r < rows; r++) {
            FloatVector wr = FloatVector.broadcast(S, hRe[r]), wi = FloatVector.broadcast(S, hIm[r]);
            for (int c = r * width + from, end = r * width + to; c < end; c += L) {
                FloatVector xr = FloatVector.fromArray(S, re, c), xi = FloatVector.fromArray(S, im, c);
                xr.mul(wr).sub(xi.mul(wi)).intoArray(re, c);
                xr.mul(wi).add(xi.mul(wr)).intoArray(im, c);
            }
        }
    }

    @Override
    protected void multiplyElements(float[] re, float[] im, float[] hRe, float[] hIm, int from, int to) {
        int i = from;
        for (int bound = from + S.loopBound(to - from); i < bound; i += L) {
            FloatVector xr = FloatVector.fromArray(S, re, i), xi = FloatVector.fromArray(S, im, i);
            FloatVector wr = FloatVector.fromArray(S, hRe, i), wi = FloatVector.fromArray(S, hIm, i);
            xr.mul(wr).sub(xi.mul(wi)).intoArray(re, i);
            xr.mul(wi).add(xi.mul(wr)).intoArray(im, i);
        }
        super.multiplyElements(re, im, hRe, hIm, i, to);
    }

    @Override
    protected void gemmBt(MemorySegment a, MemorySegment b, MemorySegment c, int m, int n, int k) {
        gemmBt(a, b, c, m, n, k, n);
    }

    @Override
    protected void gemmBt(MemorySegment a, MemorySegment b, MemorySegment c, int m, int n, int k, int ldc) {
        // Register tiles of 4 rows of A × 3 rows of B (12 accumulators), over blocks of B rows small enough to
        // stay in L2 while every row of A passes by.
        int blockRows = Math.max(3, (int) Math.min(n, (192L * 1024 / Float.BYTES) / Math.max(1, k)) / 3 * 3);
        for (int jb = 0; jb < n; jb += blockRows) {
            int jEnd = Math.min(n, jb + blockRows);
            int i = 0;
            for (; i + 4 <= m; i += 4) {
                int j = jb;
                for (; j + 3 <= jEnd; j += 3) {
                    tile4x3(a, b, c, i, j, ldc, k);
                }
                for (; j < jEnd; j++) {
                    for (int r = 0; r < 4; r++) {
                        c.setAtIndex(F, (long) (i + r) * ldc + j, rowDot(a, i + r, b, j, k));
                    }
                }
            }
            for (; i < m; i++) {
                for (int j = jb; j < jEnd; j++) {
                    c.setAtIndex(F, (long) i * ldc + j, rowDot(a, i, b, j, k));
                }
            }
        }
    }

    private float rowDot(MemorySegment a, int i, MemorySegment b, int j, int k) {
        long len = (long) k * Float.BYTES;
        return dot(a.asSlice(i * len, len), b.asSlice(j * len, len), k);
    }

    private static void tile4x3(MemorySegment a, MemorySegment b, MemorySegment c, int i, int j, int ldc, int k) {
        long a0 = (long) i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k;
        long b0 = (long) j * k, b1 = b0 + k, b2 = b1 + k;
        FloatVector c00 = FloatVector.zero(S), c01 = c00, c02 = c00, c10 = c00, c11 = c00, c12 = c00;
        FloatVector c20 = c00, c21 = c00, c22 = c00, c30 = c00, c31 = c00, c32 = c00;
        int q = 0;
        for (int bound = S.loopBound(k); q < bound; q += L) {
            FloatVector y0 = load(b, b0 + q), y1 = load(b, b1 + q), y2 = load(b, b2 + q);
            FloatVector x = load(a, a0 + q);
            c00 = x.fma(y0, c00);
            c01 = x.fma(y1, c01);
            c02 = x.fma(y2, c02);
            x = load(a, a1 + q);
            c10 = x.fma(y0, c10);
            c11 = x.fma(y1, c11);
            c12 = x.fma(y2, c12);
            x = load(a, a2 + q);
            c20 = x.fma(y0, c20);
            c21 = x.fma(y1, c21);
            c22 = x.fma(y2, c22);
            x = load(a, a3 + q);
            c30 = x.fma(y0, c30);
            c31 = x.fma(y1, c31);
            c32 = x.fma(y2, c32);
        }
        float[] t = {Lanes.sum(c00), Lanes.sum(c01),
            Lanes.sum(c02), Lanes.sum(c10),
            Lanes.sum(c11), Lanes.sum(c12),
            Lanes.sum(c20), Lanes.sum(c21),
            Lanes.sum(c22), Lanes.sum(c30),
            Lanes.sum(c31), Lanes.sum(c32)};
        for (; q < k; q++) {
            float y0 = b.getAtIndex(F, b0 + q), y1 = b.getAtIndex(F, b1 + q), y2 = b.getAtIndex(F, b2 + q);
            long[] rows = {a0, a1, a2, a3};
            for (int r = 0; r < 4; r++) {
                float x = a.getAtIndex(F, rows[r] + q);
                t[3 * r] += x * y0;
                t[3 * r + 1] += x * y1;
                t[3 * r + 2] += x * y2;
            }
        }
        for (int r = 0; r < 4; r++) {
            long row = (long) (i + r) * ldc + j;
            c.setAtIndex(F, row, t[3 * r]);
            c.setAtIndex(F, row + 1, t[3 * r + 1]);
            c.setAtIndex(F, row + 2, t[3 * r + 2]);
        }
    }

    @Override
    protected void realConvolutionPairs(float[] re, float[] im, float[] h1Re, float[] h1Im, float[] h2Re,
            float[] h2Im, float[] wRe, float[] wIm, int half, boolean checked) {
        // Ranges shorter than two vectors (and the two special positions) go through the scalar code; in longer
        // ones the front runs up and the mirrored back runs down, L pairs per step, the back lanes reversed.
        int scalarUpTo = Math.min(half, 2 * L);
        super.realConvolutionPairs(re, im, h1Re, h1Im, h2Re, h2Im, wRe, wIm, scalarUpTo, checked);
        for (int len = scalarUpTo; len < half; len <<= 1) {
            for (int o = 0; o < len / 2; o += L) {
                int pf = len + o, pb = 2 * len - o - L;
                FloatVector ar = FloatVector.fromArray(S, re, pf), ai = FloatVector.fromArray(S, im, pf);
                FloatVector br = FloatVector.fromArray(S, re, pb).rearrange(REVERSE);
                FloatVector bi = FloatVector.fromArray(S, im, pb).rearrange(REVERSE).neg();
                FloatVector er = ar.add(br), ei = ai.add(bi);
                FloatVector or = ai.sub(bi), oi = br.sub(ar);
                FloatVector wr = FloatVector.fromArray(S, wRe, pf), wi = FloatVector.fromArray(S, wIm, pf);
                FloatVector tr = wr.mul(or).sub(wi.mul(oi)), ti = wr.mul(oi).add(wi.mul(or));
                FloatVector x1r = er.add(tr), x1i = ei.add(ti);
                FloatVector x2r = er.sub(tr), x2i = ti.sub(ei);
                FloatVector h1r = FloatVector.fromArray(S, h1Re, pf), h1i = FloatVector.fromArray(S, h1Im, pf);
                FloatVector h2r = FloatVector.fromArray(S, h2Re, pf), h2i = FloatVector.fromArray(S, h2Im, pf);
                FloatVector y1r = x1r.mul(h1r).sub(x1i.mul(h1i)), y1i = x1r.mul(h1i).add(x1i.mul(h1r));
                FloatVector y2r = x2r.mul(h2r).sub(x2i.mul(h2i)), y2i = x2r.mul(h2i).add(x2i.mul(h2r));
                FloatVector yer = y1r.add(y2r), yei = y1i.sub(y2i);
                FloatVector dr = y1r.sub(y2r), di = y1i.add(y2i);
                FloatVector yor = dr.mul(wr).add(di.mul(wi)), yoi = di.mul(wr).sub(dr.mul(wi));
                yer.sub(yoi).intoArray(re, pf);
                yei.add(yor).intoArray(im, pf);
                yer.add(yoi).rearrange(REVERSE).intoArray(re, pb);
                yor.sub(yei).rearrange(REVERSE).intoArray(im, pb);
            }
        }
    }
}
