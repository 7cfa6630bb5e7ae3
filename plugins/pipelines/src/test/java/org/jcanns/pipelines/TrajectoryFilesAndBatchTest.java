package org.jcanns.pipelines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.registry.Registry;
import org.jcanns.pipelines.trajectory.Trajectory;
import org.jcanns.pipelines.trajectory.TrajectoryFiles;
import org.jcanns.spi.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV and NPZ trajectories are read with their errors named; a batch runs on threads and records failures. */
class TrajectoryFilesAndBatchTest {
    @TempDir
    Path dir;

    @Test
    void csvColumnsAreFoundByName() throws Exception {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "\"time\",x,y,extra\n0,0.1,0.2,a\n0.01,0.15,0.25,b\n\n0.02,0.2,0.3,c\n");
        Trajectory t = TrajectoryFiles.read(f, "x", "y", "time");
        assertEquals(3, t.length());
        assertArrayEquals(new double[] {0.15, 0.25}, t.positions()[1]);
        assertArrayEquals(new double[] {0, 0.01, 0.02}, t.times());
        Trajectory noTime = TrajectoryFiles.read(f, "x", "y", "t");
        assertNull(noTime.times(), "an absent time column means uniform steps (canns)");
        Trajectory swapped = TrajectoryFiles.read(f, "y", "x", "");
        assertArrayEquals(new double[] {0.2, 0.1}, swapped.positions()[0]);
    }

    @Test
    void badFilesAreNamed() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "x,y\n0.1,0.2\n0.1,oops\n");
        var e = assertThrows(IllegalArgumentException.class, () -> TrajectoryFiles.read(f, "x", "y", "time"));
        assertTrue(e.getMessage().contains("line 3: 'oops' is not a number"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TrajectoryFiles.read(f, "px", "y", "time"));
        assertTrue(e.getMessage().contains("no column 'px'"), e.getMessage());
        Path z = dir.resolve("bad.npz");
        Npz.save(z, Map.of("positions", NpyArray.ofDoubles(new double[] {1, 2, 3}, 1, 3)), false);
        e = assertThrows(IllegalArgumentException.class, () -> TrajectoryFiles.read(z, "x", "y", "time"));
        assertTrue(e.getMessage().contains("'positions' must have shape (n, 2), got [1, 3]"), e.getMessage());
        assertThrows(NoSuchFileException.class, () -> TrajectoryFiles.read(dir.resolve("none.csv"), "x", "y", "t"));
        Path txt = Files.writeString(dir.resolve("t.txt"), "1 2");
        e = assertThrows(IllegalArgumentException.class, () -> TrajectoryFiles.read(txt, "x", "y", "time"));
        assertTrue(e.getMessage().contains("expected a .npz"), e.getMessage());
    }

    @Test
    void batchRunsEveryTrajectoryAndRecordsFailures() throws Exception {
        ThetaSweepSettings s = ThetaSweepSettings.parse(Map.of("env_size", "1.5", "gc", "num_gc_x=16",
                "dc", "num=32", "save_plots", "false", "save_animation", "false"));
        List<Trajectory> list = List.of(ThetaSweepPipelineTest.generated(30),
                new Trajectory(new double[][] {{0.5, 0.5}}, null, "too short"), ThetaSweepPipelineTest.generated(40));
        try (Registry registry = Registry.discover()) {
            var results = ThetaSweepBatch.run(registry, list, s, dir, 2, ProgressListener.NONE);
            assertEquals(List.of("trajectory_000", "trajectory_001", "trajectory_002"), List.copyOf(results.keySet()));
            assertTrue(String.valueOf(results.get("trajectory_001").get("error")).contains("n >= 2"));
            assertTrue(Files.isRegularFile(dir.resolve("trajectory_000/results.npz")));
            assertTrue(Files.isRegularFile(dir.resolve("trajectory_002/results.npz")));
            @SuppressWarnings("unchecked")
            var data = (Map<String, NpyArray>) results.get("trajectory_002").get("data");
            assertArrayEquals(new int[] {40, 16 * 16}, data.get("gc_activity").shape());
        }
    }
}
