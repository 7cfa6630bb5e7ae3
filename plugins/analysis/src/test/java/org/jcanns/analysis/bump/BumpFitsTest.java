package org.jcanns.analysis.bump;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.jcanns.analysis.synthetic.SyntheticRoi;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.testing.Python;
import org.jcanns.spi.analysis.AnalysisContext;
import org.jcanns.spi.analysis.NumericArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bump_fits recovers a known bump, is reproducible for a seed whatever the threads, and matches canns' outputs. */
class BumpFitsTest {
    private static final SyntheticRoi.Data DATA = SyntheticRoi.defaults().withSize(200, 16).generate(1);

    private static double circularDistance(double a, double b) {
        double d = Math.abs(a - b) % (2 * Math.PI);
        return Math.min(d, 2 * Math.PI - d);
    }

    @Test
    void fittedPositionsFollowTheTrueBump() {
        BumpFitsResult r = BumpFits.fit(DATA.data(), BumpFitsConfig.defaults().withSteps(3000),
                AnalysisContext.quiet());
        double[] strongest = new double[200];
        double[] best = new double[200];
        Arrays.fill(strongest, Double.NaN);
        NumericArray fits = r.fits();
        for (int i = 0; i < fits.dim(0); i++) {
            int t = (int) fits.get(i, 0);
            if (Double.isNaN(strongest[t]) || fits.get(i, 2) > best[t]) {
                strongest[t] = fits.get(i, 1);
                best[t] = fits.get(i, 2);
            }
        }
        double[] errors = new double[200];
        for (int t = 0; t < 200; t++) {
            assertTrue(!Double.isNaN(strongest[t]), "frame " + t + " has a bump");
            errors[t] = circularDistance(strongest[t], DATA.position()[t]);
        }
        Arrays.sort(errors);
        // Stated error: median within 0.1 rad (a quarter of the 0.39 rad ROI spacing), 95% of frames within 0.3.
        assertTrue(errors[100] < 0.1, "median error " + errors[100]);
        assertTrue(errors[190] < 0.3, "95th percentile error " + errors[190]);
        int single = 0;
        for (int t = 0; t < 200; t++) {
            single += r.nbump().get(t, 1) == 1 ? 1 : 0;
        }
        assertTrue(single >= 180, "one bump was generated; frames fitted with exactly one: " + single);
    }

    @Test
    void aSeedGivesTheSameFitsWhateverTheThreadCount() {
        BumpFitsConfig config = BumpFitsConfig.defaults().withSteps(300).withChains(9, 3);
        BumpFitsResult one = BumpFits.fit(DATA.data(), config, AnalysisContext.quiet());
        BumpFitsResult three = BumpFits.fit(DATA.data(), config, AnalysisContext.quiet().withThreads(3));
        assertEquals(one.arrays(), three.arrays(), "every array identical, convergence summary included");
        BumpFitsResult other = BumpFits.fit(DATA.data(), config.withChains(10, 3), AnalysisContext.quiet());
        assertNotEquals(one.fits(), other.fits());
        Convergence c = three.convergence();
        assertEquals(3, c.finalLogLikelihood().length);
        assertEquals(3, c.traces()[2].length, "one point per 100 sweeps");
        assertEquals(0.0, c.positionDisagreement()[c.bestChain()]);
        assertTrue(Double.isFinite(c.rhat()) && c.rhat() > 0, "R-hat " + c.rhat());
        for (double a : c.acceptance()) {
            assertTrue(a > 0 && a < 1, "acceptance " + a);
        }
    }

    @ParameterizedTest
    @CsvSource({"exact,auto", "numba,hungarian"})
    void outputsAndFinalLikelihoodAreCannsOnesOfTheFittedState(String i0, String matching, @TempDir Path dir)
            throws Exception {
        NumericArray data = SyntheticRoi.defaults().withSize(60, 16).generate(4).data();
        BumpFitsConfig config = BumpFitsConfig.defaults().withSteps(400).withChains(2, 2).withForms(
                BumpFitsConfig.I0.valueOf(i0.toUpperCase()), BumpFitsConfig.Matching.valueOf(matching.toUpperCase()));
        BumpFitsResult r = BumpFits.fit(data, config, AnalysisContext.quiet());
        Npz.save(dir.resolve("data.npz"), Map.of("data", NpyArray.ofDoubles(data.values(), data.shape())), false);
        Map<String, NpyArray> out = new java.util.LinkedHashMap<>();
        r.arrays().forEach((k, v) -> out.put(k, NpyArray.of(v)));
        Npz.save(dir.resolve("fits.npz"), out, false);
        String said = Python.run(Python.script("bump_reference.py"), "check", dir.resolve("data.npz").toString(),
                dir.resolve("fits.npz").toString(), i0, matching);
        assertTrue(said.startsWith("ok "), said);
    }

    @Test
    void progressCountsEverySweepOfEveryChainAndCancellationStops() {
        AtomicLong last = new AtomicLong();
        BumpFits.fit(DATA.data(), BumpFitsConfig.defaults().withSteps(50).withChains(0, 2),
                new AnalysisContext(null, (done, total) -> last.set(done * 1000 + total), () -> false, 2));
        assertEquals(100 * 1000 + 100, last.get());
        AtomicLong sweeps = new AtomicLong();
        assertThrows(CancellationException.class, () -> BumpFits.fit(DATA.data(),
                BumpFitsConfig.defaults().withSteps(100_000), new AnalysisContext(null, (d, t) -> sweeps.set(d),
                        () -> sweeps.get() >= 10, 1)));
        assertTrue(sweeps.get() < 20, "stopped after " + sweeps.get() + " sweeps");
    }

    @Test
    void badDataIsAnErrorNamingWhatIsWrong() {
        BumpFitsConfig config = BumpFitsConfig.defaults().withSteps(1);
        NumericArray narrow = NumericArray.of(new double[30], 2, 15);
        assertEquals("data has 15 columns (ROIs) but n_roi is 16: expected a (T, 16) array, one row per frame",
                assertThrows(IllegalArgumentException.class,
                        () -> BumpFits.fit(narrow, config, AnalysisContext.quiet())).getMessage());
        NumericArray zeros = NumericArray.of(new double[32], 2, 16);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BumpFits.fit(zeros, config,
                AnalysisContext.quiet())).getMessage().startsWith("the median of the data is 0.0"));
        NumericArray one = NumericArray.of(new double[16], 1, 16);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BumpFits.fit(one, config,
                AnalysisContext.quiet())).getMessage().contains("at least 2"));
        double[] nan = new double[32];
        nan[5] = Double.NaN;
        assertEquals("data: ROI data contains a non-finite value (NaN at row 0, column 5)",
                assertThrows(IllegalArgumentException.class, () -> BumpFits.fit(NumericArray.of(nan, 2, 16), config,
                        AnalysisContext.quiet())).getMessage());
        assertArrayEquals(new double[] {-0.5, 0.0, 1.0}, BumpFits.normalise(new double[] {1, 2, 4}));
    }
}
