package org.jcanns.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jcanns.plot.figure.Projection3D;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 3-D projection: points in every panel, where the camera puts them, and a turning GIF. */
class Projection3DTest {
    @TempDir
    Path dir;

    /** A ring in the x-y plane, radius 1, at z = 0, plus one point above its edge. */
    private static Tensor ring(Arena arena, int m) {
        Tensor t = Tensor.allocate(arena, m + 1, 3);
        t.set(3L * m, 1f);
        for (int i = 0; i < m; i++) {
            double a = 2 * Math.PI * i / m;
            t.set(3L * i, (float) Math.cos(a));
            t.set(3L * i + 1, (float) Math.sin(a));
            t.set(3L * i + 2, 0f);
        }
        t.set(3L * m + 2, 1f);
        return t;
    }

    private static boolean blue(int rgb) {
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        return b > 150 && b - r > 40 && b - g > 20;
    }

    @Test
    void everyPanelShowsTheCloud() throws Exception {
        try (Arena arena = Arena.ofConfined()) {
            PlotConfig config = PlotConfigs.projection3d(Map.of("dpi", 60.0, "marker_size", 16.0, "alpha", 1.0));
            Path out = Projection3D.plot(ring(arena, 400), config, dir.resolve("p.png"));
            BufferedImage img = ImageIO.read(out.toFile());
            assertEquals(600, img.getWidth());
            assertEquals(480, img.getHeight());
            int[] perQuadrant = new int[4];
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    if (blue(img.getRGB(x, y))) {
                        perQuadrant[(y * 2 / img.getHeight()) * 2 + x * 2 / img.getWidth()]++;
                    }
                }
            }
            for (int q = 0; q < 4; q++) {
                assertTrue(perQuadrant[q] > 100, "panel " + q + " has the points: " + perQuadrant[q]);
            }
        }
    }

    @Test
    void aTopViewShowsTheRingAsACircle() throws Exception {
        try (Arena arena = Arena.ofConfined()) {
            PlotConfig config = PlotConfigs.projection3d(Map.of("dpi", 60.0, "elev", 89.9, "marker_size", 16.0, "alpha", 1.0,
                    "azims", new double[] {-90}));
            BufferedImage img = Projection3D.draw(ring(arena, 2000), config);
            // Looking straight down, the ring's blue pixels surround an empty centre.
            long sx = 0;
            long sy = 0;
            int count = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    if (blue(img.getRGB(x, y))) {
                        sx += x;
                        sy += y;
                        count++;
                    }
                }
            }
            assertTrue(count > 300, "points drawn: " + count);
            int cx = (int) (sx / count);
            int cy = (int) (sy / count);
            for (int dy = -5; dy <= 5; dy++) {
                for (int dx = -5; dx <= 5; dx++) {
                    assertFalse(blue(img.getRGB(cx + dx, cy + dy)), "the ring's centre is empty");
                }
            }
        }
    }

    @Test
    void theAnimationTurnsOnceAround() throws Exception {
        try (Arena arena = Arena.ofShared()) {
            PlotConfig config = PlotConfigs.projection3dAnimation(Map.of("frames", 8));
            Path out = Projection3D.animate(ring(arena, 300), config, dir.resolve("p.gif"), 2,
                    ProgressListener.NONE);
            DecodedGif gif = DecodedGif.read(out);
            assertEquals(8, gif.frames().size());
            assertEquals(10, gif.delays().get(0));
            assertTrue(gif.loopsForever());
            assertFalse(same(gif.frames().get(0), gif.frames().get(2)), "the view turns");
        }
    }

    @Test
    void fewerThanThreeColumnsAreRefused() {
        try (Arena arena = Arena.ofConfined()) {
            Tensor flat = Tensor.allocate(arena, 10, 2);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Projection3D.draw(flat, PlotConfigs.projection3d(Map.of())));
            assertEquals("3D projection: points must be (M, 3) with M >= 1, got [10, 2]", e.getMessage());
        }
    }

    private static boolean same(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
