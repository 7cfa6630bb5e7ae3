package org.jcanns.analysis.tda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.jcanns.core.random.Seeds;
import org.jcanns.core.topology.Metric;
import org.jcanns.core.topology.PersistenceDiagram;
import org.jcanns.spi.ProgressListener;
import org.junit.jupiter.api.Test;

/** The whole pipeline on a synthetic torus population, and the shuffle test's seeding and statistics. */
class TdaVisTest {
    private static final int T = 6000;
    private static final int N = 64;
    private static final TdaConfig SMALL = new TdaConfig(6, 5, 1000, 150, 300, Metric.COSINE, 150, 1, 47, 0, 0);

    @Test
    void aTorusPopulationShowsTwoLongH1Bars() {
        double[] embed = TorusPopulation.generate(T, N, 3);
        TdaResult r = TdaVis.run(embed, T, N, SMALL, 1, ProgressListener.NONE);
        assertEquals(300, r.nPoints());
        assertEquals(1000, r.movetimes().length);
        double[] lives = lifetimes(r.persistence().diagram(1));
        int k = lives.length;
        assertTrue(k >= 3, "H1 bars: " + k);
        // Two circles of the torus: the two longest bars stand well above the rest.
        assertTrue(lives[k - 2] > 3 * lives[k - 3], "H1 lifetimes " + Arrays.toString(Arrays.copyOfRange(lives,
                Math.max(0, k - 5), k)));
        assertEquals(r.persistence().diagram(1).size(), r.persistence().cocycles(1).size(), "one cocycle per bar");
    }

    @Test
    void shufflesAreTheSameForASeedWhateverTheThreadCount() {
        double[] embed = TorusPopulation.generate(3000, 30, 4);
        TdaConfig config = new TdaConfig(6, 5, 400, 80, 120, Metric.COSINE, 60, 1, 47, 5, 11);
        ShuffleTest.Result one = ShuffleTest.run(embed, 3000, 30, config, 1, ProgressListener.NONE);
        ShuffleTest.Result three = ShuffleTest.run(embed, 3000, 30, config, 3, ProgressListener.NONE);
        assertEquals(2, one.dimensions());
        for (int d = 0; d < 2; d++) {
            assertArrayEquals(one.maxLifetimes()[d], three.maxLifetimes()[d], "dimension " + d);
        }
        ShuffleTest.Result other = ShuffleTest.run(embed, 3000, 30, config.withShuffles(5, 12), 2,
                ProgressListener.NONE);
        assertTrue(!Arrays.equals(one.maxLifetimes()[1], other.maxLifetimes()[1]), "another seed, other shuffles");
    }

    @Test
    void aShuffleRollsEachNeuronByItsOwnShiftBelowATenthOfT() {
        int times = 50;
        int neurons = 4;
        double[] embed = new double[times * neurons];
        for (int i = 0; i < embed.length; i++) {
            embed[i] = i;
        }
        double[] out = new double[embed.length];
        ShuffleTest.shuffle(embed, times, neurons, Seeds.forCopy(5, 0), out);
        var random = Seeds.forCopy(5, 0);
        for (int j = 0; j < neurons; j++) {
            int shift = random.nextInt(5);
            for (int t = 0; t < times; t++) {
                // np.roll(x, shift)[t] == x[t - shift]
                assertEquals(embed[Math.floorMod(t - shift, times) * neurons + j], out[t * neurons + j]);
            }
        }
    }

    @Test
    void percentileInterpolatesLikeNumpy() {
        ShuffleTest.Result r = new ShuffleTest.Result(new double[][] {{4, 1, Double.NaN, 3, 2}});
        // numpy: np.percentile([1, 2, 3, 4], 99.9) = 3.997, mean 2.5
        assertEquals(3.997, r.percentile(0, 99.9), 1e-12);
        assertEquals(2.5, r.mean(0), 1e-12);
        assertEquals(4, r.valid(0));
        assertEquals(2.5, r.percentile(0, 50), 1e-12);
    }

    @Test
    void badShapesAndValuesAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TdaVis.run(new double[10], 3, 3, SMALL, 1,
                ProgressListener.NONE)).getMessage().startsWith("embedding: expected a (T, N) array"));
        double[] nan = new double[30];
        nan[7] = Double.NaN;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TdaVis.run(nan, 10, 3, SMALL, 1,
                ProgressListener.NONE)).getMessage().contains("at time 2, neuron 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TdaVis.run(TorusPopulation.generate(600, 5, 1),
                600, 5, SMALL, 1, ProgressListener.NONE)).getMessage().startsWith("dim: expected at most 5"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new TdaConfig(6, 0, 1, 1, 1, Metric.COSINE, 1,
                1, 47, 0, 0)).getMessage().startsWith("num_times: expected 1 or more"));
    }

    private static double[] lifetimes(PersistenceDiagram d) {
        double[] l = new double[d.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = d.death(i) == Double.POSITIVE_INFINITY ? Double.MAX_VALUE : d.death(i) - d.birth(i);
        }
        Arrays.sort(l);
        return l;
    }
}
