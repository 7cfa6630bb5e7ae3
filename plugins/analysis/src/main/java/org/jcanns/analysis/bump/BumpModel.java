package org.jcanns.analysis.bump;

/**
 * The terms of canns' bump log-likelihood (§4.6): ROIs at {@code x_j = 2πj/n_roi}; a frame's prediction
 * {@code Σ_b ampli_b·exp(κ_b cos(x_j − pos_b))/(2π I₀(κ_b))}; the site term
 * {@code β(−n·penbump − ½Σ(y − pred)²/sig2)}; the coupling of consecutive frames {@code β·jc·Σ exp(−½d²/sigcoup²)}
 * over matched bump pairs, d the circular distance and {@code sigcoup = 2π/n_roi}.
 */
final class BumpModel {
    private static final double TWO_PI = 2 * Math.PI;
    /** Frames with more bumps than this are matched optimally even in canns' greedy mode. */
    private static final int GREEDY_LIMIT = 4;
    final int rois;
    private final double[] cosX;
    private final double[] sinX;
    private final BumpFitsConfig config;
    private final double sigcoup2;
    private final double[][] cost;

    BumpModel(BumpFitsConfig config) {
        this.config = config;
        this.rois = config.nRoi();
        this.cosX = new double[rois];
        this.sinX = new double[rois];
        for (int j = 0; j < rois; j++) {
            double x = j * TWO_PI / rois;
            cosX[j] = Math.cos(x);
            sinX[j] = Math.sin(x);
        }
        double sigcoup = TWO_PI / rois;
        this.sigcoup2 = sigcoup * sigcoup;
        this.cost = new double[config.nBumpMax()][config.nBumpMax()];
    }

    /** {@code 1/(2π I₀(κ))} in the configured I₀ form. */
    double normaliser(double kappa) {
        return 1.0 / (TWO_PI * (config.i0() == BumpFitsConfig.I0.EXACT ? Bessel.i0(kappa) : Bessel.i0Numba(kappa)));
    }

    /** Writes {@code exp(κ cos(x_j − pos))} for every ROI j into {@code out} from {@code off}. */
    void profile(double pos, double kappa, double[] out, int off) {
        double c = Math.cos(pos);
        double s = Math.sin(pos);
        for (int j = 0; j < rois; j++) {
            // cos(x − pos) = cos x cos pos + sin x sin pos: two trigonometric calls per bump instead of one per ROI.
            out[off + j] = Math.exp(kappa * (cosX[j] * c + sinX[j] * s));
        }
    }

    /**
     * The site term of a frame with {@code n} bumps: data {@code y[yOff..]}, weights {@code ampli·norm} and
     * profiles {@code prof[pOff + b·rois ..]}.
     */
    double site(double[] y, int yOff, int n, double[] ampli, double[] norm, int bOff, double[] prof, int pOff) {
        double ss = 0;
        for (int j = 0; j < rois; j++) {
            double pred = 0;
            for (int b = 0; b < n; b++) {
                pred += ampli[bOff + b] * norm[bOff + b] * prof[pOff + b * rois + j];
            }
            double r = y[yOff + j] - pred;
            ss += r * r;
        }
        return config.beta() * (-n * config.penbump() - 0.5 * ss / config.sig2());
    }

    /** The coupling term between a frame (positions {@code p1[o1..o1+n1)}) and the next ({@code p2[o2..o2+n2)}). */
    double coupling(double[] p1, int o1, int n1, double[] p2, int o2, int n2) {
        if (n1 == 0 || n2 == 0) {
            return 0.0;
        }
        double sum = config.matching() == BumpFitsConfig.Matching.AUTO && n1 <= GREEDY_LIMIT && n2 <= GREEDY_LIMIT
                ? greedy(p1, o1, n1, p2, o2, n2) : optimal(p1, o1, n1, p2, o2, n2);
        return config.beta() * config.jc() * sum;
    }

    private double link(double a, double b) {
        double d = Math.abs(a - b);
        if (d > Math.PI) {
            d = TWO_PI - d;
        }
        return Math.exp(-0.5 * d * d / sigcoup2);
    }

    /** canns' greedy pairing: each bump of the first frame takes the best unused bump of the second. */
    private double greedy(double[] p1, int o1, int n1, double[] p2, int o2, int n2) {
        int used = 0;
        double total = 0;
        for (int i = 0; i < n1; i++) {
            double best = Double.NEGATIVE_INFINITY;
            int bestJ = -1;
            for (int j = 0; j < n2; j++) {
                if ((used & (1 << j)) == 0) {
                    double l = link(p1[o1 + i], p2[o2 + j]);
                    if (l > best) {
                        best = l;
                        bestJ = j;
                    }
                }
            }
            if (bestJ >= 0) {
                used |= 1 << bestJ;
                total += best;
            }
        }
        return total;
    }

    /** The pairing of min(n1, n2) bumps with the largest sum of links (scipy's linear_sum_assignment on −links). */
    private double optimal(double[] p1, int o1, int n1, double[] p2, int o2, int n2) {
        boolean transpose = n1 > n2;
        int rows = transpose ? n2 : n1;
        int cols = transpose ? n1 : n2;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                cost[i][j] = transpose ? -link(p1[o1 + j], p2[o2 + i]) : -link(p1[o1 + i], p2[o2 + j]);
            }
        }
        int[] pairs = Assignment.minimise(cost, rows, cols);
        double total = 0;
        for (int i = 0; i < rows; i++) {
            total -= cost[i][pairs[i]];
        }
        return total;
    }
}
