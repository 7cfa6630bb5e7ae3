package org.jcanns.cli;

import static org.jcanns.cli.CliTest.jcanns;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jcanns.analysis.data.GridFiles;
import org.jcanns.analysis.data.GridRecording;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jcanns synth} and {@code jcanns bump-fits}: what they write, reproducibility, one-line errors with exit 2. */
class AnalysisCliTest {
    private static Map<String, NpyArray> load(Path file, Arena arena) throws Exception {
        return Npz.load(file, arena);
    }

    @Test
    void fromSyntheticRoiTextToFitsAndAnimationInOneCommand(@TempDir Path dir) throws Exception {
        Path roi = dir.resolve("roi.txt");
        CliTest.Run s = jcanns("synth", "roi", "--seed", "1", "--frames", "80", "--out", roi.toString());
        assertEquals(0, s.code(), s.err());
        assertEquals("wrote " + roi + " (80 frames x 16 ROIs)", s.out().strip());
        Path fits = dir.resolve("fits.npz");
        Path gif = dir.resolve("bump.gif");
        CliTest.Run r = jcanns("-q", "bump-fits", "--roi", roi.toString(), "--n-steps", "300", "--seed", "42",
                "--chains", "2", "--out", fits.toString(), "--animation", gif.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("wrote " + fits + "\nwrote " + gif, r.out().strip());
        assertTrue(r.err().strip().matches("frames=80 rois=16 sweeps=300 chains=2 bumps=\\d+ loglik=-?[0-9.]+ "
                + "rhat=[0-9.]+ seconds=[0-9.]+ sweeps_per_s=[0-9.]+ threads=\\d"), r.err());
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> z = load(fits, arena);
            assertEquals(List.of("fits", "nbump", "centrbump", "chain_loglik", "acceptance", "loglik_trace",
                    "rhat_loglik", "position_disagreement", "best_chain"), List.copyOf(z.keySet()));
            assertEquals(4, z.get("fits").shape()[1]);
            assertArrayEquals(new int[] {80, 18}, z.get("nbump").shape());
            assertArrayEquals(new int[] {2, 3}, z.get("loglik_trace").shape());
        }
        assertTrue(Files.size(gif) > 1000);
    }

    @Test
    void aSeedGivesTheSameFileWhateverTheThreads(@TempDir Path dir) throws Exception {
        Path roi = dir.resolve("roi.npy");
        assertEquals(0, jcanns("synth", "roi", "--seed", "2", "--frames", "40", "--out", roi.toString()).code());
        Path a = dir.resolve("a.npz");
        Path b = dir.resolve("b.npz");
        assertEquals(0, jcanns("-q", "bump-fits", "--roi", roi.toString(), "--n-steps", "100", "--chains", "3",
                "--threads", "1", "--seed", "5", "--out", a.toString()).code());
        assertEquals(0, jcanns("-q", "bump-fits", "--roi", roi.toString(), "--n-steps", "100", "--chains", "3",
                "--threads", "3", "--seed", "5", "--out", b.toString()).code());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void synthGridAndHeadDirectionWriteThePlainLayout(@TempDir Path dir) throws Exception {
        Path grid = dir.resolve("grid.npz");
        CliTest.Run g = jcanns("synth", "grid", "--seed", "3", "--cells", "3", "--duration", "20", "--out",
                grid.toString());
        assertEquals(0, g.code(), g.err());
        GridRecording r = GridFiles.load(grid);
        assertEquals(9, r.cells());
        assertEquals(2000, r.t().length);
        assertTrue(r.hasPositions());
        Path hd = dir.resolve("hd.npz");
        assertEquals(0, jcanns("synth", "hd", "--seed", "3", "--cells", "4", "--duration", "10", "--out",
                hd.toString()).code());
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> z = load(hd, arena);
            assertEquals(List.of("spike_times", "spike_counts", "t", "heading", "preferred_direction"),
                    List.copyOf(z.keySet()).stream().sorted((x, y) -> order(x) - order(y)).toList());
            assertEquals(4, z.get("spike_counts").size());
            assertEquals(org.jcanns.core.io.DType.INT64, z.get("spike_counts").dtype(), "the plain layout's int64");
        }
    }

    /** The README's Java lines, as written there: ROI file to fits and animation. */
    @Test
    void theReadmeJavaSnippetRuns(@TempDir Path dir) throws Exception {
        Path roi = dir.resolve("roi.txt");
        assertEquals(0, jcanns("synth", "roi", "--frames", "60", "--out", roi.toString()).code());
        org.jcanns.spi.analysis.NumericArray data = org.jcanns.analysis.data.RoiFiles.load(roi);
        org.jcanns.analysis.bump.BumpFitsConfig config = org.jcanns.analysis.bump.BumpFitsConfig.defaults()
                .withSteps(200).withChains(42, 4);
        org.jcanns.analysis.bump.BumpFitsResult fit = org.jcanns.analysis.bump.BumpFits.fit(data, config,
                org.jcanns.spi.analysis.AnalysisContext.quiet().withThreads(4));
        Map<String, NpyArray> z = new java.util.LinkedHashMap<>();
        fit.arrays().forEach((name, a) -> z.put(name, NpyArray.of(a)));
        Npz.save(dir.resolve("fits.npz"), z, false);
        try (Arena arena = Arena.ofConfined()) {
            org.jcanns.plot.figure.BumpAnimation1D.animate(fit.fits().toTensor(arena),
                    org.jcanns.plot.PlotConfigs.cann1dBumpAnimation(Map.of()), dir.resolve("bump.gif"), 4,
                    org.jcanns.spi.ProgressListener.NONE);
        }
        assertTrue(Files.size(dir.resolve("bump.gif")) > 1000);
        assertEquals(4, fit.convergence().finalLogLikelihood().length);
        try (Arena arena = Arena.ofConfined()) {
            assertEquals(fit.fits(), Npz.load(dir.resolve("fits.npz"), arena).get("fits").toNumericArray());
        }
    }

    private static int order(String key) {
        return List.of("spike_times", "spike_counts", "t", "heading", "preferred_direction").indexOf(key);
    }

    /** A bad-input case: the message expected and the arguments. */
    private record Bad(String message, String... args) {
    }

    @Test
    void badInputIsOneLineExitCode2AndWritesNothing(@TempDir Path dir) throws Exception {
        Path roi = dir.resolve("roi.txt");
        assertEquals(0, jcanns("synth", "roi", "--frames", "10", "--out", roi.toString()).code());
        Path nan = dir.resolve("nan.txt");
        Files.writeString(nan, "1 2 3\n4 nan 6\n");
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "# nothing\n");
        Path pickled = dir.resolve("pickled.npz");
        try (OutputStream os = Files.newOutputStream(pickled); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.putNextEntry(new ZipEntry("data.npy"));
            String header = "{'descr': '|O', 'fortran_order': False, 'shape': (), }";
            zip.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) header.length(), 0});
            zip.write(header.getBytes(StandardCharsets.ISO_8859_1));
            zip.write(new byte[] {(byte) 0x80, 4, 'N', '.'});
            zip.closeEntry();
        }
        Path outDir = Files.createDirectory(dir.resolve("out"));
        String out = outDir.resolve("fits.npz").toString();
        String gif = outDir.resolve("bump.gif").toString();
        List<Bad> cases = List.of(
                new Bad(nan + ": ROI data contains a non-finite value (NaN at row 1, column 1)",
                        "--roi", nan.toString(), "--n-roi", "3"),
                new Bad(empty + ": ROI data is empty", "--roi", empty.toString()),
                new Bad("--roi " + roi + " has 16 columns but --n-roi is 12: give --n-roi 16 or a (T, 12) file",
                        "--roi", roi.toString(), "--n-roi", "12"),
                new Bad(pickled + ": array 'data' is a pickled object array (canns' layout); jcanns never unpickles: "
                        + "convert it once with the python snippet in README.md, section 'Grid-cell recordings'",
                        "--roi", pickled.toString()),
                new Bad("parameter 'n_steps' of analyzer 'bump-fits': expected an integer >= 1, got 0", "--roi", roi.toString(), "--n-steps", "0"),
                new Bad("parameter 'i0' of analyzer 'bump-fits': expected one of exact|numba, got 'fast'", "--roi",
                        roi.toString(), "-p", "i0=fast"),
                new Bad("--animation must name a .gif file, got " + outDir.resolve("bump.png"), "--roi",
                        roi.toString(), "--animation", outDir.resolve("bump.png").toString()),
                new Bad("parameter 'fps' of plot preset 'cann1d_bump_animation': expected a number in (0, 100], "
                        + "got 0", "--roi", roi.toString(), "--animation", gif, "-a", "fps=0"));
        for (Bad c : cases) {
            String[] args = Stream.concat(Stream.of("bump-fits", "--n-steps", "5", "--out", out),
                    Stream.of(c.args())).toArray(String[]::new);
            CliTest.Run r = jcanns(args);
            assertEquals(2, r.code(), c.message() + "\n" + r.err());
            assertEquals("jcanns: " + c.message(), r.err().strip(), "one line");
            try (Stream<Path> files = Files.list(outDir)) {
                assertEquals(List.of(), files.toList(), "nothing written for: " + c.message());
            }
        }
        CliTest.Run kind = jcanns("synth", "maze", "--out", outDir.resolve("x.npz").toString());
        assertEquals(2, kind.code());
        assertEquals("jcanns: KIND must be roi, grid or hd, got 'maze'", kind.err().strip());
        CliTest.Run ext = jcanns("synth", "grid", "--out", outDir.resolve("x.txt").toString());
        assertEquals("jcanns: --out for grid must end in .npz, got " + outDir.resolve("x.txt"), ext.err().strip());
    }
}
