package org.jcanns.models.navigation;

import java.util.function.DoubleUnaryOperator;

/**
 * The squared distance {@code q(d) = α·d0² + β·d0·d1 + γ·d1²} of canns' grid-cell lattices between phases whose
 * difference d was wrapped into [−π, π] per component.
 *
 * @param alpha weight of d0²
 * @param beta weight of d0·d1
 * @param gamma weight of d1²
 */
public record LatticeMetric(double alpha, double beta, double gamma) {
    /** GridCellNetwork's twisted torus: ‖M⁻¹d‖² with M⁻¹ = [[1, ½], [0, √3/2]], i.e. d0² + d0·d1 + d1². */
    public static final LatticeMetric TWISTED = new LatticeMetric(1, 1, 1);
    /** The hierarchical GridCell's hexagonal metric: Δx = d0, Δy = (d1 − d0/2)·2/√3, i.e. (4/3)(d0² − d0·d1 + d1²). */
    public static final LatticeMetric HEXAGONAL = new LatticeMetric(4.0 / 3, -4.0 / 3, 4.0 / 3);

    /** q(d0, d1). */
    public double q(double d0, double d1) {
        return alpha * d0 * d0 + beta * d0 * d1 + gamma * d1 * d1;
    }

    /**
     * The circulant kernel of a recurrent matrix {@code W[p][q] = profile(q(wrap(v_p − v_q)))} on the n×n lattice
     * of phases {@code linspace(−π, π, n, endpoint=False)}: entry {@code di·n + dj} for row offset di and column
     * offset dj, as {@code Connectivity.torus} takes it.
     *
     * <p>At exactly half a period (dj or di = n/2, n even) the single wrap leaves ±π and canns' matrix takes the sign
     * of the raw difference of the two neurons, which makes W neither symmetric nor circulant. jcanns takes the
     * image nearer in this metric (the larger weight): W stays symmetric and exactly circulant. The entries
     * concerned are at distance ≥ √(3/4)·π, where the Gaussians of canns' models are below 0.3 % of their peak.
     */
    public float[] circulantKernel(int n, DoubleUnaryOperator profile) {
        float[] kernel = new float[n * n];
        double h = 2 * Math.PI / n;
        for (int di = 0; di < n; di++) {
            for (int dj = 0; dj < n; dj++) {
                double best = Double.POSITIVE_INFINITY;
                for (double d0 : images(dj, n, h)) {
                    for (double d1 : images(di, n, h)) {
                        best = Math.min(best, q(d0, d1));
                    }
                }
                kernel[di * n + dj] = (float) profile.applyAsDouble(best);
            }
        }
        return kernel;
    }

    /** The wrapped offset of lattice step k, both ±π at half a period. */
    private static double[] images(int k, int n, double h) {
        if (2 * k == n) {
            return new double[] {Math.PI, -Math.PI};
        }
        return new double[] {h * (2 * k < n ? k : k - n)};
    }
}
