package org.jcanns.analysis.umap;

import java.util.SplittableRandom;
import java.util.function.BiConsumer;

/**
 * The largest eigenpairs of a symmetric operator on the vectors orthogonal to a known unit eigenvector, by thick-
 * restart Lanczos (Wu and Simon 2000) with full reorthogonalisation: a Krylov basis of {@code basis} vectors, Ritz
 * pairs from the projected matrix, the best kept on restart, until every wanted pair has a residual below
 * {@code tolerance}. What scipy's {@code eigsh(which="SM")} computes for UMAP's normalised Laplacian.
 */
final class Lanczos {
    private Lanczos() {
    }

    /** The {@code count} largest eigenpairs: {values (count), vectors (count rows of n)}. */
    static double[][] largest(BiConsumer<double[], double[]> operator, int n, double[] known, int count,
                              double tolerance, long seed) {
        int basis = Math.min(n - 1, Math.max(2 * count + 10, 40));
        if (count > basis) {
            throw new IllegalArgumentException("cannot find " + count + " eigenvectors of a graph of " + n
                    + " vertices");
        }
        double[][] v = new double[basis + 1][];
        double[] t = new double[basis * basis];
        SplittableRandom rng = RandomKeys.stream(seed, 3, n);
        double[] start = new double[n];
        for (int i = 0; i < n; i++) {
            start[i] = rng.nextDouble() - 0.5;
        }
        v[0] = normalised(orthogonalise(start, known, v, 0));
        int kept = 0;
        double[] w = new double[n];
        double[][] result = null;
        int maxRestarts = 300;
        for (int restart = 0; restart <= maxRestarts; restart++) {
            double beta = 0;
            for (int j = kept; j < basis; j++) {
                operator.accept(v[j], w);
                // Gram-Schmidt twice against the basis and the known vector; the coefficients fill T's column j.
                for (int pass = 0; pass < 2; pass++) {
                    for (int i = 0; i <= j; i++) {
                        double h = dot(v[i], w);
                        axpy(-h, v[i], w);
                        t[i * basis + j] += h;
                    }
                    axpy(-dot(known, w), known, w);
                }
                for (int i = 0; i < j; i++) {
                    t[j * basis + i] = t[i * basis + j];
                }
                beta = Math.sqrt(dot(w, w));
                if (beta < 1e-12) {
                    // An invariant subspace: continue from a fresh direction.
                    for (int i = 0; i < n; i++) {
                        w[i] = rng.nextDouble() - 0.5;
                    }
                    w = orthogonalise(w, known, v, j + 1);
                    beta = 0;
                    double norm = Math.sqrt(dot(w, w));
                    v[j + 1] = norm > 1e-12 ? scaled(w, 1 / norm) : new double[n];
                } else {
                    v[j + 1] = scaled(w, 1 / beta);
                }
                w = new double[n];
            }
            SymmetricEigen e = SymmetricEigen.of(t, basis);
            boolean converged = true;
            for (int c = 0; c < count; c++) {
                double residual = Math.abs(beta * e.vectors()[(basis - 1) * basis + c]);
                converged &= residual <= tolerance;
            }
            kept = Math.min(basis / 2, count + 8);
            double[][] ritz = new double[kept][];
            for (int c = 0; c < kept; c++) {
                double[] y = new double[n];
                for (int i = 0; i < basis; i++) {
                    axpy(e.vectors()[i * basis + c], v[i], y);
                }
                ritz[c] = y;
            }
            if (converged || restart == maxRestarts) {
                result = new double[count + 1][];
                result[0] = java.util.Arrays.copyOf(e.values(), count);
                System.arraycopy(ritz, 0, result, 1, count);
                break;
            }
            // Restart: T becomes diag(θ) with the couplings β·s_last in the row and column of the next vector.
            java.util.Arrays.fill(t, 0);
            double[] next = v[basis];
            for (int c = 0; c < kept; c++) {
                v[c] = ritz[c];
                t[c * basis + c] = e.values()[c];
            }
            v[kept] = next;
            for (int i = kept + 1; i <= basis; i++) {
                v[i] = null;
            }
            // The couplings are recovered by the Gram-Schmidt of the next step (y_c·B·v = β s_{last,c}).
        }
        return result;
    }

    private static double[] orthogonalise(double[] w, double[] known, double[][] v, int count) {
        for (int pass = 0; pass < 2; pass++) {
            axpy(-dot(known, w), known, w);
            for (int i = 0; i < count; i++) {
                axpy(-dot(v[i], w), v[i], w);
            }
        }
        return w;
    }

    private static double[] normalised(double[] w) {
        return scaled(w, 1 / Math.sqrt(dot(w, w)));
    }

    private static double[] scaled(double[] w, double s) {
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = w[i] * s;
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }
}
