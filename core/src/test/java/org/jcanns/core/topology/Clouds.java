package org.jcanns.core.topology;

import java.util.SplittableRandom;

/** Seeded test point clouds (row-major, n rows): noisy circles, spheres, tori and uniform random points. */
final class Clouds {
    private Clouds() {
    }

    static double[] circle(int n, double noise, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * r.nextDouble();
            x[2 * i] = Math.cos(t) + noise * gauss(r);
            x[2 * i + 1] = Math.sin(t) + noise * gauss(r);
        }
        return x;
    }

    static double[] sphere(int n, double noise, long seed) {
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

    /** The flat torus in R^4: (cos s, sin s, cos t, sin t) plus noise. */
    static double[] torus(int n, double noise, long seed) {
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

    static double[] uniform(int n, int dim, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n * dim];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextDouble();
        }
        return x;
    }

    static double gauss(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
