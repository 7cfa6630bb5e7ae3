package org.jcanns.tasks.tracking;

import org.jcanns.core.kernel.Kernels;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.random.Seeds;
import org.jcanns.core.testing.Python;
import org.jcanns.core.testing.Tolerance;
import org.jcanns.models.cann.Cann1DProvider;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.param.ParameterException;
import org.jcanns.spi.task.Task;
import org.jcanns.spi.task.TaskContext;
import org.jcanns.spi.task.TaskData;
import org.jcanns.spi.task.TaskProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 1D tracking tasks against a numpy reference of canns' sequences, and their parameter errors. */
class TrackingTasksTest {
    private static final double DT = 0.1;
    private Model cann;
    private Arena arena;

    @BeforeEach
    void setUp() {
        var p = new Cann1DProvider();
        cann = p.create(p.parameters().defaults(), new ModelContext(DT, Seeds.generator(0), Kernels.best()));
        arena = Arena.ofConfined();
    }

    @AfterEach
    void tearDown() {
        cann.close();
        arena.close();
    }

    private Task task(TaskProvider p, Map<String, String> params, long seed) {
        return p.create(p.parameters().parse(params), new TaskContext(DT, cann, Seeds.generator(seed), Kernels.best()));
    }

    private Map<String, NpyArray> reference(Path dir) throws Exception {
        Path file = dir.resolve("tracking.npz");
        Python.run(Python.script("tracking_reference.py"), "write", file.toString());
        return Npz.load(file, arena);
    }

    private static double[] positions(SequenceTracking t) {
        double[] p = new double[t.steps()];
        for (int i = 0; i < p.length; i++) {
            p[i] = t.positionAt(i)[0];
        }
        return p;
    }

    @Test
    void smoothTrackingMatchesCanns(@TempDir Path dir) throws Exception {
        Map<String, NpyArray> ref = reference(dir);
        try (SmoothTracking t = (SmoothTracking) task(new SmoothTrackingProvider(),
                Map.of("iext", "1,0.75,2,1.75,3", "duration", "10,10,10,10"), 0)) {
            assertEquals(400, t.steps());
            assertArrayEquals(ref.get("smooth_seq").toDoubles(), positions(t), 1e-12);
            Tensor data = t.data().get("inp");
            assertArrayEquals(new int[] {400, 512}, data.shape());
            Tolerance.assertClose(ref.get("smooth_data").toDoubles(), data.toArray(), 1e-6, 0, "stimulus");
        }
        try (SmoothTracking t = (SmoothTracking) task(new SmoothTrackingProvider(),
                Map.of("iext", "0,1,-2,0.5", "duration", "0.35,0.25,1.0"), 0)) {
            assertArrayEquals(ref.get("odd_seq").toDoubles(), positions(t), 1e-12, "int() truncation and tail fill");
        }
        try (TemplateMatching t = (TemplateMatching) task(new TemplateMatchingProvider(),
                Map.of("iext", "0.5,-1", "duration", "0.35,1.0", "noise_level", "0"), 0)) {
            assertArrayEquals(ref.get("step_seq").toDoubles(), positions(t), 1e-12, "held positions");
        }
    }

    @Test
    void savesWithCannsKeyAndLoadsBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("task.npz");
        try (Task t = task(new SmoothTrackingProvider(), Map.of("iext", "1,0.75,2,1.75,3",
                "duration", "10,10,10,10"), 0)) {
            t.save(file);
            assertEquals("ok", Python.run(Python.script("tracking_reference.py"), "check", file.toString()).trim());
            TaskData back = TrackingTask.load(file, arena);
            assertArrayEquals(t.data().get("inp").toArray(), back.get("inp").toArray());
        }
    }

    @Test
    void populationCodingShowsTheStimulusOnlyInItsWindow() {
        try (Task t = task(new PopulationCodingProvider(), Map.of("iext", "0", "duration", "20",
                "before_duration", "5", "after_duration", "5"), 0)) {
            Tensor data = t.data().get("inp");
            assertEquals(200, t.steps());
            for (int step : new int[] {0, 49, 150, 199}) {
                assertEquals(0, Kmax(data.slice(step)), 0, "no input at step " + step);
            }
            for (int step : new int[] {50, 100, 149}) {
                assertEquals(10, Kmax(data.slice(step)), 1e-3, "stimulus at step " + step);
            }
        }
    }

    private static double Kmax(Tensor t) {
        double m = 0;
        for (float v : t.toArray()) {
            m = Math.max(m, v);
        }
        return m;
    }

    @Test
    void templateMatchingNoiseIsSeededWithTheGivenLevel() {
        Map<String, String> params = Map.of("iext", "0", "duration", "50");
        float[] a, b, c;
        double[] clean;
        try (Task t = task(new TemplateMatchingProvider(), params, 7)) {
            a = t.data().get("inp").toArray();
        }
        try (Task t = task(new TemplateMatchingProvider(), params, 7)) {
            b = t.data().get("inp").toArray();
        }
        try (Task t = task(new TemplateMatchingProvider(), params, 8)) {
            c = t.data().get("inp").toArray();
        }
        assertArrayEquals(a, b, "same seed, same noise");
        assertFalse(Arrays.equals(a, c), "another seed, other noise");
        Tensor s = Tensor.allocate(arena, 512);
        cann.featureSpace().orElseThrow().stimulusAt(new double[] {0}, s);
        clean = new double[512];
        for (int i = 0; i < 512; i++) {
            clean[i] = s.get(i);
        }
        double sum = 0, sumSq = 0;
        for (int i = 0; i < a.length; i++) {
            double n = a[i] - clean[i % 512];
            sum += n;
            sumSq += n * n;
        }
        double mean = sum / a.length, std = Math.sqrt(sumSq / a.length - mean * mean);
        assertEquals(0, mean, 0.01, "noise mean");
        assertEquals(0.1 * 10, std, 0.01, "noise std = 0.1·A");
    }

    @Test
    void explainsBadParameters() {
        ParameterException keyPoints = assertThrows(ParameterException.class, () -> task(new SmoothTrackingProvider(),
                Map.of("iext", "1,2", "duration", "10,10"), 0));
        assertEquals("parameter 'iext' of task 'smooth-tracking-1d': expected 3 position(s) of 1 coordinate(s) each, "
                + "got 2 number(s)", keyPoints.getMessage());
        ParameterException negative = assertThrows(ParameterException.class, () -> task(new SmoothTrackingProvider(),
                Map.of("iext", "1,2", "duration", "-1"), 0));
        assertEquals("duration", negative.parameter());
        ParameterException window = assertThrows(ParameterException.class, () -> task(new PopulationCodingProvider(),
                Map.of("iext", "0", "duration", "10", "before_duration", "6", "after_duration", "6"), 0));
        assertEquals("before_duration", window.parameter());
        var p = new SmoothTrackingProvider();
        ParameterException noModel = assertThrows(ParameterException.class, () -> p.create(
                p.parameters().parse(Map.of("iext", "1,2", "duration", "1")), new TaskContext(DT, null,
                        Seeds.generator(0), Kernels.best())));
        assertTrue(noModel.getMessage().contains("needs a model with a 1D feature space"), noModel.getMessage());
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class, () -> task(
                new SmoothTrackingProvider(), Map.of("iext", "1,2", "duration", "0"), 0));
        assertTrue(tooShort.getMessage().contains("at least one step"), tooShort.getMessage());
    }
}
