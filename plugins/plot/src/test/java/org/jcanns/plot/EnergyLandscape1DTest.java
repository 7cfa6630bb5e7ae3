package org.jcanns.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jcanns.plot.figure.EnergyLandscape1D;
import org.jcanns.plot.figure.EnergyLandscape1D.DataSet;
import org.jcanns.plot.render.Axes;
import org.jcanns.plot.render.Colors;
import org.jcanns.spi.Tensor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 1D energy landscape: frames, delays and loop of the decoded GIF, curves on the expected pixels, errors. */
class EnergyLandscape1DTest {
    private static final Arena ARENA = Arena.ofShared();
    private static final int N = 128;
    private static final int T = 400;

    @AfterAll
    static void free() {
        ARENA.close();
    }

    /** x in [−π, π]; "u": a bump moving from −2 to 2 with peak 1; "flat": 0.5 everywhere. */
    static List<DataSet> data() {
        Tensor x = Tensor.allocate(ARENA, N);
        for (int i = 0; i < N; i++) {
            x.set(i, (float) (-Math.PI + 2 * Math.PI * i / (N - 1)));
        }
        Tensor u = Tensor.allocate(ARENA, T, N);
        Tensor flat = Tensor.allocate(ARENA, T, N);
        for (int t = 0; t < T; t++) {
            double c = bumpCentre(t);
            for (int i = 0; i < N; i++) {
                double d = x.get(i) - c;
                u.set(t, i, (float) Math.exp(-d * d / 0.2));
                flat.set(t, i, 0.5f);
            }
        }
        return List.of(new DataSet("u", x, u), new DataSet("flat", x, flat));
    }

    static double bumpCentre(int t) {
        return -2 + 4.0 * t / (T - 1);
    }

    static PlotConfig config() {
        return PlotConfigs.energyLandscape1dAnimation(Map.of("time_steps_per_second", 100.0, "fps", 20.0,
                "figsize", new double[] {5, 3}));
    }

    static double distance(int rgb, int expected) {
        int dr = ((rgb >> 16) & 0xff) - ((expected >> 16) & 0xff);
        int dg = ((rgb >> 8) & 0xff) - ((expected >> 8) & 0xff);
        int db = (rgb & 0xff) - (expected & 0xff);
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    /** Whether a pixel within one row of (col, row) has colour close to {@code expected}. */
    static boolean colourNear(BufferedImage img, int col, int row, int expected) {
        for (int r = row - 1; r <= row + 1; r++) {
            if (distance(img.getRGB(col, r) & 0xffffff, expected) < 40) {
                return true;
            }
        }
        return false;
    }

    @Test
    void fourHundredStepsAtTspsHundredAndFps20GiveEightyFramesOfFiveCentiseconds(@TempDir Path dir)
            throws Exception {
        Path out = dir.resolve("landscape.gif");
        List<long[]> progress = new ArrayList<>();
        EnergyLandscape1D.animate(data(), config(), out, 2, (done, total) -> progress.add(new long[] {done, total}));
        DecodedGif gif = DecodedGif.read(out);
        assertEquals(80, gif.frames().size());
        assertEquals(500, gif.width());
        assertEquals(300, gif.height());
        assertTrue(gif.delays().stream().allMatch(d -> d == 5), "delays " + gif.delays());
        assertTrue(gif.loopsForever());
        assertEquals(80, progress.size());
        assertArrayEquals(new long[] {80, 80}, progress.get(79));
        for (int i = 0; i < 80; i++) {
            assertEquals(i + 1, progress.get(i)[0], "progress arrives in order");
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void curvesLandOnTheirPixelsInEveryCheckedFrame(@TempDir Path dir) throws Exception {
        EnergyLandscape1D.Animation a = EnergyLandscape1D.animation(data(), config());
        Axes ax = a.axes();
        // y-limits: data in [0, 1] plus 10 %.
        assertArrayEquals(new double[] {-0.1, 1.1}, ax.ylim(), 1e-6);
        assertArrayEquals(new double[] {-Math.PI, Math.PI}, ax.xlim(), 1e-6);
        Path out = dir.resolve("a.gif");
        EnergyLandscape1D.animate(data(), config(), out, 2, (d, t) -> { });
        DecodedGif gif = DecodedGif.read(out);
        int[] steps = a.indices();
        ImageIO.write(gif.frames().get(0), "png", Path.of("target", "energy1d-frame0.png").toFile());
        ImageIO.write(gif.frames().get(40), "png", Path.of("target", "energy1d-frame40.png").toFile());
        int blue = Colors.cycle(0).getRGB() & 0xffffff;
        int orange = Colors.cycle(1).getRGB() & 0xffffff;
        int flatRow = (int) Math.round(ax.py(0.5) - 0.5);
        for (int f : new int[] {0, 40, 79}) {
            BufferedImage img = gif.frames().get(f);
            // The flat curve: a horizontal orange line at y = 0.5, away from the bump and the legend.
            for (double x : new double[] {-2.5, -1.0, 0.0, 1.0}) {
                double c = bumpCentre(steps[f]);
                if (Math.abs(x - c) < 0.6) {
                    continue;
                }
                int col = (int) ax.px(x);
                assertTrue(colourNear(img, col, flatRow, orange), "frame " + f + ": orange at x=" + x);
                assertTrue(distance(img.getRGB(col, flatRow - 8) & 0xffffff, 0xffffff) < 30, "white above");
            }
            // The bump's peak (value 1) at its centre.
            double c = bumpCentre(steps[f]);
            int col = (int) Math.round(ax.px(c) - 0.5);
            int peakRow = (int) Math.round(ax.py(1.0) - 0.5);
            boolean found = false;
            for (int dc = -1; dc <= 1 && !found; dc++) {
                found = colourNear(img, col + dc, peakRow, blue) || colourNear(img, col + dc, peakRow + 1, blue);
            }
            assertTrue(found, "frame " + f + ": blue peak at x=" + c);
        }
    }

    @Test
    void staticPlotHonoursSizeAndDpi(@TempDir Path dir) throws Exception {
        List<DataSet> sets = new ArrayList<>();
        for (DataSet s : data()) {
            sets.add(new DataSet(s.label(), s.x(), s.y().slice(200)));
        }
        Path out = dir.resolve("static.png");
        EnergyLandscape1D.plot(sets, PlotConfigs.energyLandscape1dStatic(Map.of("figsize", new double[] {4, 2.5},
                "dpi", 120.0, "grid", true)), out);
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(480, img.getWidth());
        assertEquals(300, img.getHeight());
        Files.copy(out, Path.of("target", "energy1d-static.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String meta = new String(Files.readAllBytes(out), java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = meta.indexOf("pHYs");
        assertTrue(at > 0, "pHYs chunk present");
        byte[] b = Files.readAllBytes(out);
        long ppm = ((b[at + 4] & 0xffL) << 24) | ((b[at + 5] & 0xff) << 16) | ((b[at + 6] & 0xff) << 8) | (b[at + 7] & 0xff);
        assertEquals(Math.round(120 / 0.0254), ppm, "120 dpi in pixels per metre");
    }

    @Test
    void badDataIsRefusedWithClearMessages(@TempDir Path dir) {
        List<DataSet> ok = data();
        var empty = assertThrows(IllegalArgumentException.class,
                () -> EnergyLandscape1D.animation(List.of(), config()));
        assertTrue(empty.getMessage().contains("no data sets"), empty.getMessage());
        DataSet shorter = new DataSet("short", ok.get(0).x(), Tensor.allocate(ARENA, 300, N));
        var frames = assertThrows(IllegalArgumentException.class,
                () -> EnergyLandscape1D.animation(List.of(ok.get(0), shorter), config()));
        assertTrue(frames.getMessage().contains("differ in frame count") && frames.getMessage().contains("300"),
                frames.getMessage());
        DataSet wide = new DataSet("wide", ok.get(0).x(), Tensor.allocate(ARENA, T, N + 1));
        var width = assertThrows(IllegalArgumentException.class,
                () -> EnergyLandscape1D.animation(List.of(wide), config()));
        assertTrue(width.getMessage().contains("'wide'"), width.getMessage());
        var tooShort = assertThrows(IllegalArgumentException.class, () -> EnergyLandscape1D.animation(ok,
                config().with("time_steps_per_second", 100000.0)));
        assertTrue(tooShort.getMessage().contains("less than one frame"), tooShort.getMessage());
        var preset = assertThrows(IllegalArgumentException.class, () -> PlotConfigs.preset("energy_3d", Map.of()));
        assertTrue(preset.getMessage().contains("energy_landscape_1d_animation"), preset.getMessage());
        assertTrue(Files.notExists(dir.resolve("x.gif")));
    }
}
