package org.jcanns.models.navigation.hierarchical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.jcanns.core.kernel.Kernels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bounded place readout gives exactly (bit for bit) what computing g for every place gives, on Gaussian
 * grid → place weights of random place phases and bump-shaped grid rates with exact zeros, for several bump
 * positions; all-zero rates give u = 0.
 */
class PlaceReadoutTest {
    private static final int N = 20;
    private static final int MODULES = 3;
    private static final int PLACES = 150;

    /** Weights exp(−d²/(2σ²)) of the torus distance between each place's phase and each grid cell, per module. */
    private static float[] weights(Random random) {
        int k = MODULES * N * N;
        float[] w = new float[PLACES * k];
        double h = 2 * Math.PI / N;
        for (int p = 0; p < PLACES; p++) {
            for (int m = 0; m < MODULES; m++) {
                double c0 = random.nextDouble() * 2 * Math.PI, c1 = random.nextDouble() * 2 * Math.PI;
                for (int i = 0; i < N; i++) {
                    for (int j = 0; j < N; j++) {
                        double d0 = wrap(c0 - j * h), d1 = wrap(c1 - i * h);
                        w[p * k + m * N * N + i * N + j] = (float) Math.exp(-(d0 * d0 + d0 * d1 + d1 * d1) / 0.5);
                    }
                }
            }
        }
        return w;
    }

    private static double wrap(double d) {
        return d - 2 * Math.PI * Math.floor(d / (2 * Math.PI) + 0.5);
    }

    /** A bump of squared rates around a random cell per module, exactly zero beyond radius 4. */
    private static float[] rates(Random random) {
        float[] r = new float[MODULES * N * N];
        for (int m = 0; m < MODULES; m++) {
            int ci = random.nextInt(N), cj = random.nextInt(N);
            for (int i = 0; i < N; i++) {
                for (int j = 0; j < N; j++) {
                    int di = Math.min(Math.abs(i - ci), N - Math.abs(i - ci));
                    int dj = Math.min(Math.abs(j - cj), N - Math.abs(j - cj));
                    double u = Math.max(0, 4 - Math.hypot(di, dj));
                    r[m * N * N + i * N + j] = (float) (u * u);
                }
            }
        }
        return r;
    }

    @ParameterizedTest(name = "seed={0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void boundedReadoutEqualsTheFullOne(int seed) {
        Random random = new Random(seed);
        PlaceReadout readout = new PlaceReadout(weights(random), PLACES, MODULES, N,
                Kernels.best().get(StepProducts.class));
        float[] r = rates(random);
        float[] bounded = new float[PLACES];
        float[] full = new float[PLACES];
        readout.apply(r, bounded);
        readout.applyToAll(r, full);
        assertArrayEquals(full, bounded);
        int active = 0;
        for (float u : full) {
            active += u > 0 ? 1 : 0;
        }
        assertTrue(active > 0 && active < PLACES, "some places above the threshold, not all: " + active);
    }

    @Test
    void zeroRatesGiveZeroPlaces() {
        PlaceReadout readout = new PlaceReadout(weights(new Random(1)), PLACES, MODULES, N, StepProducts.SCALAR);
        float[] u = new float[PLACES];
        readout.apply(new float[MODULES * N * N], u);
        assertArrayEquals(new float[PLACES], u);
    }
}
