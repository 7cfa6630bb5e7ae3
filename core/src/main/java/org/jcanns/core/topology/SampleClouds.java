package org.jcanns.core.topology;

import java.util.SplittableRandom;

/**
 * Seeded point clouds with known topology, row-major with n rows, for examples, tests and benchmarks: noisy
 * circles (H1 = 1), spheres (H2 = 1), flat tori in R^4 (H1 = 2, H2 = 1) and uniform random points.
 */
public final class SampleClouds {
    private SampleClouds() {
    }

    /** n points on the unit circle in R^2 plus Gaussian noise of standard deviation {@code noise}. */
    public static double[] circle(int n, double noise, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * r.nextDouble();
            x[2 * i] = Math.cos(t) + noise * gauss(r);
            x[2 * i + 1] = Math.sin(t) + noise * gauss(r);
        }
        return x;
    }

    /** n points on the unit sphere in R^3 plus Gaussian noise. */
    public static double[] sphere(int n, double noise, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[3 * n];
        for (int i = 0; i < n; i++) {
            double a = gauss(r);
            double b = gauss(r);
            double c = gauss(r);
            double norm = Math.sqrt(a * a + b * b + c * c);
            x[3 * i] = a / norm + noise * gauss(r);
            x[3 * i + 1] = b / norm + noise * gauss(r);
            x[3 * i + 2] = c / norm + noise * gauss(r);
        }
        return x;
    }

    /** n points on the flat torus in R^4, (cos s, sin s, cos t, sin t), plus Gaussian noise. */
    public static double[] torus(int n, double noise, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[4 * n];
        for (int i = 0; i < n; i++) {
            double s = 2 * Math.PI * r.nextDouble();
            double t = 2 * Math.PI * r.nextDouble();
            x[4 * i] = Math.cos(s) + noise * gauss(r);
            x[4 * i + 1] = Math.sin(s) + noise * gauss(r);
            x[4 * i + 2] = Math.cos(t) + noise * gauss(r);
            x[4 * i + 3] = Math.sin(t) + noise * gauss(r);
        }
        return x;
    }

    /** n points uniform in the unit cube of R^dim. */
    public static double[] uniform(int n, int dim, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n * dim];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextDouble();
        }
        return x;
    }

    private static double gauss(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
