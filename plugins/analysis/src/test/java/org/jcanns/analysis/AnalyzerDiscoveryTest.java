package org.jcanns.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jcanns.core.registry.Registry;
import org.jcanns.core.registry.UnknownNameException;
import org.jcanns.spi.analysis.AnalysisContext;
import org.jcanns.spi.analysis.AnalysisResult;
import org.jcanns.spi.analysis.Analyzer;
import org.jcanns.spi.analysis.AnalyzerProvider;
import org.jcanns.spi.analysis.NumericArray;
import org.junit.jupiter.api.Test;

/** The analyzers are found by ServiceLoader through the registry, and run through the SPI. */
class AnalyzerDiscoveryTest {
    @Test
    void theRegistryListsTheAnalyzers() throws Exception {
        try (Registry r = Registry.discover()) {
            assertTrue(r.analyzers().names().containsAll(java.util.List.of("spike-train-to-firing-rate",
                    "firing-rate-to-spike-train", "normalize-firing-rates", "tuning-curve", "bump-fits", "data-summary")), "" + r.analyzers().names());
            assertTrue(r.problems().isEmpty(), "" + r.problems());
            UnknownNameException e = assertThrows(UnknownNameException.class, () -> r.analyzer("no-such"));
            assertTrue(e.getMessage().startsWith("unknown analyzer 'no-such'; available: "), e.getMessage());
        }
    }

    @Test
    void aSpikeTrainBecomesCountsPerWindowThroughTheSpi() throws Exception {
        try (Registry r = Registry.discover()) {
            AnalyzerProvider p = r.analyzer("spike-train-to-firing-rate");
            Analyzer a = p.create(p.parameters().parse(Map.of("dt_spike", "0.1", "dt_rate", "0.2")));
            // Two neurons, 4 steps: windows of two steps each.
            NumericArray spikes = NumericArray.of(new double[] {1, 0, 1, 1, 0, 0, 1, 0}, 4, 2);
            AnalysisResult out = a.analyze(Map.of("spikes", spikes), AnalysisContext.quiet());
            assertArrayEquals(new int[] {2, 2}, out.array("rates").shape());
            assertArrayEquals(new double[] {2, 1, 1, 0}, out.array("rates").values());
            IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                    () -> a.analyze(Map.of(), AnalysisContext.quiet()));
            assertEquals("analyzer 'spike-train-to-firing-rate' needs an input array 'spikes'; given: []",
                    missing.getMessage());
        }
    }

    @Test
    void bumpFitsThroughTheSpiWritesItsFileAndReturnsCannsArrays(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        try (Registry r = Registry.discover()) {
            AnalyzerProvider p = r.analyzer("bump-fits");
            Analyzer a = p.create(p.parameters().parse(Map.of("n_steps", "20", "random_seed", "3")));
            NumericArray data = org.jcanns.analysis.synthetic.SyntheticRoi.defaults().withSize(30, 16).generate(2).data();
            AnalysisResult out = a.analyze(Map.of("data", data), new AnalysisContext(dir,
                    org.jcanns.spi.ProgressListener.NONE, () -> false, 1));
            assertEquals(java.util.List.of("fits", "nbump", "centrbump"),
                    java.util.List.copyOf(out.arrays().keySet()).subList(0, 3));
            assertEquals(dir.resolve("bump_fits.npz"), out.files().get("fits"));
            assertTrue(java.nio.file.Files.size(dir.resolve("bump_fits.npz")) > 0);
            assertArrayEquals(new int[] {30, 18}, out.array("nbump").shape());
        }
    }

    @Test
    void tuningCurvesAverageEachNeuronPerStimulusBin() throws Exception {
        try (Registry r = Registry.discover()) {
            AnalyzerProvider p = r.analyzer("tuning-curve");
            Analyzer a = p.create(p.parameters().parse(Map.of("num_bins", "2")));
            NumericArray stimulus = NumericArray.of(new double[] {0, 1, 2, 3});
            NumericArray rates = NumericArray.of(new double[] {1, 10, 3, 30, 5, 50, 7, 70}, 4, 2);
            AnalysisResult out = a.analyze(Map.of("stimulus", stimulus, "rates", rates), AnalysisContext.quiet());
            assertArrayEquals(new double[] {0.75, 2.25}, out.array("bin_centers").values(), 1e-12);
            assertArrayEquals(new double[] {2, 6, 20, 60}, out.array("tuning").values(), 1e-12);
        }
    }
}
