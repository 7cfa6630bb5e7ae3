package org.jcanns.models.navigation;

import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jcanns.core.kernel.KernelTiers;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.testing.Tolerance;
import org.jcanns.spi.Tensor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The factorised lattice bumps equal the direct sum of exponentials, whatever the centres and the reference. */
class LatticeGaussianTest {
    static Stream<Arguments> cases() {
        double third = 4.0 / 3;
        List<Arguments> all = new ArrayList<>();
        for (Kernels k : KernelTiers.loadable()) {
            all.add(Arguments.of(7, 1, 1, 1, 0.8, k));             // the twisted torus of GridCellNetwork
            all.add(Arguments.of(30, 1, 1, 1, 0.8, k));
            all.add(Arguments.of(20, third, -third, third, 2 * Math.PI / 9, k));   // hexagonal
            all.add(Arguments.of(16, 1, 0, 1, 0.3, k));            // a plain torus, narrow bumps
            all.add(Arguments.of(100, 1, 1, 1, 0.8, k));
        }
        return all.stream();
    }

    /** canns' single wrap into [−π, π]. */
    private static double wrap(double d) {
        return d > Math.PI ? d - 2 * Math.PI : d < -Math.PI ? d + 2 * Math.PI : d;
    }

    @ParameterizedTest(name = "n={0} metric=({1},{2},{3}) sigma={4}")
    @MethodSource("cases")
    void equalsTheDirectSum(int n, double alpha, double beta, double gamma, double sigma, Kernels kernels) {
        SplittableRandom random = new SplittableRandom(n);
        LatticeGaussian bumps = new LatticeGaussian(n, new LatticeMetric(alpha, beta, gamma), sigma, kernels);
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = -Math.PI + 2 * Math.PI * j / n;
        }
        try (Arena arena = Arena.ofConfined()) {
            Tensor out = Tensor.allocate(arena, n * n);
            for (int trial = 0; trial < 4; trial++) {
                double p0 = random.nextDouble(-Math.PI, Math.PI), p1 = random.nextDouble(-Math.PI, Math.PI);
                // Centres near the reference, and (trial 3) anywhere on the torus.
                double spread = trial == 3 ? Math.PI : 0.4;
                double[] expected = new double[n * n];
                bumps.reset(p0, p1);
                for (int k = 0; k < 12; k++) {
                    double c0 = wrap(p0 + random.nextDouble(-spread, spread));
                    double c1 = wrap(p1 + random.nextDouble(-spread, spread));
                    double w = random.nextDouble();
                    bumps.add(c0, c1, w);
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            double d0 = wrap(c0 - x[j]), d1 = wrap(c1 - x[i]);
                            double q = alpha * d0 * d0 + beta * d0 * d1 + gamma * d1 * d1;
                            expected[i * n + j] += w * Math.exp(-q / (2 * sigma * sigma));
                        }
                    }
                }
                bumps.writeTo(out, 1);
                Tolerance.assertClose(expected, out.toArray(), 1e-6, 0, "trial " + trial);
            }
        }
    }
}
