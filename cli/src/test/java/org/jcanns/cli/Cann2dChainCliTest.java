package org.jcanns.cli;

import static org.jcanns.cli.CliTest.jcanns;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jcanns experimental-cann2d}: the whole chain in one command, its files, and the decode step's equal. */
class Cann2dChainCliTest {
    @Test
    void oneCommandWritesEveryStepAndDecodesAsTheDecodeCommand(@TempDir Path dir) throws Exception {
        Path grid = dir.resolve("grid.npz");
        assertEquals(0, jcanns("synth", "grid", "--seed", "2", "--duration", "100", "--out", grid.toString()).code());
        Path out = dir.resolve("chain");
        CliTest.Run r = jcanns("-q", "experimental-cann2d", "--grid", grid.toString(), "--out", out.toString(),
                "--n-points", "300", "--active-times", "2000", "--k", "200", "--nbs", "200", "-a", "dpi=30",
                "-a", "n_frames=4");
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("embedding.npz", "projection.npy", "projection.png", "persistence.npz",
                "barcode.png", "decoding.npz", "torus.gif")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
            assertTrue(r.out().contains("wrote " + out.resolve(f)), f + " reported in:\n" + r.out());
        }
        assertTrue(r.err().strip().matches("bins=\\d+ cells=36 landmarks=300 h1_bars=\\d+ decoded=\\d+ "
                + "seconds=[0-9.]+ threads=\\d+"), r.err());
        Path again = dir.resolve("decoding.npz");
        assertEquals(0, jcanns("decode", "--persistence", out.resolve("persistence.npz").toString(), "--grid",
                grid.toString(), "--out", again.toString()).code());
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> chain = Npz.load(out.resolve("decoding.npz"), arena);
            Map<String, NpyArray> step = Npz.load(again, arena);
            assertEquals(List.of("coords", "coordsbox", "times", "times_box", "centcosall", "centsinall"),
                    List.copyOf(chain.keySet()));
            assertArrayEquals(step.get("coords").toDoubles(), chain.get("coords").toDoubles(),
                    "the chain's decoding equals decode on its persistence file");
            assertArrayEquals(new int[] {300}, Npz.load(out.resolve("persistence.npz"), arena).get("indstemp")
                    .shape());
        }
    }

    @Test
    void badInputIsOneLineWithExitCodeTwo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("taken");
        Files.writeString(file, "x");
        CliTest.Run r = jcanns("experimental-cann2d", "--grid", dir.resolve("none.npz").toString(), "--out",
                dir.resolve("o").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().strip().startsWith("jcanns: grid-cell data file not found"), r.err());
        r = jcanns("experimental-cann2d", "--grid", dir.resolve("none.npz").toString(), "--out", file.toString());
        assertEquals(2, r.code());
        assertEquals("jcanns: --out: " + file + " exists and is not a directory", r.err().strip());
        r = jcanns("experimental-cann2d", "--grid", dir.resolve("none.npz").toString(), "--out",
                dir.resolve("o").toString(), "--n-points", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("n_points"), r.err());
        assertFalse(Files.exists(dir.resolve("o")));
    }
}
