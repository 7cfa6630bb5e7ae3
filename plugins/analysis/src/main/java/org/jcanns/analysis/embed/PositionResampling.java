package org.jcanns.analysis.embed;

import org.jcanns.core.analysis.GaussianFilter;

/**
 * canns' {@code _load_pos}: the animal's position resampled onto the spike bins and its running speed.
 *
 * <p>Samples at the last time are dropped (canns keeps {@code t < max t}). Bin times are
 * {@code arange(floor(min t·res), ceil(max t·res) + 1, dt)/res}; each bin is assigned the last sample that starts
 * at or before it, and the c bins assigned to one sample get positions at fractions 0, 1/c, ... of the way to the
 * next assigned sample (canns' {@code digitize}/{@code bincount} construction, reproduced step by step). The
 * positions, shifted to start at 0, are smoothed by a Gaussian of σ = 100 bins (mirror-reflected ends); speed is
 * {@code ‖Δ·100‖/0.01} (m per 10 ms bin to cm/s), the first value repeated.
 *
 * @param x x of each bin
 * @param y y of each bin
 * @param times time of each bin (s)
 * @param speed speed at each bin (cm/s)
 */
public record PositionResampling(double[] x, double[] y, double[] times, double[] speed) {

    /** Resamples {@code (t, x, y)} onto bins of {@code dt}/{@code res} seconds. */
    public static PositionResampling of(double[] t, double[] x, double[] y, int res, int dt) {
        double minT = Double.POSITIVE_INFINITY;
        double maxT = Double.NEGATIVE_INFINITY;
        for (double v : t) {
            minT = Math.min(minT, v);
            maxT = Math.max(maxT, v);
        }
        int m = 0;
        for (double v : t) {
            m += v >= minT && v < maxT ? 1 : 0;
        }
        if (m < 2) {
            throw new IllegalArgumentException("the speed filter needs at least two position samples before the "
                    + "last time, got " + m);
        }
        double[] ts = new double[m];
        double[] xs = new double[m];
        double[] ys = new double[m];
        int k = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= minT && t[i] < maxT) {
                ts[k] = t[i];
                xs[k] = x[i];
                ys[k] = y[i];
                k++;
            }
        }
        double[] edges = SpikeEmbedding.binEdges(minT, maxT, res, dt);
        int bins = edges.length;
        double[] tt = new double[bins];
        for (int i = 0; i < bins; i++) {
            tt[i] = edges[i] / res;
        }
        // idt: 0, the bin of each inner sample (digitize − 1), then past the last bin.
        double[] idt = new double[m];
        idt[0] = 0;
        for (int i = 1; i < m - 1; i++) {
            idt[i] = searchRight(tt, ts[i]) - 1;
        }
        idt[m - 1] = bins + 1.0;
        for (int i = 1; i < m; i++) {
            if (idt[i] < idt[i - 1]) {
                throw new IllegalArgumentException("position times t must be in increasing order (sample " + i
                        + " of those before the last time is earlier than the one before it)");
            }
        }
        // idtt[b]: the last sample whose idt is <= b.
        int[] idtt = new int[bins];
        int maxSample = 0;
        for (int b = 0; b < bins; b++) {
            idtt[b] = searchRight(idt, b) - 1;
            maxSample = Math.max(maxSample, idtt[b]);
        }
        int[] divisor = new int[maxSample + 1];
        for (int s : idtt) {
            divisor[s]++;
        }
        int rows = 0;
        int widest = 0;
        for (int c : divisor) {
            rows += c > 0 ? 1 : 0;
            widest = Math.max(widest, c);
        }
        int[] idx = new int[rows + 1];
        double[] steps = new double[rows];
        int r = 0;
        for (int s = 0; s <= maxSample; s++) {
            if (divisor[s] > 0) {
                idx[r] = s;
                steps[r] = 1.0 / divisor[s];
                r++;
            }
        }
        idx[rows] = maxSample + 1;
        int count = 0;
        for (int row = 0; row < rows; row++) {
            for (int c = 0; c < widest; c++) {
                count += c * steps[row] >= 1 ? 0 : 1;
            }
        }
        double[] xx = new double[count];
        double[] yy = new double[count];
        int at = 0;
        for (int row = 0; row < rows; row++) {
            int a = idx[row];
            int b = idx[row + 1];
            for (int c = 0; c < widest; c++) {
                double f = c * steps[row];
                if (f >= 1) {
                    continue;
                }
                xx[at] = xs[a] + f * (xs[b] - xs[a]);
                yy[at] = ys[a] + f * (ys[b] - ys[a]);
                at++;
            }
        }
        return new PositionResampling(xx, yy, tt, speed(xx, yy));
    }

    private static double[] speed(double[] xx, double[] yy) {
        double[] xs = GaussianFilter.filter1d(shifted(xx), 100, GaussianFilter.Mode.REFLECT);
        double[] ys = GaussianFilter.filter1d(shifted(yy), 100, GaussianFilter.Mode.REFLECT);
        double[] speed = new double[xx.length];
        for (int i = 1; i < xx.length; i++) {
            double dx = (xs[i] - xs[i - 1]) * 100;
            double dy = (ys[i] - ys[i - 1]) * 100;
            speed[i] = Math.sqrt(dx * dx + dy * dy) / 0.01;
        }
        if (speed.length > 1) {
            speed[0] = speed[1];
        }
        return speed;
    }

    private static double[] shifted(double[] v) {
        double min = Double.POSITIVE_INFINITY;
        for (double d : v) {
            min = Math.min(min, d);
        }
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] - min;
        }
        return out;
    }

    /** numpy's {@code searchsorted(sorted, v, side="right")}: how many entries are <= v. */
    private static int searchRight(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
