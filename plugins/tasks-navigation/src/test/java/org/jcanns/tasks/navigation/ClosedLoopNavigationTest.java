package org.jcanns.tasks.navigation;

import org.jcanns.core.kernel.Kernels;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.testing.Python;
import org.jcanns.spi.ProgressListener;
import org.jcanns.tasks.navigation.geodesic.GeodesicDistanceResult;
import org.jcanns.tasks.navigation.geodesic.GeodesicDistances;
import org.jcanns.tasks.navigation.geodesic.MovementCostGrid;
import org.jcanns.tasks.navigation.geometry.BoundaryConditions;
import org.jcanns.tasks.navigation.geometry.Environment;
import org.jcanns.tasks.navigation.geometry.Polygon;
import org.jcanns.tasks.navigation.geometry.Segment;
import org.jcanns.tasks.navigation.geometry.Shapes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance cases of canns' closed-loop tests (canns-reference §8.1), the T-maze and canns' complex example
 * (5 walls, 2 holes) against a numpy transcription of the cost grid with scipy's Dijkstra, threads agreeing with
 * one thread, step_by_pos history, and the polygon errors.
 */
class ClosedLoopNavigationTest {
    private static final String UNIT = "0,0, 1,0, 1,1, 0,1";

    @TempDir
    Path dir;

    private static Environment env(String boundary, String walls, String holes) {
        return new Environment(Shapes.polygon(boundary, "boundary"), 0, 0, Shapes.walls(walls, "walls"),
                Shapes.polygons(holes, "holes"), BoundaryConditions.SOLID);
    }

    private static GeodesicDistanceResult geodesics(Environment env, double d, int threads) {
        return GeodesicDistances.compute(MovementCostGrid.build(env, d, d), threads, ProgressListener.NONE);
    }

    @Test
    void unitSquareAtDx1HasOneCellAtDistanceZero() {
        GeodesicDistanceResult r = geodesics(env(UNIT, "", ""), 1.0, 1);
        assertEquals(1, r.costGrid().accessibleCount());
        assertEquals(1, r.size());
        assertEquals(0.0, r.distance(0, 0));
    }

    @Test
    void aHoleFillingTheSquareLeavesNoCell() throws Exception {
        GeodesicDistanceResult r = geodesics(env(UNIT, "", "0.05,0.05, 0.95,0.05, 0.95,0.95, 0.05,0.95"), 0.5, 2);
        assertEquals(0, r.costGrid().accessibleCount());
        assertEquals(0, r.size());
        Path f = dir.resolve("none.npz");
        r.save(f);
        assertArrayEquals(new int[] {0, 0}, Npz.load(f, Arena.ofAuto()).get("distances").shape());
    }

    @Test
    void wallAndHoleGiveASymmetricMatrix() {
        Environment e = env(UNIT, "0,0.5,0.5,0.5", "0.5,0, 1,0, 1,0.5, 0.5,0.5");
        GeodesicDistanceResult r = geodesics(e, 0.25, 2);
        MovementCostGrid g = r.costGrid();
        assertEquals(4, g.rows());
        assertEquals(4, g.cols());
        assertTrue(g.rows() * g.cols() - g.accessibleCount() >= 1, "some cells blocked");
        assertTrue(r.size() >= 2, "at least two free cells");
        boolean positive = false;
        for (int i = 0; i < r.size(); i++) {
            assertTrue(Double.isFinite(r.distance(i, i)), "finite diagonal");
            for (int j = 0; j < r.size(); j++) {
                assertEquals(r.distance(i, j), r.distance(j, i), "symmetric");
                positive |= r.distance(i, j) > 0 && Double.isFinite(r.distance(i, j));
            }
        }
        assertTrue(positive, "some positive finite distances");
    }

    @Test
    void tMazeHasFreeAndBlockedCellsAndMatchesNumpy() throws Exception {
        try (ClosedLoopNavigationTask task = ClosedLoopNavigationTask.tMaze(0.3, 1.0, 0.75, 0.3, 0.01, 0, 0.15)) {
            MovementCostGrid g = task.buildMovementCostGrid(0.1, 0.1);
            int[] costs = g.costs();
            assertTrue(java.util.Arrays.stream(costs).anyMatch(c -> c == 1));
            assertTrue(java.util.Arrays.stream(costs).anyMatch(c -> c == Integer.MAX_VALUE));
            GeodesicDistanceResult r = task.computeGeodesicDistanceMatrix(0.1, 0.1);
            double max = r.maxFinite();
            double normalisedMax = 0;
            for (int i = 0; i < r.size(); i++) {
                for (int j = 0; j < r.size(); j++) {
                    if (Double.isFinite(r.distance(i, j))) {
                        normalisedMax = Math.max(normalisedMax, r.distance(i, j) / max);
                    }
                }
            }
            assertEquals(1.0, normalisedMax, 1e-9, "normalised geodesic maximum");
            compareWithNumpy(task.environment(), 0.1, r);
        }
    }

    @Test
    void cannsComplexEnvironmentMatchesNumpy() throws Exception {
        Environment e = env("0,0, 2,0, 2,2, 0,2",
                "0.5,0,0.5,1; 0.5,1,1,1; 1.5,2,1.5,1; 1.5,1,1,1; 0.2,0.2,1.6,1.6",
                "0.7,0.7, 1.3,0.7, 1.3,1.3, 0.7,1.3; 0,1.25, 0.8,1.25, 0.8,2, 0,2");
        GeodesicDistanceResult r = geodesics(e, 0.1, 2);
        compareWithNumpy(e, 0.1, r);
        GeodesicDistanceResult one = geodesics(e, 0.1, 1);
        for (int i = 0; i < r.size(); i++) {
            for (int j = 0; j < r.size(); j++) {
                assertEquals(one.distance(i, j), r.distance(i, j), "two threads give one thread's distances");
            }
        }
    }

    private void compareWithNumpy(Environment e, double d, GeodesicDistanceResult r) throws Exception {
        Map<String, NpyArray> in = new LinkedHashMap<>();
        in.put("boundary", NpyArray.ofDoubles(e.boundary().flat(), e.boundary().size(), 2));
        if (!e.walls().isEmpty()) {
            double[] w = new double[4 * e.walls().size()];
            for (int i = 0; i < e.walls().size(); i++) {
                Segment s = e.walls().get(i);
                System.arraycopy(new double[] {s.x0(), s.y0(), s.x1(), s.y1()}, 0, w, 4 * i, 4);
            }
            in.put("walls", NpyArray.ofDoubles(w, e.walls().size(), 4));
        }
        List<Polygon> holes = e.holes();
        int total = holes.stream().mapToInt(Polygon::size).sum();
        if (total > 0) {
            double[] h = new double[3 * total];
            int k = 0;
            for (int i = 0; i < holes.size(); i++) {
                for (int v = 0; v < holes.get(i).size(); v++) {
                    h[k++] = i;
                    h[k++] = holes.get(i).x(v);
                    h[k++] = holes.get(i).y(v);
                }
            }
            in.put("holes", NpyArray.ofDoubles(h, total, 3));
        }
        in.put("dx", NpyArray.scalar(d));
        in.put("dy", NpyArray.scalar(d));
        Path input = dir.resolve("geo-in.npz");
        Path out = dir.resolve("geo-ref.npz");
        Npz.save(input, in, false);
        Python.run(Python.script("geodesic_reference.py"), input.toString(), out.toString());
        Map<String, NpyArray> ref = Npz.load(out, Arena.ofAuto());
        try (Arena a = Arena.ofConfined()) {
            Map<String, NpyArray> mine = r.arrays(a);
            for (String key : List.of("costs", "accessible_indices", "x_edges", "y_edges")) {
                assertArrayEquals(ref.get(key).shape(), mine.get(key).shape(), key + " shape");
                assertArrayEquals(ref.get(key).toDoubles(), mine.get(key).toDoubles(), key);
            }
            double[] dr = ref.get("distances").toDoubles();
            double[] dm = mine.get("distances").toDoubles();
            for (int i = 0; i < dr.length; i++) {
                assertTrue(dr[i] == dm[i] || Math.abs(dr[i] - dm[i]) <= 1e-12 * Math.max(1, dr[i]),
                        "distance " + i + ": " + dm[i] + " vs scipy " + dr[i]);
            }
        }
    }

    @Test
    void stepByPosRecordsTheVisitedPositions() {
        try (ClosedLoopNavigationTask task = ClosedLoopNavigationTask.tMaze(0.3, 1.0, 0.75, 0.3, 0.1, 0, 0.15)) {
            task.stepByPos(0, 0.25);
            task.stepByPos(0.05, 0.35);
            assertEquals(3, task.steps(), "the start, then two steps");
            OpenLoopNavigationData d = task.navigationData();
            assertArrayEquals(new double[] {0, 0.15, 0, 0.25, 0.05, 0.35}, d.position());
            assertEquals(1.0, d.velocity()[3], 1e-12, "velocity = displacement / dt");
            double alpha = 0.1 / 0.15;
            assertEquals(Math.atan2(alpha, 1 - alpha), d.hdAngle()[1], 1e-12,
                    "the head turns towards the movement with weight dt / head_direction_smoothing_timescale");
        }
    }

    @Test
    void badPolygonsAreRefused() {
        assertMessage(() -> Shapes.polygon("", "parameter 'boundary'"), "parameter 'boundary'", "empty");
        assertMessage(() -> Shapes.polygon("0,0, 1,0", "parameter 'boundary'"), "at least 3 vertices");
        assertMessage(() -> Shapes.polygon("0,0, 1,1, 1,0, 0,1", "parameter 'boundary'"), "intersects itself");
        assertMessage(() -> Shapes.polygon("0,0, 1,1, 2,2", "parameter 'boundary'"), "no area");
        assertMessage(() -> Shapes.polygon("0,0, 1,x, 2,2", "parameter 'boundary'"), "'x' is not a number");
        assertMessage(() -> Shapes.walls("0,0,1", "parameter 'walls'"), "x0,y0,x1,y1 (4 numbers)");
        assertMessage(() -> env(UNIT, "", "0.5,0.5, 2,0.5, 0.5,0.8"), "holes", "outside the environment");
        assertMessage(() -> new Environment(Shapes.polygon(UNIT, "b"), 0, 0, List.of(), List.of(),
                BoundaryConditions.PERIODIC), "periodic needs the rectangular environment");
        assertMessage(() -> ClosedLoopNavigationTask.tMaze(0.3, 1.0, 0.75, 0.3, 0.1, 0.5, 0.15), "start_pos",
                "outside the environment");
        var provider = new ClosedLoopNavigationProvider();
        assertMessage(() -> provider.create(provider.parameters().parse(Map.of("boundary", "0,0, 1,1, 1,0, 0,1",
                "start_pos", "0.5,0.2")), new org.jcanns.spi.task.TaskContext(0.1, null,
                org.jcanns.core.random.Seeds.generator(0), Kernels.best())), "parameter 'boundary'", "intersects itself");
    }

    private static void assertMessage(Runnable r, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "message '" + e.getMessage() + "' should contain '" + p + "'");
        }
    }
}
