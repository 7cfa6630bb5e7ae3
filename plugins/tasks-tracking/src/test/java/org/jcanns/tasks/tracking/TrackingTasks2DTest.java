package org.jcanns.tasks.tracking;

import org.jcanns.core.kernel.Kernels;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.Map;
import org.jcanns.core.io.Npy;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.random.Seeds;
import org.jcanns.core.testing.Python;
import org.jcanns.core.testing.Tolerance;
import org.jcanns.models.cann.Cann1DProvider;
import org.jcanns.models.cann.Cann2DProvider;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.param.ParameterException;
import org.jcanns.spi.task.Task;
import org.jcanns.spi.task.TaskContext;
import org.jcanns.spi.task.TaskProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 2D tracking tasks (x,y pairs flattened on the command line) on a CANN2D, against a numpy reference. */
class TrackingTasks2DTest {
    private static final double DT = 0.1;
    private static final int L = 16;
    private Model cann;
    private Arena arena;

    @BeforeEach
    void setUp() {
        var p = new Cann2DProvider();
        cann = p.create(p.parameters().parse(Map.of("length", Integer.toString(L))),
                new ModelContext(DT, Seeds.generator(0), Kernels.best()));
        arena = Arena.ofConfined();
    }

    @AfterEach
    void tearDown() {
        cann.close();
        arena.close();
    }

    private Task task(TaskProvider p, Map<String, String> params) {
        return p.create(p.parameters().parse(params), new TaskContext(DT, cann, Seeds.generator(0), Kernels.best()));
    }

    private Map<String, NpyArray> reference(Path dir) throws Exception {
        Path file = dir.resolve("tracking2d.npz");
        Python.run(Python.script("tracking_reference.py"), "write2d", file.toString());
        return Npz.load(file, arena);
    }

    private static double[] positions(SequenceTracking t) {
        double[] p = new double[2 * t.steps()];
        for (int i = 0; i < t.steps(); i++) {
            System.arraycopy(t.positionAt(i), 0, p, 2 * i, 2);
        }
        return p;
    }

    @Test
    void providersAreNamedByDimension() {
        assertEquals("population-coding-2d", new PopulationCoding2DProvider().name());
        assertEquals("template-matching-2d", new TemplateMatching2DProvider().name());
        assertEquals("smooth-tracking-2d", new SmoothTracking2DProvider().name());
        assertEquals("custom-tracking-2d", new CustomTracking2DProvider().name());
    }

    @Test
    void sequencesAndStimuliMatchCanns(@TempDir Path dir) throws Exception {
        Map<String, NpyArray> ref = reference(dir);
        try (SmoothTracking t = (SmoothTracking) task(new SmoothTracking2DProvider(),
                Map.of("iext", "-2,0.5,1,-1.5,2.5,2", "duration", "1,1.25"))) {
            assertArrayEquals(ref.get("smooth_seq").toDoubles(), positions(t), 1e-12, "x,y pairs in order");
            Tensor data = t.data().get("inp");
            assertArrayEquals(new int[] {t.steps(), L, L}, data.shape());
            Tolerance.assertClose(ref.get("smooth_data").toDoubles(), data.toArray(), 1e-6, 0, "2D stimulus");
        }
        try (TemplateMatching t = (TemplateMatching) task(new TemplateMatching2DProvider(),
                Map.of("iext", "0.5,-1,2,1.5", "duration", "0.35,1.0", "noise_level", "0"))) {
            assertArrayEquals(ref.get("step_seq").toDoubles(), positions(t), 1e-12, "held positions");
        }
        try (Task t = task(new PopulationCoding2DProvider(), Map.of("iext", "1.5,-2.5", "duration", "2",
                "before_duration", "0.5", "after_duration", "0.5"))) {
            Tensor data = t.data().get("inp");
            Tolerance.assertClose(ref.get("population").toDoubles(), data.slice(10).toArray(), 1e-6, 0, "window");
            assertEquals(0, data.slice(4).toArray()[0], 0, "before the window");
        }
    }

    @Test
    void customTrackingReadsPairs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("path.npy");
        double[] flat = {0.1, -0.2, 0.3, 0.4, -1.0, 2.0};
        Npy.save(file, NpyArray.ofDoubles(flat, 3, 2));
        try (Task t = task(new CustomTracking2DProvider(), Map.of("positions", file.toString()))) {
            assertEquals(3, t.steps());
            Tensor expected = Tensor.allocate(arena, L, L);
            cann.featureSpace().orElseThrow().stimulusAt(new double[] {0.3, 0.4}, expected);
            assertArrayEquals(expected.toArray(), t.data().get("inp").slice(1).toArray());
        }
        Path wrong = dir.resolve("wrong.npy");
        Npy.save(wrong, NpyArray.ofDoubles(flat, 2, 3));
        ParameterException e = assertThrows(ParameterException.class,
                () -> task(new CustomTracking2DProvider(), Map.of("positions", wrong.toString())));
        assertEquals("positions", e.parameter());
    }

    @Test
    void explainsBadPairs() {
        ParameterException odd = assertThrows(ParameterException.class, () -> task(new SmoothTracking2DProvider(),
                Map.of("iext", "0,0,1", "duration", "1")));
        assertEquals("parameter 'iext' of task 'smooth-tracking-2d': expected 2 position(s) of 2 coordinate(s) each, "
                + "got 3 number(s)", odd.getMessage());
        var p1 = new Cann1DProvider();
        try (Model ring = p1.create(p1.parameters().defaults(), new ModelContext(DT, Seeds.generator(0), Kernels.best()))) {
            var p = new SmoothTracking2DProvider();
            ParameterException dims = assertThrows(ParameterException.class, () -> p.create(
                    p.parameters().parse(Map.of("iext", "0,0,1,1", "duration", "1")),
                    new TaskContext(DT, ring, Seeds.generator(0), Kernels.best())));
            assertTrue(dims.getMessage().contains("needs a model with a 2D feature space"), dims.getMessage());
        }
    }
}
