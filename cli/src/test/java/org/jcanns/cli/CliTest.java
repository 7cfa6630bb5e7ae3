package org.jcanns.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line: what simulate writes, its summary line, and one-line errors with exit code 2 for bad input. */
class CliTest {
    private static final String[] SMOOTH = {"--model", "cann1d", "-p", "num=512", "--task", "smooth-tracking-1d",
        "-t", "iext=1,0.75,2,1.75,3", "-t", "duration=10,10,10,10", "--dt", "0.1"};

    /** Exit code and captured output of one run. */
    record Run(int code, String out, String err) {
    }

    static synchronized Run jcanns(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }

    @Test
    void simulateWritesOneArrayPerStatePlusXAndT(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run.npz");
        Run r = jcanns(concat(concat(new String[] {"simulate"}, SMOOTH), "--record", "u,inp", "--every", "1", "--seed", "0", "--out", out.toString()));
        assertEquals(0, r.code(), r.err());
        String[] lines = r.err().strip().split("\n");
        assertTrue(lines[lines.length - 1].matches(
                "steps=400 seconds=[0-9.]+ steps_per_s=[0-9.]+ steady_steps_per_s=[0-9.]+ kernels=\\w+ operator=(fft|dense|spectral)"), r.err());
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> z = Npz.load(out, arena);
            assertEquals(List.of("u", "inp", "x", "t"), List.copyOf(z.keySet()));
            assertArrayEquals(new int[] {400, 512}, z.get("u").shape());
            assertArrayEquals(new int[] {400, 512}, z.get("inp").shape());
            assertArrayEquals(new int[] {512}, z.get("x").shape());
            assertEquals(39.9, z.get("t").getDouble(399), 1e-9);
            double peak = 0;
            for (int i = 0; i < 512; i++) {
                peak = Math.max(peak, z.get("u").getDouble(399L * 512 + i));
            }
            assertTrue(peak > 5, "a bump formed: peak " + peak);
        }
    }

    @Test
    void stepsRepeatTheTaskAndEveryThinsTheRecord(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("long.npz");
        Run r = jcanns(concat(concat(new String[] {"simulate"}, SMOOTH), "--steps", "1000", "--every", "10", "--out", out.toString()));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("steps=1000 "), r.err());
        try (Arena arena = Arena.ofConfined()) {
            assertArrayEquals(new int[] {100, 512}, Npz.load(out, arena).get("u").shape());
        }
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("unknown model", new String[] {"--model", "cann9d", "--task", "smooth-tracking-1d"},
                        "unknown model 'cann9d'; available: "),
                Arguments.of("unknown task", concat(new String[] {"--model", "cann1d", "--task", "tracking"}),
                        "unknown task 'tracking'; available:"),
                Arguments.of("unknown parameter", concat(SMOOTH, "-p", "neurons=5"),
                        "unknown parameter 'neurons' for model 'cann1d'; known: num,"),
                Arguments.of("dt zero", concat(SMOOTH, "--dt", "0"), "--dt must be a finite number > 0, got 0.0"),
                Arguments.of("num one", concat(SMOOTH, "-p", "num=1"),
                        "parameter 'num' of model 'cann1d': expected an integer >= 2, got 1"),
                Arguments.of("lengths", new String[] {"--model", "cann1d", "--task", "smooth-tracking-1d", "-t",
                    "iext=1,2,3", "-t", "duration=10"}, "parameter 'iext' of task 'smooth-tracking-1d': expected 2 "
                        + "position(s)"),
                Arguments.of("every", concat(SMOOTH, "--every", "0"), "--every must be >= 1, got 0"),
                Arguments.of("no driver", new String[] {"--model", "cann1d"}, "give a --task NAME or an --input"),
                Arguments.of("missing option value", new String[] {"--model"}, "Expected parameter for option '--model'"),
                Arguments.of("unknown sweep", concat(SMOOTH, "--sweep", "taus=1,2"),
                        "--sweep: unknown parameter 'taus'"),
                Arguments.of("sweep out of range", concat(SMOOTH, "--sweep", "tau=1,-2"),
                        "parameter 'tau' of model 'cann1d'"),
                Arguments.of("zipped lengths", concat(SMOOTH, "--sweep", "tau=1,2", "--sweep", "k=1,2,3"),
                        "zipped sweeps need the same number of values"),
                Arguments.of("batch mismatch", concat(SMOOTH, "--batch", "3", "--sweep", "tau=1,2"),
                        "--batch 3 does not match the 2 copies"),
                Arguments.of("bad range", concat(SMOOTH, "--sweep", "tau=1:2"), "a range is START:STOP:COUNT"),
                Arguments.of("batch zero", concat(SMOOTH, "--batch", "0"), "--batch must be >= 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsOneLineAndExitCode2AndWritesNothing(String what, String[] args, String message,
                                                       @TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.npz");
        Run r = jcanns(concat(concat(new String[] {"simulate"}, args), "--out", out.toString()));
        assertEquals(2, r.code(), what + ": " + r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.err().contains(message), what + ": " + r.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }

    @Test
    void batchSweepsGiveEachCopyItsValuesAndALeadingBatchAxis(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("batch.npz"), single = dir.resolve("single.npz");
        String[] small = {"--model", "cann1d", "-p", "num=128", "--task", "smooth-tracking-1d", "-t",
            "iext=1,0.75,2", "-t", "duration=5,5", "--dt", "0.1"};
        Run r = jcanns(concat(concat(new String[] {"simulate"}, small), "--sweep", "tau=0.5:2:4", "--sweep",
                "k=8.1,6,4,2", "--threads", "2", "--out", out.toString()));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("copies=4 copy_steps_per_s="), r.err());
        Run one = jcanns(concat(concat(new String[] {"simulate"}, small), "-p", "tau=1.5", "-p", "k=4", "--out",
                single.toString()));
        assertEquals(0, one.code(), one.err());
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> z = Npz.load(out, arena), s1 = Npz.load(single, arena);
            assertArrayEquals(new int[] {4, 100, 128}, z.get("u").shape());
            assertArrayEquals(new int[] {4}, z.get("sweep_tau").shape());
            assertEquals(1.5, z.get("sweep_tau").getDouble(2), 1e-12, "0.5:2:4 is 0.5, 1, 1.5, 2");
            assertEquals(4.0, z.get("sweep_k").getDouble(2), 1e-12);
            assertArrayEquals(new int[] {4}, z.get("copy").shape());
            // Copy 2 (tau 1.5, k 4) is the single run with those parameters: the task here draws no random numbers.
            for (int i = 0; i < 100 * 128; i++) {
                double want = s1.get("u").getDouble(i);
                assertEquals(want, z.get("u").getDouble(2L * 100 * 128 + i), 1e-4 * Math.max(1, Math.abs(want)));
            }
        }
        Path grid = dir.resolve("grid.npz");
        Run g = jcanns(concat(concat(new String[] {"simulate"}, small), "--sweep", "tau=1,2", "--sweep", "k=1,2,3",
                "--grid", "--record", "u", "--out", grid.toString()));
        assertEquals(0, g.code(), g.err());
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> z = Npz.load(grid, arena);
            assertArrayEquals(new int[] {6, 100, 128}, z.get("u").shape());
            assertEquals(2.0, z.get("sweep_tau").getDouble(3), 0, "the last sweep varies fastest");
            assertEquals(1.0, z.get("sweep_k").getDouble(3), 0);
        }
    }

    @Test
    void aMissingOutputDirectoryIsReportedBeforeAnyWork(@TempDir Path dir) {
        Run r = jcanns(concat(concat(new String[] {"simulate"}, SMOOTH), "--out", dir.resolve("nope/run.npz").toString()));
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("jcanns: --out " + dir.resolve("nope/run.npz") + ": its directory ")
                && r.err().contains("does not exist"), r.err());
        assertFalse(r.err().contains("steps="), "no simulation ran");
    }

    @Test
    void pluginsListsEveryKindAndTheKernelTier() {
        Run r = jcanns("plugins");
        assertEquals(0, r.code(), r.err());
        for (String s : new String[] {"Models:", "cann1d - ", "cann1d-sfa - ", "Tasks:", "smooth-tracking-1d - ",
            "template-matching-1d", "population-coding-1d", "custom-tracking-1d", "Trainers:", "Plot backends:",
            "Pipelines:", "Analyzers:", "tuning-curve - ", "Kernel tier: ", "num = 512  (an integer >= 2)"}) {
            assertTrue(r.out().contains(s), "missing '" + s + "' in:\n" + r.out());
        }
    }

    @Test
    void demoWritesIntoTheGivenDirectoryAndSaysWhat(@TempDir Path dir) {
        Run r = jcanns("demo", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(dir.resolve("cann1d_smooth_tracking.npz")));
        assertTrue(r.out().contains("wrote " + dir.resolve("cann1d_smooth_tracking.npz")), r.out());
        for (String f : new String[] {"roi_synthetic.txt", "bump_fits.npz", "bump_animation.gif", "grid_synthetic.npz",
            "cann2d/embedding.npz", "cann2d/projection.png", "cann2d/persistence.npz", "cann2d/barcode.png",
            "cann2d/decoding.npz", "cann2d/torus.gif"}) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
            assertTrue(r.out().contains("wrote " + dir.resolve(f)), f + " reported in:\n" + r.out());
        }
        assertTrue(r.err().contains("frames=500 rois=16 sweeps=5000 chains=1"), r.err());
        for (String f : List.of("theta_sweep_trajectory.npz", "theta_sweep_trajectory.png", "theta_sweep/results.npz",
                "theta_sweep/trajectory_analysis.png", "theta_sweep/population_activity.png",
                "theta_sweep/theta_sweep_animation.gif")) {
            assertTrue(r.out().contains("wrote " + dir.resolve(f)), "the demo's theta sweep wrote " + f);
        }
    }
}
