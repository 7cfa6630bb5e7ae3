package org.jcanns.analysis.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jcanns.analysis.mat.MatFile;
import org.jcanns.analysis.mat.MatVariable;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.testing.Python;
import org.jcanns.spi.analysis.NumericArray;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The loaders read what numpy ({@code savetxt}, {@code save}, {@code savez}) and scipy's MAT writer made. */
class LoadersTest {
    @TempDir
    static Path dir;
    private static Map<String, double[]> expected;

    @BeforeAll
    static void writeFixtures() throws Exception {
        Python.run(Python.script("loader_fixtures.py"), dir.toString());
        try (Arena arena = Arena.ofConfined()) {
            expected = new java.util.HashMap<>();
            for (Map.Entry<String, NpyArray> e : Npz.load(dir.resolve("expected.npz"), arena).entrySet()) {
                expected.put(e.getKey(), e.getValue().toDoubles());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"roi.txt", "roi.npy", "roi.npz", "roi.mat", "roi_compressed.mat"})
    void roiFilesOfEveryFormatGiveTheSameArray(String name) throws IOException {
        NumericArray a = RoiFiles.load(dir.resolve(name));
        assertArrayEquals(new int[] {40, 16}, a.shape());
        // savetxt writes 18 significant digits: the text round-trips exactly.
        assertArrayEquals(expected.get("roi"), a.values(), 0.0, name);
    }

    @Test
    void float32DataIsWidenedExactly() throws IOException {
        assertArrayEquals(expected.get("roi_f32"), RoiFiles.load(dir.resolve("roi_f32.npy")).values(), 0.0);
        assertArrayEquals(expected.get("roi_f32"), RoiFiles.load(dir.resolve("roi_single.mat")).values(), 0.0);
    }

    @Test
    void matIntegerClassesAndRank3AreRowMajor() throws IOException {
        Map<String, MatVariable> vars = MatFile.read(dir.resolve("ints.mat"));
        for (String v : new String[] {"a", "c"}) {
            NumericArray a = assertInstanceOf(MatVariable.Numeric.class, vars.get(v)).array();
            assertArrayEquals(new int[] {3, 4, 5}, a.shape());
            assertArrayEquals(expected.get("ints"), a.values(), 0.0, v);
        }
        NumericArray b = ((MatVariable.Numeric) vars.get("b")).array();
        for (int i = 0; i < b.size(); i++) {
            assertEquals(((int) expected.get("ints")[i]) & 0xff, b.get(i), 0.0, "uint8 wraps as numpy's astype");
        }
        assertInstanceOf(MatVariable.Unsupported.class, MatFile.read(dir.resolve("roi_compressed.mat")).get("note"));
    }

    @Test
    void badRoiFilesAreOneLineErrors() {
        assertEquals(dir.resolve("roi_nan.txt") + ": ROI data contains a non-finite value (NaN at row 3, column 5)",
                assertThrows(IllegalArgumentException.class, () -> RoiFiles.load(dir.resolve("roi_nan.txt")))
                        .getMessage());
        assertEquals(dir.resolve("roi_ragged.txt") + ": line 2 has 2 values, the first row has 3",
                assertThrows(IllegalArgumentException.class, () -> RoiFiles.load(dir.resolve("roi_ragged.txt")))
                        .getMessage());
        assertEquals(dir.resolve("roi_empty.txt") + ": ROI data is empty",
                assertThrows(IllegalArgumentException.class, () -> RoiFiles.load(dir.resolve("roi_empty.txt")))
                        .getMessage());
        assertThrows(java.nio.file.NoSuchFileException.class, () -> RoiFiles.load(dir.resolve("absent.txt")));
    }

    @Test
    void aTruncatedMatFileIsRefusedBeforeAllocating() throws IOException {
        byte[] all = Files.readAllBytes(dir.resolve("roi.mat"));
        byte[] cut = java.util.Arrays.copyOf(all, all.length - 100);
        IOException e = assertThrows(IOException.class, () -> MatFile.read(cut, "cut.mat"));
        assertTrue(e.getMessage().startsWith("cut.mat: data element of "), e.getMessage());
        IOException notMat = assertThrows(IOException.class, () -> MatFile.read(new byte[200], "zeros.mat"));
        assertTrue(notMat.getMessage().contains("not a MAT v5 file"), notMat.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"grid_plain.npz", "grid_plain.mat", "grid_cells.mat"})
    void gridRecordingsInThePlainLayoutOrAsMatlabCells(String name) throws IOException {
        GridRecording r = GridFiles.load(dir.resolve(name));
        assertArrayEquals(new long[] {7, 0, 3, 12, 1}, r.spikeCounts());
        assertArrayEquals(expected.get("spike_times"), r.spikeTimes(), 0.0);
        assertArrayEquals(expected.get("t"), r.t(), 0.0);
        assertArrayEquals(expected.get("x"), r.x(), 0.0);
        assertArrayEquals(expected.get("y"), r.y(), 0.0);
        assertArrayEquals(java.util.Arrays.copyOfRange(expected.get("spike_times"), 10, 22), r.spikes(3), 0.0);
        assertEquals(0, r.spikes(1).length);
    }

    @Test
    void cannsPickledLayoutIsRefusedWithTheWayToConvertIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GridFiles.load(dir.resolve("grid_pickled.npz")));
        assertEquals(dir.resolve("grid_pickled.npz") + ": array 'spike' is a pickled object array (canns' layout); "
                + "jcanns never unpickles: convert it once with the python snippet in README.md, section "
                + "'Grid-cell recordings'", e.getMessage());
        IllegalArgumentException shortX = assertThrows(IllegalArgumentException.class,
                () -> GridFiles.load(dir.resolve("grid_short_x.npz")));
        assertEquals(dir.resolve("grid_short_x.npz") + ": position data 'x' has 499 samples but t has 500",
                shortX.getMessage());
    }

    @Test
    void inconsistentCountsAreRefused() {
        Map<String, NumericArray> m = Map.of("spike_times", NumericArray.of(new double[] {1, 2, 3}),
                "spike_counts", NumericArray.of(new double[] {1, 1}), "t", NumericArray.of(new double[] {0, 1}));
        assertEquals("src: spike_counts add up to 2 spikes but spike_times holds 3",
                assertThrows(IllegalArgumentException.class, () -> GridFiles.validate(m, "src")).getMessage());
    }

    @Test
    void summariesUseCannsKeys() throws IOException {
        Map<String, Object> roi = DataSummary.of(RoiFiles.load(dir.resolve("roi.npy")));
        double[] v = expected.get("roi");
        double mean = java.util.Arrays.stream(v).average().orElseThrow();
        assertEquals("roi_data", roi.get("type"));
        assertEquals("[40, 16]", roi.get("shape"));
        assertEquals(mean, (double) roi.get("mean"), 1e-12);
        assertEquals(java.util.Arrays.stream(v).max().orElseThrow(), (double) roi.get("max"), 0.0);
        assertFalse((boolean) roi.get("has_nan"));
        Map<String, Object> grid = DataSummary.of(GridFiles.load(dir.resolve("grid_plain.npz")));
        assertEquals(5, grid.get("n_neurons"));
        assertEquals(Map.of("min", 0L, "max", 12L, "mean", 4.6, "total", 23L), grid.get("spike_counts"));
        @SuppressWarnings("unchecked")
        Map<String, Object> time = (Map<String, Object>) grid.get("time_data");
        assertEquals(500, time.get("length"));
        assertEquals(50.0, (double) time.get("sampling_rate"), 1e-9);
        assertNull(DataSummary.of(new GridRecording(new double[0], new long[] {0}, new double[] {1}, null, null))
                .get("x_data"));
    }
}
