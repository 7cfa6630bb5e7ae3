package org.jcanns.core.fft;

import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Transforms on the Vector API at the preferred width (512 bits on AVX-512 machines, 256 on AVX2); created only
 * once the {@code panama} tier's check has passed, so a JVM without {@code jdk.incubator.vector} never links it.
 */
public class PanamaTransforms extends ScalarTransforms {
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
    /** Lane i ↔ lane L − 1 − i: reads the mirrored end of a range in ascending order. */
    private static final VectorShuffle<Float> REVERSE = VectorShuffle.fromOp(S, i -> L - 1 - i);

    static {
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
