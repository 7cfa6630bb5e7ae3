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
import javax.imageio.ImageIO;
import org.jcanns.analysis.data.GridFiles;
import org.jcanns.analysis.embed.SpikeEmbedding;
import org.jcanns.analysis.embed.SpikeEmbeddingConfig;
import org.jcanns.core.io.Npy;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jcanns embed} and {@code jcanns umap}: canns' keys, the library's numbers, a plot, one-line errors. */
class EmbeddingCliTest {
    @Test
    void embedWritesCannsKeysAndTheLibrarysNumbers(@TempDir Path dir) throws Exception {
        Path grid = dir.resolve("grid.npz");
        assertEquals(0, jcanns("synth", "grid", "--seed", "3", "--cells", "3", "--duration", "20", "--out",
                grid.toString()).code());
        Path emb = dir.resolve("emb.npz");
        CliTest.Run r = jcanns("embed", "--grid", grid.toString(), "--out", emb.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("wrote " + emb, r.out().strip());
        assertTrue(r.err().strip().matches("bins=\\d+ cells=9 smooth=true speed_filter=true seconds=[0-9.]+"),
                r.err());
        SpikeEmbedding expected = SpikeEmbedding.of(GridFiles.load(grid), SpikeEmbeddingConfig.defaults());
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> z = Npz.load(emb, arena);
            assertEquals(List.of("spikes", "xx", "yy", "tt"), List.copyOf(z.keySet()));
            assertArrayEquals(new int[] {expected.bins(), 9}, z.get("spikes").shape());
            assertArrayEquals(expected.spikes(), z.get("spikes").toDoubles());
            assertArrayEquals(expected.tt(), z.get("tt").toDoubles());
        }
        Path plain = dir.resolve("plain.npz");
        assertEquals(0, jcanns("embed", "--grid", grid.toString(), "--no-speed-filter", "--no-smooth", "--out",
                plain.toString()).code());
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> z = Npz.load(plain, arena);
            assertEquals(List.of("spikes"), List.copyOf(z.keySet()));
            double[] counts = z.get("spikes").toDoubles();
            for (double c : counts) {
                assertEquals(Math.rint(c), c, "unsmoothed counts are whole numbers");
            }
        }
    }

    @Test
    void umapOfTheEmbeddingWithAProjectionPlot(@TempDir Path dir) throws Exception {
        Path grid = dir.resolve("grid.npz");
        assertEquals(0, jcanns("synth", "grid", "--seed", "4", "--cells", "3", "--duration", "30", "--out",
                grid.toString()).code());
        Path emb = dir.resolve("emb.npz");
        assertEquals(0, jcanns("embed", "--grid", grid.toString(), "--out", emb.toString()).code());
        Path y = dir.resolve("proj.npy");
        Path png = dir.resolve("proj.png");
        CliTest.Run r = jcanns("-q", "umap", "--in", emb.toString(), "--every", "5", "--n-epochs", "100", "--seed",
                "42", "--out", y.toString(), "--plot", png.toString(), "-a", "dpi=50");
        assertEquals(0, r.code(), r.err());
        assertEquals("wrote " + y + "\nwrote " + png, r.out().strip());
        int rows;
        try (Arena arena = Arena.ofConfined()) {
            NpyArray a = Npy.load(y, arena);
            rows = a.shape()[0];
            assertEquals(3, a.shape()[1]);
            assertEquals(org.jcanns.core.io.DType.FLOAT32, a.dtype());
        }
        assertTrue(r.err().strip().startsWith("points=" + rows + " dims=9 components=3 "), r.err());
        assertEquals(500, ImageIO.read(png.toFile()).getWidth());
        Path again = dir.resolve("again.npy");
        assertEquals(0, jcanns("-q", "umap", "--in", emb.toString(), "--every", "5", "--n-epochs", "100", "--seed",
                "42", "--threads", "1", "--out", again.toString()).code());
        assertArrayEquals(Files.readAllBytes(y), Files.readAllBytes(again), "one seed, one embedding");
    }

    @Test
    void badInputIsOneLineWithExitCodeTwoAndNothingWritten(@TempDir Path dir) throws Exception {
        Path grid = dir.resolve("grid.npz");
        assertEquals(0, jcanns("synth", "grid", "--seed", "3", "--cells", "2", "--duration", "5", "--out",
                grid.toString()).code());
        Path out = dir.resolve("x.npz");
        CliTest.Run r = jcanns("embed", "--grid", dir.resolve("none.npz").toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().strip().startsWith("jcanns: grid-cell data file not found"), r.err());
        r = jcanns("embed", "--grid", grid.toString(), "--dt", "0", "--out", out.toString());
        assertEquals(2, r.code());
        assertEquals("jcanns: parameter 'dt' of analyzer 'embed-spike-trains': expected an integer >= 1, got 0",
                r.err().strip());
        Path emb = dir.resolve("emb.npz");
        assertEquals(0, jcanns("embed", "--grid", grid.toString(), "--out", emb.toString()).code());
        Path y = dir.resolve("y.npy");
        r = jcanns("umap", "--in", emb.toString(), "--seed", "1", "--n-neighbors", "1", "--out", y.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().strip().startsWith("jcanns: parameter 'n_neighbors'"), r.err());
        r = jcanns("umap", "--in", emb.toString(), "--seed", "1", "--n-components", "2", "--out", y.toString(),
                "--plot", dir.resolve("p.png").toString());
        assertEquals(2, r.code());
        assertEquals("jcanns: --plot draws three components; give --n-components 3 or more", r.err().strip());
        assertFalse(Files.exists(out) || Files.exists(y));
    }
}
