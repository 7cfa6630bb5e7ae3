package org.jcanns.models.navigation;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/** {@link RowUpdate} with the Vector API at the preferred width; loaded only when the panama tier is active. */
final class PanamaRowUpdate implements RowUpdate {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    @Override
    public void axpy(double a, double[] x, int xFrom, double[] y, int yFrom, int length) {
        DoubleVector av = DoubleVector.broadcast(S, a);
        int k = 0;
        for (int bound = S.loopBound(length); k < bound; k += S.length()) {
            DoubleVector.fromArray(S, x, xFrom + k).fma(av, DoubleVector.fromArray(S, y, yFrom + k))
                    .intoArray(y, yFrom + k);
        }
        for (; k < length; k++) {
            y[yFrom + k] += a * x[xFrom + k];
        }
    }

    @Override
    public void axpy4(double a0, double a1, double a2, double a3, double[] x, int xFrom, double[] y, int yFrom,
                      int stride, int length) {
        DoubleVector v0 = DoubleVector.broadcast(S, a0), v1 = DoubleVector.broadcast(S, a1);
        DoubleVector v2 = DoubleVector.broadcast(S, a2), v3 = DoubleVector.broadcast(S, a3);
        int y1 = yFrom + stride, y2 = y1 + stride, y3 = y2 + stride;
        int k = 0;
        for (int bound = S.loopBound(length); k < bound; k += S.length()) {
            DoubleVector xv = DoubleVector.fromArray(S, x, xFrom + k);
            xv.fma(v0, DoubleVector.fromArray(S, y, yFrom + k)).intoArray(y, yFrom + k);
            xv.fma(v1, DoubleVector.fromArray(S, y, y1 + k)).intoArray(y, y1 + k);
            xv.fma(v2, DoubleVector.fromArray(S, y, y2 + k)).intoArray(y, y2 + k);
            xv.fma(v3, DoubleVector.fromArray(S, y, y3 + k)).intoArray(y, y3 + k);
        }
        for (; k < length; k++) {
            double v = x[xFrom + k];
            y[yFrom + k] += a0 * v;
            y[y1 + k] += a1 * v;
            y[y2 + k] += a2 * v;
            y[y3 + k] += a3 * v;
        }
    }
}
