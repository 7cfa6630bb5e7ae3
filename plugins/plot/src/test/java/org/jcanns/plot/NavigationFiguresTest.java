package org.jcanns.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.testing.Python;
import org.jcanns.plot.figure.Smoothing;
import org.jcanns.plot.render.Colormap;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The navigation figures (trajectory with environment and cost grid, trajectory analysis, geodesic distances)
 * decode as PNGs of the preset's size and show what they should; the smoothing equals canns' numpy code.
 */
class NavigationFiguresTest {
    private static final Arena ARENA = Arena.ofShared();
    private static final Java2dPlotBackend BACKEND = new Java2dPlotBackend(1);

    @TempDir
    static Path dir;

    @AfterAll
    static void free() {
        ARENA.close();
    }

    private static BufferedImage render(String figure, Map<String, Tensor> data, Map<String, String> options,
                                        String name) throws Exception {
        Path out = dir.resolve(name + ".png");
        BACKEND.render(figure, data, BACKEND.options(figure).parse(options), out, ProgressListener.NONE);
        Files.copy(out, Path.of("target", "figure-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        return ImageIO.read(out.toFile());
    }

    /** Pixels in the box [x0, x1) × [y0, y1) within {@code tol} per channel of {@code rgb}. */
    private static int count(BufferedImage img, int rgb, int tol, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int p = img.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff)) <= tol
                        && Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) <= tol
                        && Math.abs((p & 0xff) - (rgb & 0xff)) <= tol) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int count(BufferedImage img, int rgb, int tol) {
        return count(img, rgb, tol, 0, 0, img.getWidth(), img.getHeight());
    }

    /** {@code loops} loops of T positions in all in a 2 × 2 box, times 0.01 apart. */
    private static Map<String, Tensor> walk(int t, int loops) {
        float[] p = new float[2 * t];
        float[] time = new float[t];
        float[] speed = new float[t];
        float[] hd = new float[t];
        for (int i = 0; i < t; i++) {
            double a = 2 * Math.PI * loops * i / t;
            p[2 * i] = (float) (1 + 0.7 * Math.cos(a));
            p[2 * i + 1] = (float) (1 + 0.5 * Math.sin(a));
            time[i] = 0.01f * i;
            speed[i] = (float) (0.3 + 0.1 * Math.sin(17.0 * i));
            hd[i] = (float) Math.atan2(Math.sin(a + Math.PI / 2), Math.cos(a + Math.PI / 2));
        }
        Map<String, Tensor> d = new LinkedHashMap<>();
        d.put("extent", Tensor.of(ARENA, new float[] {0, 2, 0, 2}));
        d.put("boundary", Tensor.of(ARENA, new float[] {0, 0, 2, 0, 2, 2, 0, 2}, 4, 2));
        d.put("position", Tensor.of(ARENA, p, t, 2));
        d.put("time", Tensor.of(ARENA, time));
        d.put("speed", Tensor.of(ARENA, speed));
        d.put("hd_angle", Tensor.of(ARENA, hd));
        return d;
    }

    @Test
    void trajectoryShowsTheEnvironmentThePathAndTheCostGrid() throws Exception {
        Map<String, Tensor> d = walk(1000, 1);
        d.put("walls", Tensor.of(ARENA, new float[] {0.5f, 0, 0.5f, 1}, 1, 4));
        d.put("holes", Tensor.of(ARENA, new float[] {0, 1.4f, 1.4f, 0, 1.8f, 1.4f, 0, 1.8f, 1.8f, 0, 1.4f, 1.8f},
                4, 3));
        BufferedImage plain = render("trajectory", d, Map.of(), "trajectory");
        assertEquals(300, plain.getWidth(), "3 inches at 100 dpi");
        Colormap viridis = Colormap.named("viridis");
        assertTrue(count(plain, viridis.rgb(0.05), 30) > 0 && count(plain, viridis.rgb(0.9), 30) > 0,
                "positions coloured from the start (dark) to the end (yellow)");
        assertTrue(count(plain, 0xc8c8c8, 2) > 50, "the hole is filled grey");
        int rows = 4;
        int cols = 4;
        float[] blocked = new float[rows * cols];
        blocked[0] = 1;
        blocked[5] = 1;
        d.put("blocked", Tensor.of(ARENA, blocked, rows, cols));
        d.put("x_edges", Tensor.of(ARENA, new float[] {0, 0.5f, 1, 1.5f, 2}));
        d.put("y_edges", Tensor.of(ARENA, new float[] {2, 1.5f, 1, 0.5f, 0}));
        BufferedImage grid = render("trajectory", d, Map.of(), "trajectory-cost-grid");
        int red = count(grid, org.jcanns.plot.render.Colors.blend(0xf94144, 0xffffff, 0.6), 3);
        assertTrue(red > 3000, "two blocked cells in the overlay's red at alpha 0.6, " + red + " pixels");
    }

    @Test
    void aSinglePositionIsTheStartDot() throws Exception {
        Map<String, Tensor> d = walk(1, 1);
        BufferedImage img = render("trajectory", d, Map.of(), "trajectory-start");
        assertTrue(count(img, 0x1f77b4, 10) > 20, "canns' tab:blue start dot");
    }

    @Test
    void trajectoryAnalysisHasThreePanels() throws Exception {
        BufferedImage img = render("trajectory-analysis", walk(800, 2), Map.of(), "trajectory-analysis");
        assertEquals(3600, img.getWidth(), "12 inches at 300 dpi");
        assertEquals(900, img.getHeight());
        int w = img.getWidth();
        assertTrue(count(img, 0x008000, 30, 0, 0, w / 5, 900) > 100, "green start marker in panel 1");
        assertTrue(count(img, 0xff0000, 30, 0, 0, w / 5, 900) > 100, "red end marker in panel 1");
        assertTrue(count(img, 0x009FB9, 10, w / 5, 0, 3 * w / 5, 900) > 2000, "smoothed speed line in panel 2");
        assertTrue(count(img, 0x009FB9, 10, 3 * w / 5, 0, w, 900) > 2000, "smoothed direction line in panel 3");
    }

    @Test
    void geodesicMatrixAndTheEmptyCase() throws Exception {
        int a = 30;
        float[] m = new float[a * a];
        for (int i = 0; i < a; i++) {
            for (int j = 0; j < a; j++) {
                m[i * a + j] = i < 25 && j < 25 ? Math.abs(i - j) * 0.1f : Float.POSITIVE_INFINITY;
            }
        }
        BufferedImage img = render("geodesic-distances", Map.of("distances", Tensor.of(ARENA, m, a, a)),
                Map.of("normalize", "true"), "geodesic");
        Colormap viridis = Colormap.named("viridis");
        assertTrue(count(img, viridis.rgb(0), 3) > 100, "zero distances on the diagonal");
        assertTrue(count(img, viridis.rgb(1), 3) > 10, "the largest normalised distance, 1");
        BufferedImage empty = render("geodesic-distances", Map.of("distances", Tensor.of(ARENA, new float[0], 0, 0)),
                Map.of(), "geodesic-empty");
        assertEquals(0, count(empty, viridis.rgb(0.5), 3), "no matrix");
        assertTrue(count(empty, 0x000000, 60) > 20, "the 'No traversable cells' text");
        assertThrows(IllegalArgumentException.class, () -> render("geodesic-distances",
                Map.of("distances", Tensor.of(ARENA, new float[6], 2, 3)), Map.of(), "bad"));
    }

    @Test
    void smoothingIsCannsNumpyCode() throws Exception {
        Path f = dir.resolve("smooth.npz");
        Python.run(Python.script("smoothing_reference.py"), f.toString());
        Map<String, NpyArray> z = Npz.load(f, ARENA);
        double[] speed = z.get("speed").toDoubles();
        double[] angles = z.get("angles").toDoubles();
        for (int w : new int[] {50, 7, 1}) {
            double[] s = Smoothing.movingAverage(speed, w);
            double[] ref = z.get("speed_" + w).toDoubles();
            for (int i = 0; i < s.length; i++) {
                assertEquals(ref[i], s[i], 1e-12, "speed window " + w + " at " + i);
            }
            double[] c = Smoothing.circularAverage(angles, w);
            double[] cref = z.get("angles_" + w).toDoubles();
            for (int i = 0; i < c.length; i++) {
                assertEquals(cref[i], c[i], 1e-12, "angles window " + w + " at " + i);
            }
        }
        assertArrayEquals(z.get("short_50").toDoubles(), Smoothing.movingAverage(java.util.Arrays.copyOf(speed, 20),
                50), "shorter than the window: unchanged");
    }
}
