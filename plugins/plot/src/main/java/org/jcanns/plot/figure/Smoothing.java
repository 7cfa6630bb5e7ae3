package org.jcanns.plot.figure;

/**
 * The smoothing of canns' {@code show_trajectory_analysis}: a moving average of {@code window} samples as
 * {@code np.convolve(mode="same")}, whose first and last window/2 values are recomputed as {@code nanmean} over
 * truncated windows; angles are smoothed through their cosine and sine. A window of 1 or less, or longer than
 * the data, returns the data unchanged (as canns).
 */
public final class Smoothing {
    private Smoothing() {
    }

    /** canns' {@code smooth_data(data, window)}. */
    public static double[] movingAverage(double[] data, int window) {
        int n = data.length;
        if (window <= 1 || n < window) {
            return data.clone();
        }
        boolean anyFinite = false;
        for (double v : data) {
            anyFinite |= !Double.isNaN(v);
        }
        if (!anyFinite) {
            return data.clone();
        }
        double[] out = new double[n];
        int half = window / 2;
        // "same" keeps the middle n values of the full convolution: output i averages data[i − w/2, i + (w−1)/2].
        int ahead = (window - 1) / 2;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = i - half; j <= i + ahead; j++) {
                if (j >= 0 && j < n) {
                    s += data[j];
                }
            }
            out[i] = s / window;
        }
        for (int i = 0; i < half; i++) {
            out[i] = nanMean(data, Math.max(0, i - half), Math.min(n, i + half + 1));
            out[n - i - 1] = nanMean(data, Math.max(0, n - i - half - 1), Math.min(n, n - i + half));
        }
        return out;
    }

    private static double nanMean(double[] d, int from, int to) {
        double s = 0;
        int k = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(d[i])) {
                s += d[i];
                k++;
            }
        }
        return k == 0 ? Double.NaN : s / k;
    }

    /** canns' {@code smooth_circular_data(angles, window)}: the angle of the smoothed unit vectors. */
    public static double[] circularAverage(double[] angles, int window) {
        int n = angles.length;
        if (window <= 1 || n < window) {
            return angles.clone();
        }
        double[] c = new double[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = Math.cos(angles[i]);
            s[i] = Math.sin(angles[i]);
        }
        double[] cs = movingAverage(c, window);
        double[] ss = movingAverage(s, window);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.atan2(ss[i], cs[i]);
        }
        return out;
    }

    /** A copy of {@code angles} with NaN after every jump larger than π, so a line breaks at the wrap. */
    public static double[] breakAtWraps(double[] angles) {
        double[] out = angles.clone();
        for (int i = 1; i < angles.length; i++) {
            if (Math.abs(angles[i] - angles[i - 1]) > Math.PI) {
                out[i] = Double.NaN;
            }
        }
        return out;
    }
}
