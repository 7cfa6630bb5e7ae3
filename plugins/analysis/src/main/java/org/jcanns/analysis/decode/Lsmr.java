package org.jcanns.analysis.decode;

/**
 * LSMR (Fong and Saunders 2011) for {@code min ‖A·x − b‖} with x₀ = 0 and no damping, step for step as scipy's
 * {@code scipy.sparse.linalg.lsmr}: Golub–Kahan bidiagonalisation, plane rotations, the same estimates of ‖r‖,
 * ‖Aᵀr‖, ‖A‖ and cond(A) and the same stopping rules (atol, btol, conlim, at most min(m, n) iterations by
 * default). From x₀ = 0 the iterates stay in the row space of A, so a rank-deficient problem (a coboundary
 * matrix: constants are in its null space) converges to the minimum-norm solution.
 *
 * @param x the solution
 * @param istop why it stopped (scipy's codes: 1 ‖r‖ small, 2 least-squares solution, 3 cond(A) too large,
 *              4-6 the same at machine precision, 7 iteration limit; 0 when b = 0 or Aᵀb = 0)
 * @param iterations iterations run
 * @param normR the estimate of ‖b − A·x‖
 */
public record Lsmr(double[] x, int istop, int iterations, double normR) {

    /** scipy's defaults: atol = btol = 1e-6, conlim = 1e8, at most min(m, n) iterations. */
    public static Lsmr solve(LinearOperator a, double[] b) {
        return solve(a, b, 1e-6, 1e-6, 1e8, Math.min(a.rows(), a.columns()));
    }

    /** LSMR with the given tolerances and iteration limit. */
    public static Lsmr solve(LinearOperator a, double[] b, double atol, double btol, double conlim, int maxIter) {
        int m = a.rows();
        int n = a.columns();
        if (b.length != m) {
            throw new IllegalArgumentException("b has " + b.length + " values but A has " + m + " rows");
        }
        double[] u = b.clone();
        double normB = norm(b);
        double[] x = new double[n];
        double beta = normB;
        double[] v = new double[n];
        double alpha = 0;
        if (beta > 0) {
            scale(u, 1 / beta);
            a.transposeTimes(u, v);
            alpha = norm(v);
        }
        if (alpha > 0) {
            scale(v, 1 / alpha);
        }
        double zetabar = alpha * beta;
        double alphabar = alpha;
        double rho = 1;
        double rhobar = 1;
        double cbar = 1;
        double sbar = 0;
        double[] h = v.clone();
        double[] hbar = new double[n];
        double betadd = beta;
        double betad = 0;
        double rhodold = 1;
        double tautildeold = 0;
        double thetatilde = 0;
        double zeta = 0;
        double d = 0;
        double normA2 = alpha * alpha;
        double maxrbar = 0;
        double minrbar = 1e100;
        double normA;
        double condA;
        double ctol = conlim > 0 ? 1 / conlim : 0;
        double normR = beta;
        double normAr = alpha * beta;
        if (normAr == 0 || normB == 0) {
            return new Lsmr(x, 0, 0, normR);
        }
        double[] av = new double[m];
        double[] atu = new double[n];
        int itn = 0;
        int istop = 0;
        while (itn < maxIter) {
            itn++;
            // Bidiagonalisation: beta·u = A·v − alpha·u, alpha·v = Aᵀ·u − beta·v.
            a.times(v, av);
            for (int i = 0; i < m; i++) {
                u[i] = u[i] * -alpha + av[i];
            }
            beta = norm(u);
            if (beta > 0) {
                scale(u, 1 / beta);
                a.transposeTimes(u, atu);
                for (int i = 0; i < n; i++) {
                    v[i] = v[i] * -beta + atu[i];
                }
                alpha = norm(v);
                if (alpha > 0) {
                    scale(v, 1 / alpha);
                }
            }
            // Rotation Qhat (damp = 0), then Q_i turning B_i into R_i.
            double[] q = symOrtho(alphabar, 0);
            double chat = q[0];
            double shat = q[1];
            double alphahat = q[2];
            double rhoold = rho;
            q = symOrtho(alphahat, beta);
            double c = q[0];
            double s = q[1];
            rho = q[2];
            double thetanew = s * alpha;
            alphabar = c * alpha;
            // Qbar_i turning R_iᵀ into Rbar_i.
            double rhobarold = rhobar;
            double zetaold = zeta;
            double thetabar = sbar * rho;
            double rhotemp = cbar * rho;
            q = symOrtho(cbar * rho, thetanew);
            cbar = q[0];
            sbar = q[1];
            rhobar = q[2];
            zeta = cbar * zetabar;
            zetabar = -sbar * zetabar;
            // h, hbar, x.
            double hbarScale = -(thetabar * rho / (rhoold * rhobarold));
            double xStep = zeta / (rho * rhobar);
            double hScale = -(thetanew / rho);
            for (int i = 0; i < n; i++) {
                hbar[i] = hbar[i] * hbarScale + h[i];
                x[i] += xStep * hbar[i];
                h[i] = h[i] * hScale + v[i];
            }
            // Estimate of ‖r‖.
            double betaacute = chat * betadd;
            double betacheck = -shat * betadd;
            double betahat = c * betaacute;
            betadd = -s * betaacute;
            double thetatildeold = thetatilde;
            q = symOrtho(rhodold, thetabar);
            double ctildeold = q[0];
            double stildeold = q[1];
            double rhotildeold = q[2];
            thetatilde = stildeold * rhobar;
            rhodold = ctildeold * rhobar;
            betad = -stildeold * betad + ctildeold * betahat;
            tautildeold = (zetaold - thetatildeold * tautildeold) / rhotildeold;
            double taud = (zeta - thetatilde * tautildeold) / rhodold;
            d = d + betacheck * betacheck;
            normR = Math.sqrt(d + (betad - taud) * (betad - taud) + betadd * betadd);
            // Estimates of ‖A‖ and cond(A).
            normA2 = normA2 + beta * beta;
            normA = Math.sqrt(normA2);
            normA2 = normA2 + alpha * alpha;
            maxrbar = Math.max(maxrbar, rhobarold);
            if (itn > 1) {
                minrbar = Math.min(minrbar, rhobarold);
            }
            condA = Math.max(maxrbar, rhotemp) / Math.min(minrbar, rhotemp);
            // Stopping rules.
            normAr = Math.abs(zetabar);
            double normX = norm(x);
            double test1 = normR / normB;
            double test2 = normA * normR != 0 ? normAr / (normA * normR) : Double.POSITIVE_INFINITY;
            double test3 = 1 / condA;
            double t1 = test1 / (1 + normA * normX / normB);
            double rtol = btol + atol * normA * normX / normB;
            if (itn >= maxIter) {
                istop = 7;
            }
            if (1 + test3 <= 1) {
                istop = 6;
            }
            if (1 + test2 <= 1) {
                istop = 5;
            }
            if (1 + t1 <= 1) {
                istop = 4;
            }
            if (test3 <= ctol) {
                istop = 3;
            }
            if (test2 <= atol) {
                istop = 2;
            }
            if (test1 <= rtol) {
                istop = 1;
            }
            if (istop > 0) {
                break;
            }
        }
        return new Lsmr(x, istop, itn, normR);
    }

    /** scipy's {@code _sym_ortho}: a stable Givens rotation {c, s, r} with c·a + s·b = r. */
    static double[] symOrtho(double a, double b) {
        if (b == 0) {
            return new double[] {Math.signum(a), 0, Math.abs(a)};
        }
        if (a == 0) {
            return new double[] {0, Math.signum(b), Math.abs(b)};
        }
        if (Math.abs(b) > Math.abs(a)) {
            double tau = a / b;
            double s = Math.signum(b) / Math.sqrt(1 + tau * tau);
            double c = s * tau;
            return new double[] {c, s, b / s};
        }
        double tau = b / a;
        double c = Math.signum(a) / Math.sqrt(1 + tau * tau);
        double s = c * tau;
        return new double[] {c, s, a / c};
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d * d;
        }
        return Math.sqrt(s);
    }

    private static void scale(double[] v, double f) {
        for (int i = 0; i < v.length; i++) {
            v[i] *= f;
        }
    }
}
