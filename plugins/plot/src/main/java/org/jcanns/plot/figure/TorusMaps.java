package org.jcanns.plot.figure;

import java.util.ArrayList;
import java.util.List;
import org.jcanns.core.analysis.BinnedStatistic;
import org.jcanns.core.analysis.GaussianFilter;

/**
 * The activity maps behind canns' {@code plot_3d_bump_on_torus} (§4.12): for each window of decoded bins, the sum
 * of population activity binned by the two decoded angles ({@code binned_statistic_2d} on
 * {@code linspace(0, 2π, numangsint − 1)}), smoothed on the twisted torus ({@code _smooth_tuning_map}: rows
 * sheared by i/2, tiled, a NaN-aware Gaussian of σ = 4 with binary closing, un-sheared), then
 * {@code gaussian_filter(σ = 1)}, then averaged over time as {@code 0.7·previous + 0.3·current}.
 */
public final class TorusMaps {
    private TorusMaps() {
    }

    /** One frame: its map (bins × bins, row-major; row = first angle's bin) and the first bin of its window. */
    public record Frame(double[] map, int bins, int start) {
    }

    /**
     * The frames of {@code coords} (K, 2 row-major, radians) at bins {@code times} (K) with {@code activity} per
     * bin. canns stops at the first window reaching past the last bin and fails when that leaves none; here a
     * recording shorter than one window gives one frame of all its bins.
     */
    public static List<Frame> frames(double[] coords, int[] times, double[] activity, int numangsint, int windowSize,
                                     int frameStep, int nFrames) {
        if (coords.length != 2 * times.length) {
            throw new IllegalArgumentException("coords must hold two angles per decoded bin: " + coords.length
                    + " values for " + times.length + " bins");
        }
        if (times.length == 0) {
            throw new IllegalArgumentException("no decoded bins to draw");
        }
        int maxTime = Integer.MIN_VALUE;
        for (int t : times) {
            if (t < 0 || t >= activity.length) {
                throw new IllegalArgumentException("decoded bin " + t + " is outside the " + activity.length
                        + " bins of the activity: were the decoding and the recording made together?");
            }
            maxTime = Math.max(maxTime, t);
        }
        double[] edges = org.jcanns.core.geometry.Linspace.of(0, 2 * Math.PI, numangsint - 1, true);
        int bins = edges.length - 1;
        List<Frame> frames = new ArrayList<>();
        double[] previous = null;
        for (int f = 0; f < nFrames; f++) {
            int start = f * frameStep;
            int end = start + windowSize;
            if (end > maxTime) {
                break;
            }
            double[] m = window(coords, times, activity, edges, start, end);
            if (m == null) {
                continue;
            }
            previous = smoothed(m, bins, previous);
            frames.add(new Frame(previous, bins, start));
        }
        if (frames.isEmpty() && windowSize > maxTime) {
            double[] m = window(coords, times, activity, edges, 0, maxTime + 1);
            frames.add(new Frame(smoothed(m, bins, null), bins, 0));
        }
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("no window of " + windowSize + " bins holds a decoded bin: no frame to "
                    + "draw");
        }
        return frames;
    }

    private static double[] smoothed(double[] m, int bins, double[] previous) {
        double[] s = GaussianFilter.filter2d(smoothTuningMap(m, bins, 4.0), bins, bins, 1.0,
                GaussianFilter.Mode.REFLECT);
        if (previous != null) {
            for (int i = 0; i < s.length; i++) {
                s[i] = 0.7 * previous[i] + 0.3 * s[i];
            }
        }
        return s;
    }

    /** scipy's {@code binned_statistic_2d(c0, c1, activity, "sum", bins=edges)} of the bins in [start, end). */
    private static double[] window(double[] coords, int[] times, double[] activity, double[] edges, int start,
                                   int end) {
        int bins = edges.length - 1;
        double[] m = new double[bins * bins];
        boolean any = false;
        for (int k = 0; k < times.length; k++) {
            if (times[k] < start || times[k] >= end) {
                continue;
            }
            any = true;
            int a = bin(edges, coords[2 * k]);
            int b = bin(edges, coords[2 * k + 1]);
            if (a >= 0 && b >= 0) {
                m[a * bins + b] += activity[times[k]];
            }
        }
        return any ? m : null;
    }

    /** The bin of v (the last one closed), or −1 outside the edges. */
    private static int bin(double[] edges, double v) {
        return v >= edges[0] && v <= edges[edges.length - 1] ? BinnedStatistic.bin(edges, v) : -1;
    }

    /** canns' {@code _smooth_tuning_map(m, n + 1, sig, bClose=True)} of an n × n map. */
    public static double[] smoothTuningMap(double[] m, int n, double sigma) {
        int mid = n / 2;
        double[] sheared = new double[n * n];
        for (int i = 0; i < n; i++) {
            int shift = i / 2;
            for (int j = 0; j < n; j++) {
                sheared[i * n + Math.floorMod(j + shift, n)] = m[i * n + j];
            }
        }
        int w = 3 * n;
        // Tiled three times along rows (m4), and the same rolled right by mid (m5).
        double[] m4 = new double[n * w];
        double[] m5 = new double[n * w];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < w; j++) {
                m4[i * w + j] = sheared[i * n + j % n];
            }
            for (int j = 0; j < w; j++) {
                m5[i * w + j] = m4[i * w + Math.floorMod(j - mid, w)];
            }
        }
        double[] big = new double[w * w];
        System.arraycopy(m5, 0, big, 0, n * w);
        System.arraycopy(m4, 0, big, n * w, n * w);
        System.arraycopy(m5, 0, big, 2 * n * w, n * w);
        double[] smooth = smoothImage(big, w, w, sigma);
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            int from = n + (i / 2 + 1);
            for (int j = 0; j < n; j++) {
                out[i * n + j] = smooth[(n + i) * w + from + j];
            }
        }
        return out;
    }

    /**
     * canns' {@code _smooth_image}: a normalised Gaussian over the whole image size ({@code convolve2d(..., "valid")}
     * with a (2·size − 1)² kernel: zeros beyond the edges), NaNs left out and re-weighted by the smoothed mask of
     * known pixels (closed by a cross), −∞ where the closed mask is empty.
     */
    public static double[] smoothImage(double[] img, int rows, int cols, double sigma) {
        int size = Math.max(rows, cols);
        double[] g = new double[2 * size - 1];
        double sum = 0;
        for (int i = 0; i < g.length; i++) {
            double x = i - (size - 1);
            g[i] = Math.exp(-x * x / (2 * sigma * sigma));
            sum += g[i];
        }
        for (int i = 0; i < g.length; i++) {
            g[i] /= sum;
        }
        double[] a = new double[img.length];
        double[] known = new double[img.length];
        for (int i = 0; i < img.length; i++) {
            boolean nan = Double.isNaN(img[i]);
            a[i] = nan ? 0 : img[i];
            known[i] = nan ? 0 : 1;
        }
        double[] closed = close(known, rows, cols);
        double[] ones = new double[img.length];
        java.util.Arrays.fill(ones, 1);
        double[] sa = convolve(a, rows, cols, g, size);
        double[] sd = convolve(closed, rows, cols, g, size);
        double[] so = convolve(ones, rows, cols, g, size);
        double[] out = new double[img.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = closed[i] == 0 ? Double.NEGATIVE_INFINITY : sa[i] / (sd[i] / so[i]);
        }
        return out;
    }

    /** The separable Gaussian {@code g} (centre at size − 1) applied with zeros outside, rows then columns. */
    private static double[] convolve(double[] img, int rows, int cols, double[] g, int size) {
        double[] tmp = new double[img.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double s = 0;
                for (int q = 0; q < cols; q++) {
                    s += img[i * cols + q] * g[j - q + size - 1];
                }
                tmp[i * cols + j] = s;
            }
        }
        double[] out = new double[img.length];
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < rows; i++) {
                double s = 0;
                for (int p = 0; p < rows; p++) {
                    s += tmp[p * cols + j] * g[i - p + size - 1];
                }
                out[i * cols + j] = s;
            }
        }
        return out;
    }

    /**
     * scipy's {@code binary_closing} with a cross (radius-1 disk) of the mask padded by one zero pixel: dilation,
     * then erosion with zeros beyond the padded border; the padding is dropped.
     */
    private static double[] close(double[] mask, int rows, int cols) {
        int pr = rows + 2;
        int pc = cols + 2;
        boolean[] padded = new boolean[pr * pc];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                padded[(i + 1) * pc + j + 1] = mask[i * cols + j] != 0;
            }
        }
        int[][] cross = {{0, 0}, {-1, 0}, {1, 0}, {0, -1}, {0, 1}};
        boolean[] dilated = new boolean[padded.length];
        for (int i = 0; i < pr; i++) {
            for (int j = 0; j < pc; j++) {
                boolean v = false;
                for (int[] s : cross) {
                    int y = i + s[0];
                    int x = j + s[1];
                    v |= y >= 0 && y < pr && x >= 0 && x < pc && padded[y * pc + x];
                }
                dilated[i * pc + j] = v;
            }
        }
        double[] out = new double[mask.length];
        for (int i = 1; i <= rows; i++) {
            for (int j = 1; j <= cols; j++) {
                boolean v = true;
                for (int[] s : cross) {
                    int y = i + s[0];
                    int x = j + s[1];
                    v &= y >= 0 && y < pr && x >= 0 && x < pc && dilated[y * pc + x];
                }
                out[(i - 1) * cols + j - 1] = v ? 1 : 0;
            }
        }
        return out;
    }
}
