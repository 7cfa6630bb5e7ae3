package org.jcanns.core.geometry;

/** Evenly spaced coordinates, as numpy's {@code linspace}. */
public final class Linspace {
    private Linspace() {
    }

    /** numpy's {@code linspace(start, stop, num, endpoint)} in double precision. */
    public static double[] of(double start, double stop, int num, boolean endpoint) {
        double[] x = new double[num];
        int div = endpoint ? num - 1 : num;
        double step = div > 0 ? (stop - start) / div : 0;
        for (int i = 0; i < num; i++) {
            x[i] = start + i * step;
        }
        if (endpoint && num > 1) {
            x[num - 1] = stop;
        }
        return x;
    }
}
