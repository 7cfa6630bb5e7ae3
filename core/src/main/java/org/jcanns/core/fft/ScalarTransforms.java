package org.jcanns.core.fft;

import java.lang.foreign.ValueLayout;

/** Transforms as plain loops: the reference, and the implementation on any JVM. */
public class ScalarTransforms extends Transforms {
    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT;

    @Override
    protected void fft(FftPlan plan, float[] re, float[] im, int width, int from, int to, boolean inverse) {
        int n = plan.length();
        float[] twRe = plan.twiddleRe(), twIm = plan.twiddleIm();
        if (!inverse) {
            // Decimation in frequency: the difference of each pair takes the twiddle; output bit-reversed.
            for (int h = n >> 1; h >= 1; h >>= 1) {
                difStage(re, im, twRe, twIm, n, h, width, from, to);
            }
        } else {
            // Decimation in time with conjugate twiddles: the second input of each pair takes the twiddle.
            for (int h = 1; h < n; h <<= 1) {
                ditStage(re, im, twRe, twIm, n, h, width, from, to);
            }
        }
    }

    @Override
    protected void fft(MixedRadixPlan plan, float[] re, float[] im, int width, int from, int to, boolean inverse) {
        float[][] scratch = new float[4][MixedRadixPlan.MAX_PRIME + 1];
        if (!inverse) {
            for (int s = 0; s < plan.stages(); s++) {
                mixedStage(plan, s, re, im, width, from, to, false, scratch);
            }
        } else {
            for (int s = plan.stages() - 1; s >= 0; s--) {
                mixedStage(plan, s, re, im, width, from, to, true, scratch);
            }
        }
    }

    /**
     * One stage of the mixed-radix transform on columns [from, to), with a plain r-point DFT per butterfly
     * (O(r²), the reference the vector tiers' specialised butterflies are tested against). Forward: DFT, then
     * output q times the twiddle w(j, q); inverse: input q times conj w(j, q), then the conjugate DFT.
     */
    static void mixedStage(MixedRadixPlan plan, int s, float[] re, float[] im, int width, int from, int to,
            boolean inverse, float[][] scratch) {
        int r = plan.radix(s), span = plan.span(s), m = span / r, n = plan.length();
        float[] twRe = plan.twiddleRe(s), twIm = plan.twiddleIm(s);
        float[] rc = plan.rootCos(r), rs = plan.rootSin(r);
        float sign = inverse ? 1 : -1;
        float[] xr = scratch[0], xi = scratch[1], yr = scratch[2], yi = scratch[3];
        for (int b = 0; b < n; b += span) {
            for (int j = 0; j < m; j++) {
                int base = (b + j) * width, stride = m * width, tw = j * (r - 1);
                for (int c = from; c < to; c++) {
                    for (int q = 0; q < r; q++) {
                        xr[q] = re[base + q * stride + c];
                        xi[q] = im[base + q * stride + c];
                    }
                    if (inverse) {
                        for (int q = 1; q < r; q++) {
                            float wr = twRe[tw + q - 1], wi = -twIm[tw + q - 1];
                            float ar = xr[q], ai = xi[q];
                            xr[q] = ar * wr - ai * wi;
                            xi[q] = ar * wi + ai * wr;
                        }
                    }
                    for (int k = 0; k < r; k++) {
                        float sr = 0, si = 0;
                        for (int q = 0; q < r; q++) {
                            int t = q * k % r;
                            float cr = rc[t], ci = sign * rs[t];
                            sr += xr[q] * cr - xi[q] * ci;
                            si += xr[q] * ci + xi[q] * cr;
                        }
                        yr[k] = sr;
                        yi[k] = si;
                    }
                    if (!inverse) {
                        for (int q = 1; q < r; q++) {
                            float wr = twRe[tw + q - 1], wi = twIm[tw + q - 1];
                            float ar = yr[q], ai = yi[q];
                            yr[q] = ar * wr - ai * wi;
                            yi[q] = ar * wi + ai * wr;
                        }
                    }
                    for (int q = 0; q < r; q++) {
                        re[base + q * stride + c] = yr[q];
                        im[base + q * stride + c] = yi[q];
                    }
                }
            }
        }
    }

    /** One decimation-in-frequency stage of half-size h on columns [from, to). */
    static void difStage(float[] re, float[] im, float[] twRe, float[] twIm, int n, int h, int width, int from,
            int to) {
        for (int b = 0; b < n; b += 2 * h) {
            for (int k = 0; k < h; k++) {
                float wr = twRe[h + k], wi = twIm[h + k];
                int i0 = (b + k) * width, i1 = i0 + h * width;
                for (int c = from; c < to; c++) {
                    float ar = re[i0 + c], ai = im[i0 + c], br = re[i1 + c], bi = im[i1 + c];
                    re[i0 + c] = ar + br;
                    im[i0 + c] = ai + bi;
                    float dr = ar - br, di = ai - bi;
                    re[i1 + c] = dr * wr - di * wi;
                    im[i1 + c] = dr * wi + di * wr;
                }
            }
        }
    }

    /** One decimation-in-time stage (conjugate twiddles) of half-size h on columns [from, to). */
    static void ditStage(float[] re, float[] im, float[] twRe, float[] twIm, int n, int h, int width, int from,
            int to) {
        for (int b = 0; b < n; b += 2 * h) {
            for (int k = 0; k < h; k++) {
                float wr = twRe[h + k], wi = -twIm[h + k];
                int i0 = (b + k) * width, i1 = i0 + h * width;
                for (int c = from; c < to; c++) {
                    float br = re[i1 + c], bi = im[i1 + c];
                    float tr = br * wr - bi * wi, ti = br * wi + bi * wr;
                    float ar = re[i0 + c], ai = im[i0 + c];
                    re[i0 + c] = ar + tr;
                    im[i0 + c] = ai + ti;
                    re[i1 + c] = ar - tr;
                    im[i1 + c] = ai - ti;
                }
            }
        }
    }

    @Override
    protected void transposeBlock(float[] src, int srcFrom, int srcStride, float[] dst, int dstFrom,
            int dstStride, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                dst[dstFrom + j * dstStride + i] = src[srcFrom + i * srcStride + j];
            }
        }
    }

    @Override
    protected void multiplyRows(float[] re, float[] im, float[] hRe, float[] hIm, int rows, int width, int from,
            int to) {
        for (int r = 0; r < rows; r++) {
            float wr = hRe[r], wi = hIm[r];
            int base = r * width;
            for (int c = base + from; c < base + to; c++) {
                float xr = re[c], xi = im[c];
                re[c] = xr * wr - xi * wi;
                im[c] = xr * wi + xi * wr;
            }
        }
    }

    @Override
    protected void multiplyElements(float[] re, float[] im, float[] hRe, float[] hIm, int from, int to) {
        for (int i = from; i < to; i++) {
            float xr = re[i], xi = im[i], wr = hRe[i], wi = hIm[i];
            re[i] = xr * wr - xi * wi;
            im[i] = xr * wi + xi * wr;
        }
    }

    @Override
    protected void realConvolutionPairs(float[] re, float[] im, float[] h1Re, float[] h1Im, float[] h2Re,
            float[] h2Im, float[] wRe, float[] wIm, int half, boolean checked) {
        // k = 0 pairs with Q: both spectra are real there (Z[0] = ΣEven + i·ΣOdd).
        float z0r = re[0], z0i = im[0];
        float y0 = 2 * (z0r + z0i) * h1Re[0];
        float yq = 2 * (z0r - z0i) * h2Re[0];
        re[0] = y0 + yq;
        im[0] = y0 - yq;
        pairRange(re, im, h1Re, h1Im, h2Re, h2Im, wRe, wIm, 1, 1);
        for (int len = 2; len < half; len <<= 1) {
            pairRange(re, im, h1Re, h1Im, h2Re, h2Im, wRe, wIm, len, len / 2);
        }
    }

    /**
     * Pairs of positions (len + o, 2·len − 1 − o) for o < count (count = len/2; position 1, k = Q/2, pairs with
     * itself). A = Z[k], B = conj Z[Q − k]; twice the even and odd spectra are A + B and −i(A − B); X[k] = Xe +
     * W^k·Xo, X[Q − k] = conj(Xe − W^k·Xo); after the products Ye = Y[k] + conj Y[Q−k], Yo = (Y[k] − conj
     * Y[Q−k])·conj W^k, and Z'[k] = Ye + i·Yo, Z'[Q − k] = conj Ye + i·conj Yo.
     */
    static void pairRange(float[] re, float[] im, float[] h1Re, float[] h1Im, float[] h2Re, float[] h2Im,
            float[] wRe, float[] wIm, int len, int count) {
        for (int o = 0; o < count; o++) {
            int pk = len + o, pm = 2 * len - 1 - o;
            float ar = re[pk], ai = im[pk];
            float br = re[pm], bi = -im[pm];
            float er = ar + br, ei = ai + bi;
            float or = ai - bi, oi = br - ar;
            float wr = wRe[pk], wi = wIm[pk];
            float tr = wr * or - wi * oi, ti = wr * oi + wi * or;
            float x1r = er + tr, x1i = ei + ti;
            float x2r = er - tr, x2i = ti - ei;
            float h1r = h1Re[pk], h1i = h1Im[pk], h2r = h2Re[pk], h2i = h2Im[pk];
            float y1r = x1r * h1r - x1i * h1i, y1i = x1r * h1i + x1i * h1r;
            float y2r = x2r * h2r - x2i * h2i, y2i = x2r * h2i + x2i * h2r;
            float yer = y1r + y2r, yei = y1i - y2i;
            float dr = y1r - y2r, di = y1i + y2i;
            float yor = dr * wr + di * wi, yoi = di * wr - dr * wi;
            re[pk] = yer - yoi;
            im[pk] = yei + yor;
            if (pm != pk) {
                re[pm] = yer + yoi;
                im[pm] = yor - yei;
            }
        }
    }
}
