package org.jcanns.cli;

import static org.jcanns.cli.CliTest.jcanns;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jcanns.core.io.Npy;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code jcanns hopfield} and {@code hopfield-images}: what they write, and one-line errors with exit code 2. */
class HopfieldCliTest {
    private static final int N = 256;

    private static float[] bipolar(int p, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[p * n];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextBoolean() ? 1f : -1f;
        }
        return v;
    }

    private static float[] flip(float[] v, double fraction, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] c = v.clone();
        for (int i = 0; i < c.length; i++) {
            if (r.nextDouble() < fraction) {
                c[i] = -c[i];
            }
        }
        return c;
    }

    private static Path npy(Path dir, String name, float[] values, int... shape) throws Exception {
        Path f = dir.resolve(name);
        Npy.save(f, NpyArray.ofFloats(values, shape));
        return f;
    }

    @ParameterizedTest(name = "weights={0}")
    @ValueSource(strings = {"auto", "dense", "compact", "low-rank"})
    void hopfieldWritesRecoveredEnergiesOverlapsAndChanges(String weights, @TempDir Path dir) throws Exception {
        float[] patterns = bipolar(3, N, 1);
        Path p = npy(dir, "p.npy", patterns, 3, N), q = npy(dir, "q.npy", flip(patterns, 0.15, 2), 3, N);
        Path out = dir.resolve("out.npz");
        var r = jcanns("-q", "hopfield", "--patterns", p.toString(), "--predict", q.toString(), "--iterations", "12",
                "--out", out.toString(), "--weights", weights, "--seed", "3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().strip().matches("patterns=3 neurons=256 cues=3 train_seconds=[0-9.]+ recall_seconds=[0-9.]+ "
                + "weights=" + (weights.equals("auto") ? "low-rank" : weights) + " kernels=\\w+"), r.err());
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> z = Npz.load(out, arena);
            assertEquals(List.of("recovered", "energies", "overlaps", "changes"), List.copyOf(z.keySet()));
            assertArrayEquals(patterns, z.get("recovered").toFloats(), "every cue recalled its pattern");
            assertArrayEquals(new int[] {3, 13}, z.get("energies").shape());
            assertArrayEquals(new int[] {3, 3}, z.get("overlaps").shape());
            for (int b = 0; b < 3; b++) {
                assertEquals(1.0, z.get("overlaps").getDouble(b * 3L + b), 1e-6);
                assertTrue(z.get("energies").getDouble(b * 13L + 12) < z.get("energies").getDouble(b * 13L),
                        "recall lowered the energy");
            }
        }
    }

    @Test
    void asynchronousTanhRecallRuns(@TempDir Path dir) throws Exception {
        float[] patterns = bipolar(2, N, 4);
        Path p = npy(dir, "p.npy", patterns, 2, N), q = npy(dir, "q.npy", flip(patterns, 0.1, 5), 2, N);
        Path out = dir.resolve("out.npz");
        var r = jcanns("-q", "hopfield", "--patterns", p.toString(), "--predict", q.toString(), "--asyn",
                "--activation", "tanh", "--temperature", "20", "--no-stop-early", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try (Arena arena = Arena.ofConfined()) {
            NpyArray overlaps = Npz.load(out, arena).get("overlaps");
            assertTrue(overlaps.getDouble(0) > 0.5 && overlaps.getDouble(3) > 0.5, "overlaps " + overlaps);
        }
    }

    /** A bad-input case: the files to write, the arguments after them, the message expected. */
    private record Bad(String what, String message, String... args) {
    }

    @Test
    void badInputIsOneLineExitCode2AndWritesNothing(@TempDir Path dir) throws Exception {
        String p = npy(dir, "p.npy", bipolar(2, N, 1), 2, N).toString();
        String shorter = npy(dir, "short.npy", bipolar(1, N - 1, 2), N - 1).toString();
        String real = npy(dir, "real.npy", new float[] {1, -1, 0.5f, 1}, 1, 4).toString();
        String empty = npy(dir, "empty.npy", new float[0], 0, N).toString();
        String q = npy(dir, "q.npy", bipolar(1, N, 3), N).toString();
        String wrong = npy(dir, "wrong.npy", bipolar(1, N + 3, 4), 1, N + 3).toString();
        Path outDir = Files.createDirectory(dir.resolve("out"));
        String out = outDir.resolve("out.npz").toString();
        List<Bad> cases = List.of(
                new Bad("different lengths", "--patterns: all patterns must have the same length; " + shorter
                        + " row 0 has 255 values, " + p + " row 0 has 256", "--patterns", p, "--patterns", shorter,
                        "--predict", q),
                new Bad("not ±1", "--patterns: expected values of -1 and +1 only; pattern 0 has 0.5 at index 2",
                        "--patterns", real, "--predict", q),
                new Bad("empty", "--patterns: expected at least one pattern, got none", "--patterns", empty,
                        "--predict", q),
                new Bad("wrong cue length", "--predict " + wrong + ": each pattern must have 256 values (the length of "
                        + "the training patterns), got 259", "--patterns", p, "--predict", wrong),
                new Bad("unknown activation", "parameter 'activation' of model 'amari-hopfield'", "--patterns", p,
                        "--predict", q, "--activation", "relu"),
                new Bad("missing file", "no.npy", "--patterns", dir.resolve("no.npy").toString(), "--predict", q),
                new Bad("not a recall rule", "--trainer oja", "--patterns", p, "--predict", q, "--trainer", "oja"),
                new Bad("iterations", "--iterations must be >= 1, got 0", "--patterns", p, "--predict", q,
                        "--iterations", "0"));
        for (Bad bad : cases) {
            String[] args = Stream.concat(Stream.of("-q", "hopfield", "--out", out), Stream.of(bad.args()))
                    .toArray(String[]::new);
            var r = jcanns(args);
            assertEquals(2, r.code(), bad.what() + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), bad.what() + ": one line: " + r.err());
            assertTrue(r.err().contains(bad.message()), bad.what() + ": " + r.err());
            try (Stream<Path> files = Files.list(outDir)) {
                assertEquals(0, files.count(), bad.what() + ": nothing written");
            }
        }
    }

    @Test
    void hopfieldImagesReadsImageFilesAndWritesTheGrid(@TempDir Path dir) throws Exception {
        Path[] images = new Path[2];
        for (int k = 0; k < 2; k++) {
            BufferedImage img = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(k == 0 ? Color.ORANGE : Color.BLUE);
            g.fillRect(0, 0, 60, 40);
            g.setColor(Color.BLACK);
            if (k == 0) {
                g.fillRect(0, 0, 30, 40);
            } else {
                g.fillRect(0, 0, 60, 20);
            }
            g.dispose();
            images[k] = dir.resolve("img" + k + ".png");
            ImageIO.write(img, "png", images[k].toFile());
        }
        Path out = dir.resolve("grid");
        var r = jcanns("-q", "hopfield-images", images[0].toString(), images[1].toString(), "--size", "32", "--out",
                out.toString(), "--noise", "0.2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("wrote " + out.resolve("hopfield_images.png")), r.out());
        BufferedImage grid = ImageIO.read(out.resolve("hopfield_images.png").toFile());
        assertEquals(3 * (64 + 8) + 8, grid.getWidth());
        assertEquals(24 + 2 * (64 + 8) + 8, grid.getHeight());
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> z = Npz.load(out.resolve("hopfield_images.npz"), arena);
            assertArrayEquals(new int[] {2, 32, 32}, z.get("patterns").shape());
            // Left half dark in picture 0, top half dark in picture 1: thresholded at the mean.
            assertEquals(-1, z.get("patterns").getDouble(0), 0);
            assertEquals(1, z.get("patterns").getDouble(31), 0);
            assertEquals(1, z.get("patterns").getDouble(32 * 32 + 31L * 32), 0);
            assertEquals(1.0, z.get("overlaps").getDouble(0), 1e-6);
            assertEquals(1.0, z.get("overlaps").getDouble(1), 1e-6);
            double flipped = 0;
            for (int i = 0; i < 32 * 32; i++) {
                flipped += z.get("patterns").getDouble(i) != z.get("inputs").getDouble(i) ? 1 : 0;
            }
            assertEquals(Math.round(0.2 * 1024), flipped, "exactly the requested fraction flipped");
        }
    }

    @Test
    void hopfieldImagesRejectsAnUnreadableImage(@TempDir Path dir) throws Exception {
        Path notImage = Files.writeString(dir.resolve("x.png"), "not a picture");
        var r = jcanns("-q", "hopfield-images", notImage.toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("not an image"), r.err());
    }

    @Test
    void demoAddsTheHopfieldPictures(@TempDir Path dir) {
        var r = jcanns("-q", "demo", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(dir.resolve("hopfield_images.png")));
        assertTrue(r.out().contains("wrote " + dir.resolve("hopfield_images.png")), r.out());
        assertTrue(r.out().contains("overlap of each output with its training picture: 1.000, 1.000, 1.000, 1.000"),
                r.out());
    }
}
