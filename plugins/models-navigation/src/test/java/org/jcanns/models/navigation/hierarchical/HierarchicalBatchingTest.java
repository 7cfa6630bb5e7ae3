package org.jcanns.models.navigation.hierarchical;

import org.jcanns.core.kernel.Kernels;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Map;
import org.jcanns.core.random.Seeds;
import org.jcanns.core.testing.Tolerance;
import org.jcanns.spi.model.ModelContext;
import org.junit.jupiter.api.Test;

/**
 * The batched network (bands and grid modules stepped together, band z skipped, sparse grid → place product)
 * agrees with one module stepped on its own (three band cells and a grid cell, each a batch of one, and a dense
 * matrix-vector place projection); band noise is reproducible from the seed.
 */
class HierarchicalBatchingTest {
    private static final int STEPS = 30;

    private static void drive(VelocityDriven model, int step) {
        double t = 0.1 * step;
        model.update(0.2 * Math.cos(0.7 * t), 0.15 * Math.sin(0.4 * t), 1.3, 2.1, step < 10 ? 50 : 0);
    }

    @Test
    void oneModuleNetworkMatchesTheStandaloneModule() {
        var netProvider = new HierarchicalNetworkProvider();
        var moduleProvider = new PathIntegrationModuleProvider();
        try (var net = (HierarchicalNetwork) netProvider.create(netProvider.parameters().parse(Map.of(
                "num_module", "1", "spacing_min", "3", "spacing_max", "3", "num_place", "12")),
                new ModelContext(0.1, Seeds.generator(1), Kernels.best()));
             var module = (HierarchicalPathIntegrationModel) moduleProvider.create(moduleProvider.parameters()
                     .parse(Map.of("spacing", "3", "num_place", "12")), new ModelContext(0.1, Seeds.generator(1), Kernels.best()))) {
            for (int step = 0; step < STEPS; step++) {
                drive(net, step);
                drive(module, step);
            }
            float[] grid = module.state("grid_r").toArray();
            Tolerance.assertClose(toDoubles(grid), net.state("grid_fr").toArray(), 1e-6, 0, "grid rates");
            Tolerance.assertClose(toDoubles(module.state("band_x_r").toArray()), net.state("band_x_fr").toArray(),
                    1e-6, 0, "band x rates");
            Tolerance.assertClose(toDoubles(module.state("band_y_r").toArray()), net.state("band_y_fr").toArray(),
                    1e-6, 0, "band y rates");
            // canns' place layer on the module's own projection, in double precision.
            double[] g = toDoubles(module.state("grid_output").toArray());
            double max = Math.max(0, Arrays.stream(g).max().orElseThrow());
            double sumSq = 0;
            for (int i = 0; i < g.length; i++) {
                g[i] = Math.max(Math.max(g[i], 0) - max / 2, 0);
                sumSq += g[i] * g[i];
            }
            double[] placeFr = new double[g.length];
            for (int i = 0; i < g.length; i++) {
                placeFr[i] = g[i] * g[i] / (1 + sumSq);
            }
            Tolerance.assertClose(placeFr, net.state("place_fr").toArray(), 1e-5, 0, "place rates");
        }
    }

    @Test
    void bandNoiseIsReproducibleFromTheSeed() {
        float[] first = noisyRun(7);
        assertArrayEquals(first, noisyRun(7), "same seed, same run");
        assertFalse(Arrays.equals(first, noisyRun(8)), "another seed, another run");
        assertFalse(Arrays.equals(first, noiselessRun()), "the noise reaches the rates");
    }

    private static float[] noisyRun(long seed) {
        return run(Map.of("num_module", "2", "num_place", "6", "band_noise", "0.5"), seed);
    }

    private static float[] noiselessRun() {
        return run(Map.of("num_module", "2", "num_place", "6"), 7);
    }

    private static float[] run(Map<String, String> params, long seed) {
        var provider = new HierarchicalNetworkProvider();
        try (var net = (HierarchicalNetwork) provider.create(provider.parameters().parse(params),
                new ModelContext(0.1, Seeds.generator(seed), Kernels.best()))) {
            for (int step = 0; step < 10; step++) {
                drive(net, step);
            }
            return net.state("band_x_fr").toArray();
        }
    }

    private static double[] toDoubles(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }
}
