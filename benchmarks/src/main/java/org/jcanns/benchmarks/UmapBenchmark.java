package org.jcanns.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jcanns.analysis.umap.Metric;
import org.jcanns.analysis.umap.Trustworthiness;
import org.jcanns.analysis.umap.Umap;
import org.jcanns.analysis.umap.UmapConfig;
import org.jcanns.spi.ProgressListener;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * UMAP of 10,000 points in 6 dimensions (a noisy torus: (cos u, sin u, cos v, sin v) plus N(0, 0.1²) in all six
 * coordinates, as grid-cell activity after canns' PCA to 6 components looks), umap-learn's defaults with 3
 * components, seed 42: one op is a whole fit (NN-descent, fuzzy set, spectral layout, 500 epochs of SGD). The
 * trustworthiness (k = 10) of the last embedding is printed at the end. The numpy/scipy peer running the same steps
 * is {@code benchmarks/python/umap_numpy.py}.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
public class UmapBenchmark extends JcannsBenchmark {
    @Param({"10000"})
    public int points;

    @Param({"1", "2"})
    public int threads;

    private double[] x;
    private float[] last;

    /** The torus cloud of {@code n} points in 6-D, seeded (the peer script draws the same model). */
    static double[] torus6(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[6 * n];
        for (int i = 0; i < n; i++) {
            double u = 2 * Math.PI * rng.nextDouble();
            double v = 2 * Math.PI * rng.nextDouble();
            double[] p = {Math.cos(u), Math.sin(u), Math.cos(v), Math.sin(v), 0, 0};
            for (int d = 0; d < 6; d++) {
                x[6 * i + d] = p[d] + 0.1 * rng.nextGaussian();
            }
        }
        return x;
    }

    @Setup
    public void setUp() {
        x = torus6(points, 1);
    }

    @Benchmark
    public float[] fit() {
        last = Umap.fit(x, points, 6, UmapConfig.defaults().with(15, 3, 0.1, 42), threads, ProgressListener.NONE);
        return last;
    }

    @TearDown(Level.Trial)
    public void trustworthiness() {
        double[] y = new double[last.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = last[i];
        }
        System.out.println("\ntrustworthiness(k=10) = " + Trustworthiness.of(x, 6, y, 3, points, 10,
                Metric.EUCLIDEAN, 2));
    }
}
