package org.jcanns.analysis.decode;

/**
 * How well decoded angles follow true torus phases, up to the torus' symmetries: the largest circular correlation
 * (Jammalamadaka–SenGupta) of a decoded angle with a·φ₁ + b·φ₂ for a, b in {−1, 0, 1}.
 */
public final class TorusAgreement {
    private TorusAgreement() {
    }

    /** The best correlation and its (a, b): {ρ, a, b}. */
    public static double[] best(double[] decoded, double[] phi1, double[] phi2) {
        double[] best = {0, 0, 0};
        double[] combo = new double[decoded.length];
        for (int a = -1; a <= 1; a++) {
            for (int b = -1; b <= 1; b++) {
                if (a == 0 && b == 0) {
                    continue;
                }
                for (int t = 0; t < combo.length; t++) {
                    combo[t] = a * phi1[t] + b * phi2[t];
                }
                double r = Math.abs(circularCorrelation(decoded, combo));
                if (r > best[0]) {
                    best = new double[] {r, a, b};
                }
            }
        }
        return best;
    }

    /** Jammalamadaka and SenGupta's circular correlation coefficient. */
    public static double circularCorrelation(double[] x, double[] y) {
        double mx = meanAngle(x);
        double my = meanAngle(y);
        double num = 0;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < x.length; i++) {
            double a = Math.sin(x[i] - mx);
            double b = Math.sin(y[i] - my);
            num += a * b;
            sx += a * a;
            sy += b * b;
        }
        return num / Math.sqrt(sx * sy);
    }

    private static double meanAngle(double[] v) {
        double s = 0;
        double c = 0;
        for (double d : v) {
            s += Math.sin(d);
            c += Math.cos(d);
        }
        return Math.atan2(s, c);
    }

    /** Column {@code c} of a row-major (n, 2) array. */
    public static double[] column(double[] rows, int c) {
        double[] out = new double[rows.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows[2 * i + c];
        }
        return out;
    }
}
