package org.jcanns.core.analysis;

/**
 * scipy.ndimage's {@code gaussian_filter1d} and {@code gaussian_filter} (order 0): a normalised Gaussian kernel of
 * radius {@code int(truncate·σ + 0.5)} correlated with the data, the data extended beyond its ends as {@link Mode}
 * says. The sum runs in scipy's order (centre, then symmetric pairs), so results agree with scipy to rounding.
 */
public final class GaussianFilter {
    /** How values beyond the ends are read. */
    public enum Mode {
        /** Zeros (scipy's {@code mode="constant"}, cval 0). */
        CONSTANT,
        /** Half-sample symmetric, {@code d c b a | a b c d | d c b a}, repeated as far as needed (scipy's default). */
        REFLECT
    }

    private GaussianFilter() {
    }

    /** scipy's {@code _gaussian_kernel1d(sigma, 0, radius)}: {@code exp(−x²/2σ²)} for x in −radius..radius, summing to 1. */
    public static double[] kernel(double sigma, int radius) {
        double[] w = new double[2 * radius + 1];
        double sum = 0;
        double sigma2 = sigma * sigma;
        for (int i = 0; i < w.length; i++) {
            double x = i - radius;
            w[i] = Math.exp(-0.5 / sigma2 * (x * x));
            sum += w[i];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= sum;
        }
        return w;
    }

    /** The kernel radius scipy uses for {@code sigma} and {@code truncate}. */
    public static int radius(double sigma, double truncate) {
        return (int) (truncate * sigma + 0.5);
    }

    /** {@code gaussian_filter1d(x, sigma, mode=mode, truncate=4)} of a 1-D array. */
    public static double[] filter1d(double[] x, double sigma, Mode mode) {
        double[] out = new double[x.length];
        filter(x, 0, 1, x.length, sigma, 4.0, mode, out);
        return out;
    }

    /** {@code gaussian_filter(img, sigma, mode=mode, truncate=4)} of a row-major (rows, cols) image: axis 0, then 1. */
    public static double[] filter2d(double[] img, int rows, int cols, double sigma, Mode mode) {
        if ((long) rows * cols != img.length) {
            throw new IllegalArgumentException("image of " + img.length + " values is not " + rows + " x " + cols);
        }
        double[] tmp = new double[img.length];
        for (int c = 0; c < cols; c++) {
            filter(img, c, cols, rows, sigma, 4.0, mode, tmp);
        }
        double[] out = new double[img.length];
        for (int r = 0; r < rows; r++) {
            filter(tmp, r * cols, 1, cols, sigma, 4.0, mode, out);
        }
        return out;
    }

    /**
     * Filters the line of {@code n} values at {@code in[offset + i·stride]} into the same places of {@code out}.
     */
    public static void filter(double[] in, int offset, int stride, int n, double sigma, double truncate, Mode mode,
                              double[] out) {
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be a finite number > 0, got " + sigma);
        }
        if (n == 0) {
            return;
        }
        int radius = radius(sigma, truncate);
        double[] w = kernel(sigma, radius);
        double[] line = new double[n + 2 * radius];
        for (int i = -radius; i < n + radius; i++) {
            line[i + radius] = read(in, offset, stride, n, i, mode);
        }
        for (int i = 0; i < n; i++) {
            int c = i + radius;
            double s = line[c] * w[radius];
            // scipy's symmetric correlation adds the pairs from the outermost inwards.
            for (int j = radius; j >= 1; j--) {
                s += (line[c - j] + line[c + j]) * w[radius + j];
            }
            out[offset + i * stride] = s;
        }
    }

    private static double read(double[] in, int offset, int stride, int n, int i, Mode mode) {
        if (i >= 0 && i < n) {
            return in[offset + i * stride];
        }
        return switch (mode) {
            case CONSTANT -> 0;
            case REFLECT -> {
                int p = Math.floorMod(i, 2 * n);
                yield in[offset + (p < n ? p : 2 * n - 1 - p) * stride];
            }
        };
    }
}
