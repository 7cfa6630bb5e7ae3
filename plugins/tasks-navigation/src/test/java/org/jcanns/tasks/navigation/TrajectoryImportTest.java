package org.jcanns.tasks.navigation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.random.Seeds;
import org.jcanns.core.testing.Python;
import org.jcanns.tasks.navigation.agent.AgentParams;
import org.jcanns.tasks.navigation.geometry.BoundaryConditions;
import org.jcanns.tasks.navigation.geometry.Environment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * import_data and calculate_theta_sweep_data agree with a numpy transcription of canns' code
 * (src/test/python/navigation_reference.py) on a path that turns through ±π, stops for a while and has uneven
 * times; the error cases name the input; the data survive an npz round trip with canns' keys.
 */
class TrajectoryImportTest {
    private static final double TASK_DT = 0.002;

    @TempDir
    Path dir;

    /** 200 samples: a loop around (2.5, 2.5) (heading through ±π), a stop of 20 samples, a straight leg. */
    static double[][] path() {
        double[][] p = new double[200][];
        for (int i = 0; i < 200; i++) {
            if (i < 120) {
                double a = 0.05 * i;
                p[i] = new double[] {2.5 + Math.cos(a), 2.5 + 0.7 * Math.sin(a)};
            } else if (i < 140) {
                p[i] = p[119].clone();
            } else {
                p[i] = new double[] {p[119][0] - 0.01 * (i - 139), p[119][1] + 0.004 * (i - 139)};
            }
        }
        return p;
    }

    static double[] unevenTimes(int n) {
        double[] t = new double[n];
        for (int i = 1; i < n; i++) {
            t[i] = t[i - 1] + 0.002 * (1 + 0.3 * Math.sin(0.7 * i));
        }
        return t;
    }

    private static OpenLoopNavigationTask task() {
        return new OpenLoopNavigationTask(Environment.rectangle(5, 5, BoundaryConditions.SOLID), AgentParams.CANNS,
                1.0, TASK_DT, 2.5, 2.5, Double.NaN, Seeds.generator(1));
    }

    private Map<String, NpyArray> reference(double[][] pos, double[] times, double dt, double[] hd) throws Exception {
        Map<String, NpyArray> in = new LinkedHashMap<>();
        double[] flat = new double[2 * pos.length];
        for (int i = 0; i < pos.length; i++) {
            flat[2 * i] = pos[i][0];
            flat[2 * i + 1] = pos[i][1];
        }
        in.put("positions", NpyArray.ofDoubles(flat, pos.length, 2));
        in.put("dt", NpyArray.scalar(dt));
        in.put("task_dt", NpyArray.scalar(TASK_DT));
        if (times != null) {
            in.put("times", NpyArray.ofDoubles(times));
        }
        if (hd != null) {
            in.put("head_direction", NpyArray.ofDoubles(hd));
        }
        Path input = dir.resolve("in.npz");
        Path out = dir.resolve("ref.npz");
        Npz.save(input, in, false);
        Python.run(Python.script("navigation_reference.py"), "import", input.toString(), out.toString());
        return Npz.load(out, Arena.ofAuto());
    }

    private static void compare(Map<String, NpyArray> ref, OpenLoopNavigationData d) {
        Map<String, NpyArray> mine = d.arrays();
        assertEquals(OpenLoopNavigationData.KEYS, java.util.List.copyOf(mine.keySet()));
        for (String key : OpenLoopNavigationData.KEYS) {
            assertArrayEquals(ref.get(key).shape(), mine.get(key).shape(), key + " shape");
            Arrays64.assertClose(ref.get(key).toDoubles(), mine.get(key).toDoubles(), 1e-12, 1e-15, key);
        }
    }

    @Test
    void unevenTimesMatchNumpy() throws Exception {
        double[][] pos = path();
        double[] times = unevenTimes(pos.length);
        try (OpenLoopNavigationTask task = task()) {
            task.importData(pos, times, null, null, null);
            assertEquals(200, task.steps());
            assertNull(task.navigationData().angVelocity(), "theta-sweep fields wait for calculateThetaSweepData");
            task.calculateThetaSweepData();
            double meanDt = (times[199] - times[0]) / 199;
            compare(reference(pos, times, meanDt, null), task.navigationData());
            double[] hd = task.navigationData().hdAngle();
            for (int i = 120; i < 140; i++) {
                assertEquals(hd[119], hd[i], "a stationary sample keeps the previous head direction");
            }
        }
    }

    @Test
    void uniformStepsAndGivenHeadDirectionMatchNumpy() throws Exception {
        double[][] pos = path();
        double[] hd = new double[pos.length];
        for (int i = 0; i < hd.length; i++) {
            hd[i] = Math.sin(0.1 * i) * 3.5;
        }
        try (OpenLoopNavigationTask task = task()) {
            task.importData(pos, null, 0.01, hd, null);
            task.calculateThetaSweepData();
            compare(reference(pos, null, 0.01, hd), task.navigationData());
        }
    }

    @Test
    void theSpiImportGivesFloat32FieldsWithTheThetaSweepData() {
        try (OpenLoopNavigationTask task = task()) {
            task.importTrajectory(path(), null);
            var data = task.data();
            assertEquals(200, data.steps());
            assertEquals(OpenLoopNavigationData.KEYS, java.util.List.copyOf(data.names()));
            float[] gains = data.get("linear_speed_gains").toArray();
            float max = 0;
            for (float g : gains) {
                max = Math.max(max, g);
            }
            assertEquals(1f, max, "the fastest sample has gain 1");
        }
    }

    @Test
    void badTrajectoriesAreRefusedNamingTheProblem() {
        try (OpenLoopNavigationTask task = task()) {
            assertMessage(() -> task.importTrajectory(new double[][] {{1, 1}}, null), "n >= 2", "1 point");
            assertMessage(() -> task.importTrajectory(new double[][] {{1, 1, 1}, {2, 2, 2}}, null), "shape (n, 2)");
            assertMessage(() -> task.importTrajectory(new double[][] {{1, 1}, {Double.NaN, 2}}, null), "finite",
                    "row 1");
            assertMessage(() -> task.importTrajectory(new double[][] {{1, 1}, {2, 2}}, new double[] {0}),
                    "one value per position (2)");
            assertMessage(() -> task.importTrajectory(new double[][] {{1, 1}, {2, 2}, {3, 3}},
                    new double[] {0, 0.1, 0.1}), "increase strictly", "times[2]");
            assertMessage(() -> task.importTrajectory(new double[][] {{6, 1}, {2, 2}}, null), "start position",
                    "outside the environment [0, 5] x [0, 5]");
        }
    }

    private static void assertMessage(Runnable r, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "message '" + e.getMessage() + "' should contain '" + p + "'");
        }
    }

    @Test
    void savedDataLoadBackWithCannsKeys() throws Exception {
        try (OpenLoopNavigationTask task = task()) {
            task.importTrajectory(path(), unevenTimes(200));
            Path raw = dir.resolve("raw.npz");
            task.save(raw);
            OpenLoopNavigationData back = OpenLoopNavigationData.load(raw);
            assertNull(back.angVelocity(), "no theta-sweep key was written before calculating it");
            assertArrayEquals(task.navigationData().position(), back.position());
            task.calculateThetaSweepData();
            Path full = dir.resolve("full.npz");
            task.save(full);
            OpenLoopNavigationData all = OpenLoopNavigationData.load(full);
            assertArrayEquals(task.navigationData().angSpeedGains(), all.angSpeedGains());
            assertEquals(OpenLoopNavigationData.KEYS, java.util.List.copyOf(Npz.load(full, Arena.ofAuto()).keySet()));
        }
    }

    @Test
    void dataCannsSavedWithNoneFieldsLoad() throws Exception {
        Path file = dir.resolve("canns.npz");
        Python.run(Python.script("canns_saved_data.py"), file.toString());
        OpenLoopNavigationData d = OpenLoopNavigationData.load(file);
        assertEquals(5, d.steps());
        assertNull(d.linearSpeedGains(), "canns' None fields read as absent");
        assertArrayEquals(new double[] {0 * 0.1, 1 * 0.1, 2 * 0.1, 3 * 0.1, 4 * 0.1}, d.speed(), "numpy's arange(5) * 0.1");
    }
}
