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
                    "firing-rate-to-spike-train", "normalize-firing-rates", "tuning-curve", "bump-fits", "data-summary", "load-roi-data", "load-grid-data", "synth-roi", "synth-grid",
                    "synth-hd")), "" + r.analyzers().names());
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
    void synthesisAndLoadingRunThroughTheSpi(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        try (Registry r = Registry.discover()) {
            AnalyzerProvider synth = r.analyzer("synth-roi");
            AnalysisResult roi = synth.create(synth.parameters().parse(Map.of("seed", "7", "frames", "20")))
                    .analyze(Map.of(), AnalysisContext.quiet());
            var expected = org.jcanns.analysis.synthetic.SyntheticRoi.defaults().withSize(20, 16).generate(7);
            assertEquals(expected.data(), roi.array("data"));
            assertArrayEquals(expected.position(), roi.array("position").values());
            java.nio.file.Path file = dir.resolve("roi.npy");
            org.jcanns.core.io.Npy.save(file, org.jcanns.core.io.NpyArray.of(roi.array("data")));
            AnalyzerProvider load = r.analyzer("load-roi-data");
            assertEquals(roi.array("data"), load.create(load.parameters().parse(Map.of("source", file.toString())))
                    .analyze(Map.of(), AnalysisContext.quiet()).array("data"));
            AnalyzerProvider grid = r.analyzer("synth-grid");
            AnalysisResult g = grid.create(grid.parameters().parse(Map.of("side", "2", "duration", "5")))
                    .analyze(Map.of(), AnalysisContext.quiet());
            assertEquals(java.util.List.of("spike_times", "spike_counts", "t", "x", "y", "phase_offsets"),
                    java.util.List.copyOf(g.arrays().keySet()));
            AnalyzerProvider summary = r.analyzer("data-summary");
            AnalysisResult s = summary.create(summary.parameters().defaults()).analyze(g.arrays(),
                    AnalysisContext.quiet());
            assertEquals(4.0, s.array("n_neurons").get(0));
            assertEquals(g.array("spike_times").size(), s.array("spike_counts.total").get(0));
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
