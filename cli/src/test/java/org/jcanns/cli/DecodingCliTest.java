package org.jcanns.cli;

import static org.jcanns.cli.CliTest.jcanns;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jcanns.analysis.decode.CircularDecoding;
import org.jcanns.analysis.decode.PersistenceResult;
import org.jcanns.analysis.decode.TorusFixture;
import org.jcanns.core.io.DType;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jcanns decode} and {@code jcanns torus} on synthetic grid cells with a persistence result built from their phases. */
class DecodingCliTest {
    @TempDir
    static Path dir;
    private static TorusFixture fixture;
    private static Path grid;
    private static Path ph;

    @BeforeAll
    static void files() throws Exception {
        fixture = new TorusFixture(6, 80, 30, 200, 4);
        grid = dir.resolve("grid.npz");
        Map<String, NpyArray> z = new LinkedHashMap<>();
        fixture.recording.arrays().forEach((k, v) -> z.put(k, NpyArray.of(v)));
        Npz.save(grid, z, false);
        ph = dir.resolve("persistence.npz");
        Map<String, NpyArray> p = new LinkedHashMap<>();
        fixture.persistence.forEach((k, v) -> p.put(k, NpyArray.of(v)));
        Npz.save(ph, p, false);
    }

    @Test
    void decodeWritesCannsKeysAndTheLibrarysAngles() throws Exception {
        Path out = dir.resolve("decoding.npz");
        CliTest.Run r = jcanns("decode", "--persistence", ph.toString(), "--grid", grid.toString(), "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("wrote " + out, r.out().strip());
        assertTrue(r.err().strip().matches("bins=\\d+ cells=36 landmarks=200 seconds=[0-9.]+"), r.err());
        CircularDecoding expected = CircularDecoding.decode(PersistenceResult.of(fixture.persistence, "fixture"),
                fixture.recording, true, true);
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> z = Npz.load(out, arena);
            assertEquals(List.of("coords", "coordsbox", "times", "times_box", "centcosall", "centsinall"),
                    List.copyOf(z.keySet()));
            assertEquals(DType.INT64, z.get("times").dtype());
            assertArrayEquals(expected.coords(), z.get("coords").toDoubles());
            assertArrayEquals(new int[] {36, 2, 200}, z.get("centcosall").shape());
        }
        Path gif = dir.resolve("torus.gif");
        r = jcanns("-q", "torus", "--decoding", out.toString(), "--grid", grid.toString(), "--out", gif.toString(),
                "-a", "dpi=30", "-a", "n_frames=6");
        assertEquals(0, r.code(), r.err());
        assertEquals("wrote " + gif, r.out().strip());
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(6, reader.getNumImages(true));
            assertEquals(240, reader.read(0).getWidth());
        }
    }

    @Test
    void badInputIsOneLineWithExitCodeTwo() throws Exception {
        Path out = dir.resolve("bad.npz");
        CliTest.Run r = jcanns("decode", "--persistence", grid.toString(), "--grid", grid.toString(), "--out",
                out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().strip().startsWith("jcanns: decode-circular-coordinates: a persistence result needs dgm1,"),
                r.err());
        r = jcanns("torus", "--decoding", ph.toString(), "--grid", grid.toString(), "--out",
                dir.resolve("t.gif").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().strip().startsWith("jcanns: --decoding needs 'coordsbox'"), r.err());
        r = jcanns("torus", "--decoding", ph.toString(), "--grid", grid.toString(), "--out",
                dir.resolve("t.gif").toString(), "-a", "n_frames=0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("n_frames"), r.err());
        assertFalse(Files.exists(out) || Files.exists(dir.resolve("t.gif")));
    }
}
