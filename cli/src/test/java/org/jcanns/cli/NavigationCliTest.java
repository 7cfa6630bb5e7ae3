package org.jcanns.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** navigate, geodesic and theta-sweep from the command line: outputs, batch runs, and one-line errors with exit 2. */
class NavigationCliTest {
    /** A short fast walk in a 1.5 m box, as canns' theta demo moves (speed 2 m/s, 1 ms steps). */
    private static CliTest.Run walk(Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("navigate", "--duration", "0.2", "--dt", "0.001",
                "--width", "1.5", "--height", "1.5", "--start", "1.4,0.1", "--heading", "2.88", "-p", "speed_mean=2",
                "-p", "rotational_velocity_std=0.7", "-p", "speed_coherence_time=10", "--seed", "1", "--out",
                out.toString()));
        args.addAll(List.of(extra));
        return CliTest.jcanns(args.toArray(String[]::new));
    }

    @Test
    void navigateWritesCannsKeysAndFigures(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("traj.npz");
        CliTest.Run r = walk(out, "--plot", dir.resolve("t.png").toString(), "--analysis",
                dir.resolve("a.png").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().strip().endsWith("seconds=" + r.err().strip().replaceAll(".*seconds=", "")));
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> z = Npz.load(out, arena);
            assertEquals(List.of("position", "velocity", "speed", "movement_direction", "hd_angle", "rot_vel",
                    "ang_velocity", "linear_speed_gains", "ang_speed_gains"), List.copyOf(z.keySet()));
            assertArrayEquals(new int[] {200, 2}, z.get("position").shape(), "int(0.2 / 0.001) steps, as canns");
        }
        assertEquals(300, ImageIO.read(dir.resolve("t.png").toFile()).getWidth());
        assertEquals(3600, ImageIO.read(dir.resolve("a.png").toFile()).getWidth());
        Path again = dir.resolve("again.npz");
        assertEquals(0, walk(again).code());
        try (Arena arena = Arena.ofConfined()) {
            assertArrayEquals(Npz.load(out, arena).get("position").toDoubles(),
                    Npz.load(again, arena).get("position").toDoubles(), "the same seed walks the same path");
        }
    }

    @Test
    void geodesicWritesTheMatrixOfTheTMaze(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("geo.npz");
        CliTest.Run r = CliTest.jcanns("geodesic", "--task", "t-maze", "--dx", "0.1", "--out", out.toString(),
                "--plot", dir.resolve("geo.png").toString(), "--cost-plot", dir.resolve("cost.png").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("free=75"), r.err());
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> z = Npz.load(out, arena);
            assertArrayEquals(new int[] {75, 75}, z.get("distances").shape());
            int[] shape = z.get("costs").shape();
            assertEquals(Integer.MAX_VALUE, (int) z.get("costs").getLong((long) (shape[0] - 1) * shape[1]),
                    "the bottom-left corner is outside the maze");
        }
        assertTrue(Files.size(dir.resolve("geo.png")) > 0 && Files.size(dir.resolve("cost.png")) > 0);
    }

    @Test
    void thetaSweepRunsOnANavigateOutputAndOnCsv(@TempDir Path dir) throws Exception {
        Path traj = dir.resolve("traj.npz");
        assertEquals(0, walk(traj).code());
        Path out = dir.resolve("sweep");
        CliTest.Run r = CliTest.jcanns("theta-sweep", "--trajectory", traj.toString(), "--env-size", "1.5",
                "--set", "dc.num=40", "--set", "gc.num_gc_x=16", "--set", "theta.theta_cycle_len=50", "--dpi", "30",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("results.npz", "trajectory_analysis.png", "population_activity.png",
                "theta_sweep_animation.gif")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> z = Npz.load(out.resolve("results.npz"), arena);
            assertEquals(List.of("internal_position", "internal_direction", "gc_activity", "gc_bump", "dc_activity",
                    "theta_phase", "theta_modulation_hd", "theta_modulation_gc", "position", "direction",
                    "linear_speed_gains", "ang_speed_gains", "time_steps"), List.copyOf(z.keySet()));
            assertArrayEquals(new int[] {200, 256}, z.get("gc_activity").shape());
            assertArrayEquals(new int[] {200, 40}, z.get("dc_activity").shape());
            double[] phase = z.get("theta_phase").toDoubles();
            assertEquals(2 * Math.PI / 50, phase[1] - phase[0], 1e-5, "a cycle of 50 network steps");
        }
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, "t,px,py\n0,0.5,0.5\n0.01,0.52,0.51\n0.02,0.54,0.53\n0.03,0.55,0.56\n");
        CliTest.Run c = CliTest.jcanns("theta-sweep", "--trajectory", csv.toString(), "--x-col", "px", "--y-col",
                "py", "--time-col", "t", "--set", "dc.num=20", "--set", "gc.num_gc_x=8", "--no-plots",
                "--no-animation", "--out", dir.resolve("csv").toString());
        assertEquals(0, c.code(), c.err());
        assertFalse(Files.exists(dir.resolve("csv/theta_sweep_animation.gif")), "--no-animation");
    }

    @Test
    void aBatchRunsEveryTrajectoryAndReportsFailures(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.npz");
        assertEquals(0, walk(a).code());
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x,y\n0.5,0.5\n");
        CliTest.Run r = CliTest.jcanns("theta-sweep", "--trajectory", a.toString(), "--trajectory", bad.toString(),
                "--trajectory", a.toString(), "--env-size", "1.5", "--set", "dc.num=20", "--set", "gc.num_gc_x=8",
                "--no-plots", "--no-animation", "--threads", "2", "--out", dir.resolve("batch").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("trajectory_001 (" + bad + "): error: trajectory " + bad), r.out());
        assertTrue(Files.isRegularFile(dir.resolve("batch/trajectory_000/results.npz")));
        assertTrue(Files.isRegularFile(dir.resolve("batch/trajectory_002/results.npz")));
        assertFalse(Files.exists(dir.resolve("batch/trajectory_001/results.npz")));
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("one.csv", "x,y\n0.5,0.5\n", "n >= 2"),
                Arguments.of("cols.csv", "x,z\n0.5,0.5\n0.6,0.6\n", "no column 'y'"),
                Arguments.of("nan.csv", "x,y\n0.5,0.5\nnan,0.6\n", "must be finite"),
                Arguments.of("times.csv", "x,y,time\n0.5,0.5,0\n0.6,0.6,0\n", "increase strictly"),
                Arguments.of("far.csv", "x,y\n2.5,0.5\n0.6,0.6\n", "outside the environment [0, 2] x [0, 2]"),
                Arguments.of("text.txt", "0.5 0.5\n", "expected a .npz"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badTrajectoriesGiveOneLineAndWriteNothing(String name, String content, String expected,
                                                    @TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve(name), content);
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.jcanns("theta-sweep", "--trajectory", f.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    static Stream<Arguments> badNavigation() {
        return Stream.of(
                Arguments.of(new String[] {"--boundary", "0,0,1,1,1,0,0,1"}, "intersects itself"),
                Arguments.of(new String[] {"--boundary", "0,0,1,1"}, "at least 3 vertices"),
                Arguments.of(new String[] {"--start", "7,7"}, "start_pos (7.0, 7.0) is outside the environment"),
                Arguments.of(new String[] {"--walls", "1,2,3"}, "x0,y0,x1,y1 (4 numbers)"),
                Arguments.of(new String[] {"--boundary-conditions", "open"}, "solid|periodic"),
                Arguments.of(new String[] {"--plot", "t.gif"}, "--plot: expected a file ending in .png"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badNavigation")
    void badEnvironmentsGiveOneLineAndWriteNothing(String[] args, String expected, @TempDir Path dir) {
        Path out = dir.resolve("n.npz");
        List<String> all = new java.util.ArrayList<>(List.of("navigate", "--out", out.toString()));
        for (String a : args) {
            all.add(a.endsWith(".gif") ? dir.resolve(a).toString() : a);
        }
        CliTest.Run r = CliTest.jcanns(all.toArray(String[]::new));
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void pluginsListsTheNavigationTasksAndThePipeline() {
        CliTest.Run r = CliTest.jcanns("plugins");
        assertEquals(0, r.code(), r.err());
        for (String name : List.of("open-loop-navigation", "closed-loop-navigation", "t-maze", "theta-sweep",
                "theta_units = network", "dc = num=100,adaptation_strength=15,noise_strength=0")) {
            assertTrue(r.out().contains(name), name);
        }
    }
}
