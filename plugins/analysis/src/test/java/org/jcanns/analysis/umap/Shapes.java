package org.jcanns.analysis.umap;

import java.util.SplittableRandom;

/** Standard test clouds for UMAP, row-major (n, dim): sklearn's Swiss roll, a torus in R³, Gaussian blobs. */
final class Shapes {
    private Shapes() {
    }

    /** sklearn's {@code make_swiss_roll}: t = 1.5π(1 + 2u), (t cos t, 21v, t sin t), plus N(0, noise²). */
    static double[] swissRoll(int n, double noise, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[3 * n];
        for (int i = 0; i < n; i++) {
            double t = 1.5 * Math.PI * (1 + 2 * rng.nextDouble());
            x[3 * i] = t * Math.cos(t) + noise * rng.nextGaussian();
            x[3 * i + 1] = 21 * rng.nextDouble() + noise * rng.nextGaussian();
            x[3 * i + 2] = t * Math.sin(t) + noise * rng.nextGaussian();
        }
        return x;
    }

    /** A torus of radii 3 and 1 in R³, angles uniform. */
    static double[] torus(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[3 * n];
        for (int i = 0; i < n; i++) {
            double u = 2 * Math.PI * rng.nextDouble();
            double v = 2 * Math.PI * rng.nextDouble();
            x[3 * i] = (3 + Math.cos(v)) * Math.cos(u);
            x[3 * i + 1] = (3 + Math.cos(v)) * Math.sin(u);
            x[3 * i + 2] = Math.sin(v);
        }
        return x;
    }

    /** {@code clusters} Gaussian blobs of unit spread in {@code dim} dimensions, centres uniform in [−10, 10]. */
    static double[] blobs(int n, int dim, int clusters, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] centres = new double[clusters * dim];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = -10 + 20 * rng.nextDouble();
        }
        double[] x = new double[n * dim];
        for (int i = 0; i < n; i++) {
            int c = i % clusters;
            for (int d = 0; d < dim; d++) {
                x[i * dim + d] = centres[c * dim + d] + rng.nextGaussian();
            }
        }
        return x;
    }

    /** Uniform points in the unit cube of {@code dim} dimensions. */
    static double[] uniform(int n, int dim, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n * dim];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble();
        }
        return x;
    }
}
