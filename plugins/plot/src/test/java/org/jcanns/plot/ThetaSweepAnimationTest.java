package org.jcanns.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jcanns.plot.figure.ThetaSweepAnimation;
import org.jcanns.plot.render.Axes;
import org.jcanns.spi.Tensor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theta-sweep animation on synthetic data whose grid-cell bump sits at the animal's phase: decoded frame
 * count, size and delay, the position marker on its pixel, and the bump tiled back onto the animal in real space.
 */
class ThetaSweepAnimationTest {
    private static final Arena ARENA = Arena.ofShared();
    static final double ENV = 1.5;
    static final double RATIO = 5;

    @AfterAll
    static void free() {
        ARENA.close();
    }

    private static double wrap(double q) {
        double m = (q + Math.PI) % (2 * Math.PI);
        return (m < 0 ? m + 2 * Math.PI : m) - Math.PI;
    }

    /** A circular walk; direction cells tuned to the heading; a grid bump at position2phase(position). */
    static ThetaSweepAnimation.Data synthetic(int steps, int side, int dc) {
        Tensor pos = Tensor.allocate(ARENA, steps, 2);
        Tensor dir = Tensor.allocate(ARENA, steps);
        Tensor dcAct = Tensor.allocate(ARENA, steps, dc);
        Tensor gc = Tensor.allocate(ARENA, steps, side * side);
        double s3 = Math.sqrt(3);
        for (int t = 0; t < steps; t++) {
            double a = 2 * Math.PI * t / steps;
            double x = 0.75 + 0.45 * Math.cos(a);
            double y = 0.75 + 0.45 * Math.sin(a);
            pos.set(t, 0, (float) x);
            pos.set(t, 1, (float) y);
            double heading = wrap(a + Math.PI / 2);
            dir.set(t, (float) heading);
            for (int k = 0; k < dc; k++) {
                double theta = -Math.PI + 2 * Math.PI * k / dc;
                dcAct.set(t, k, (float) Math.exp(3 * (Math.cos(theta - heading) - 1)));
            }
            // Phase of the position on the twisted torus (canns' position2phase).
            double qx = wrap(RATIO * x - RATIO * y / s3);
            double qy = wrap(2 / s3 * RATIO * y);
            for (int k = 0; k < side * side; k++) {
                double gx = -Math.PI + 2 * Math.PI * (k % side) / side;
                double gy = -Math.PI + 2 * Math.PI * (k / side) / side;
                double dx = wrap(gx - qx);
                double dy = wrap(gy - qy);
                double ux = dx + 0.5 * dy;
                double uy = s3 / 2 * dy;
                gc.set(t, k, (float) Math.exp(-(ux * ux + uy * uy) / (2 * 0.5 * 0.5)));
            }
        }
        return new ThetaSweepAnimation.Data(pos, dir, dcAct, gc, null);
    }

    static PlotConfig config() {
        return PlotConfigs.thetaSweepAnimation(Map.of("env_size", ENV, "mapping_ratio", RATIO));
    }

    @Test
    void framesMarkersAndTheRealSpaceBumpLandWhereTheAnimalIs(@TempDir Path dir) throws Exception {
        int steps = 100;
        ThetaSweepAnimation.Data data = synthetic(steps, 100, 100);
        ThetaSweepAnimation a = ThetaSweepAnimation.of(data, config());
        Path out = dir.resolve("sweep.gif");
        long[] last = new long[2];
        ThetaSweepAnimation.animate(data, config(), out, 2, (d, t) -> {
            last[0] = d;
            last[1] = t;
        });
        DecodedGif gif = DecodedGif.read(out);
        assertEquals(10, gif.frames().size(), "every 10th of 100 steps");
        assertEquals(1800, gif.width());
        assertEquals(450, gif.height());
        assertTrue(gif.delays().stream().allMatch(d -> d == 10), "fps 10: " + gif.delays());
        assertEquals(10, last[0]);
        ImageIO.write(gif.frames().get(3), "png", Path.of("target", "theta-sweep-frame3.png").toFile());
        Axes traj = a.trajectoryAxes();
        Axes real = a.realSpaceAxes();
        for (int f : new int[] {0, 3, 7}) {
            BufferedImage img = gif.frames().get(f);
            double x = data.position().get(f * 10, 0);
            double y = data.position().get(f * 10, 1);
            int marker = img.getRGB((int) traj.px(x), (int) traj.py(y)) & 0xffffff;
            assertTrue(((marker >> 16) & 0xff) > 200 && ((marker >> 8) & 0xff) < 90, "red marker, frame " + f);
            // 12 px from the animal in real space: inside the tiled bump (warm jet colours).
            int warm = 0;
            int cold = 0;
            for (int k = 0; k < 8; k++) {
                double ang = 2 * Math.PI * k / 8;
                int rgb = img.getRGB((int) (real.px(x) + 12 * Math.cos(ang)), (int) (real.py(y) + 12 * Math.sin(ang)));
                if (((rgb >> 16) & 0xff) > 180 && (rgb & 0xff) < 120) {
                    warm++;
                }
                // Half a grid period away (phase distance π): low activity, blue.
                double far = 2 * Math.PI / RATIO / 2;
                int u = (int) real.px(Math.min(ENV - 0.01, Math.max(0.01, x + far * Math.cos(ang))));
                int v = (int) real.py(Math.min(ENV - 0.01, Math.max(0.01, y + far * Math.sin(ang))));
                int rgb2 = img.getRGB(u, v);
                if ((rgb2 & 0xff) > 150 && ((rgb2 >> 16) & 0xff) < 120) {
                    cold++;
                }
            }
            assertTrue(warm >= 6, "frame " + f + ": warm pixels around the animal: " + warm);
            assertTrue(cold >= 4, "frame " + f + ": cold pixels half a period away: " + cold);
        }
    }

    @Test
    void mismatchedArraysAreRefused() {
        ThetaSweepAnimation.Data ok = synthetic(20, 20, 12);
        var frames = assertThrows(IllegalArgumentException.class, () -> ThetaSweepAnimation.of(
                new ThetaSweepAnimation.Data(ok.position(), ok.direction(), ok.dcActivity(),
                        Tensor.allocate(ARENA, 19, 400), null), config()));
        assertTrue(frames.getMessage().contains("frame count"), frames.getMessage());
        var square = assertThrows(IllegalArgumentException.class, () -> ThetaSweepAnimation.of(
                new ThetaSweepAnimation.Data(ok.position(), ok.direction(), ok.dcActivity(),
                        Tensor.allocate(ARENA, 20, 399), null), config()));
        assertTrue(square.getMessage().contains("n*n"), square.getMessage());
        var missing = assertThrows(IllegalArgumentException.class, () -> PlotConfigs.thetaSweepAnimation(Map.of()));
        assertTrue(missing.getMessage().contains("env_size"), missing.getMessage());
    }
}
