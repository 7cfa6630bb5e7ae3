package org.jcanns.analysis.umap;

/**
 * umap-learn's {@code find_ab_params}: a and b of the low-dimensional similarity {@code 1/(1 + a·d^{2b})} fitted by
 * least squares to 1 for d < min_dist and {@code exp(−(d − min_dist)/spread)} beyond, at 300 points of
 * [0, 3·spread]; scipy's {@code curve_fit} from (1, 1), here by Levenberg–Marquardt with the exact Jacobian.
 *
 * @param a the fitted a
 * @param b the fitted b
 */
public record CurveParameters(double a, double b) {
    private static final int POINTS = 300;

    /** The fit for {@code spread} and {@code minDist}. */
    public static CurveParameters fit(double spread, double minDist) {
        double[] x = new double[POINTS];
        double[] y = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            x[i] = spread * 3 * i / (POINTS - 1);
            y[i] = x[i] < minDist ? 1 : Math.exp(-(x[i] - minDist) / spread);
        }
        double a = 1;
        double b = 1;
        double lambda = 1e-3;
        double cost = cost(x, y, a, b);
        for (int it = 0; it < 500; it++) {
            double jaa = 0;
            double jab = 0;
            double jbb = 0;
            double ga = 0;
            double gb = 0;
            for (int i = 0; i < POINTS; i++) {
                double p = x[i] > 0 ? Math.pow(x[i], 2 * b) : 0;
                double den = 1 + a * p;
                double r = 1 / den - y[i];
                double da = -p / (den * den);
                double db = x[i] > 0 ? -a * p * 2 * Math.log(x[i]) / (den * den) : 0;
                jaa += da * da;
                jab += da * db;
                jbb += db * db;
                ga += da * r;
                gb += db * r;
            }
            double ma = jaa * (1 + lambda);
            double mb = jbb * (1 + lambda);
            double det = ma * mb - jab * jab;
            double stepA = -(mb * ga - jab * gb) / det;
            double stepB = -(ma * gb - jab * ga) / det;
            double next = cost(x, y, a + stepA, b + stepB);
            if (next < cost) {
                boolean done = Math.abs(stepA) <= 1e-13 * Math.abs(a) && Math.abs(stepB) <= 1e-13 * Math.abs(b);
                a += stepA;
                b += stepB;
                lambda = Math.max(lambda / 10, 1e-12);
                boolean flat = cost - next <= 1e-15 * cost;
                cost = next;
                if (done || flat) {
                    break;
                }
            } else {
                lambda *= 10;
                if (lambda > 1e12) {
                    break;
                }
            }
        }
        return new CurveParameters(a, b);
    }

    private static double cost(double[] x, double[] y, double a, double b) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double p = x[i] > 0 ? Math.pow(x[i], 2 * b) : 0;
            double r = 1 / (1 + a * p) - y[i];
            s += r * r;
        }
        return s;
    }
}
