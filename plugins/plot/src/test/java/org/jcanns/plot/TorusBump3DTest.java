package org.jcanns.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.testing.Python;
import org.jcanns.plot.figure.TorusBump3D;
import org.jcanns.plot.figure.TorusMaps;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The torus animation: its maps equal canns' (torus_reference.py, scipy), and the GIF shows a moving bright bump. */
class TorusBump3DTest {
    @TempDir
    Path dir;

    /** A bump drifting along the first angle, decoded every other bin of 900, with activity noise. */
    private static double[][] drifting(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int k = 450;
        double[] coords = new double[2 * k];
        double[] times = new double[k];
        double[] activity = new double[900];
        for (int b = 0; b < activity.length; b++) {
            activity[b] = rng.nextInt(5);
        }
        for (int i = 0; i < k; i++) {
            times[i] = 2.0 * i;
            coords[2 * i] = (1.0 + 3.0 * i / k + 0.2 * rng.nextGaussian() + 4 * Math.PI) % (2 * Math.PI);
            coords[2 * i + 1] = (2.0 + 0.2 * rng.nextGaussian() + 2 * Math.PI) % (2 * Math.PI);
        }
        return new double[][] {coords, times, activity};
    }

    @Test
    void mapsAsCanns() throws Exception {
        double[][] d = drifting(1);
        Path in = dir.resolve("in.npz");
        Npz.save(in, Map.of("coords", NpyArray.ofDoubles(d[0], d[1].length, 2), "times", NpyArray.ofDoubles(d[1]),
                "activity", NpyArray.ofDoubles(d[2])), false);
        Path out = dir.resolve("maps.npz");
        // Two frames (the second averaged with the first): canns' smoothing is a direct 2-D convolution, seconds per frame in scipy.
        Python.run(Python.script("torus_reference.py"), "maps", in.toString(), out.toString(), "2");
        double[] expected;
        int[] shape;
        try (Arena arena = Arena.ofConfined()) {
            NpyArray maps = Npz.load(out, arena).get("maps");
            expected = maps.toDoubles();
            shape = maps.shape();
        }
        int[] times = new int[d[1].length];
        for (int i = 0; i < times.length; i++) {
            times[i] = (int) d[1][i];
        }
        List<TorusMaps.Frame> frames = TorusMaps.frames(d[0], times, d[2], 51, 300, 5, 2);
        assertEquals(shape[0], frames.size());
        assertEquals(2, frames.size());
        assertEquals(49, shape[1]);
        for (int f = 0; f < frames.size(); f++) {
            double[] want = java.util.Arrays.copyOfRange(expected, f * 49 * 49, (f + 1) * 49 * 49);
            double scale = java.util.Arrays.stream(want).map(Math::abs).max().orElse(1);
            assertArrayEquals(want, frames.get(f).map(), 1e-9 * scale, "frame " + f);
        }
    }

    @Test
    void nanAwareSmoothingAsCanns() throws Exception {
        SplittableRandom rng = new SplittableRandom(2);
        int n = 21;
        double[] img = new double[n * n];
        for (int i = 0; i < img.length; i++) {
            img[i] = rng.nextDouble() < 0.15 ? Double.NaN : rng.nextDouble();
        }
        for (int i = 5; i < 9; i++) {
            for (int j = 5; j < 9; j++) {
                img[i * n + j] = Double.NaN;
            }
        }
        Path in = dir.resolve("img.npz");
        Npz.save(in, Map.of("img", NpyArray.ofDoubles(img, n, n)), false);
        Path out = dir.resolve("smooth.npz");
        Python.run(Python.script("torus_reference.py"), "smooth", in.toString(), out.toString());
        double[] expected;
        try (Arena arena = Arena.ofConfined()) {
            expected = Npz.load(out, arena).get("smooth").toDoubles();
        }
        double[] actual = TorusMaps.smoothImage(img, n, n, 4.0);
        for (int i = 0; i < expected.length; i++) {
            if (Double.isInfinite(expected[i])) {
                assertEquals(expected[i], actual[i], "pixel " + i + " is left out");
            } else {
                assertEquals(expected[i], actual[i], 1e-12, "pixel " + i);
            }
        }
    }

    @Test
    void theGifShowsTheBumpMovingOverTheTorus() throws Exception {
        double[][] d = drifting(3);
        try (Arena arena = Arena.ofShared()) {
            Tensor coords = Tensor.allocate(arena, d[1].length, 2);
            Tensor times = Tensor.allocate(arena, d[1].length);
            Tensor activity = Tensor.allocate(arena, d[2].length);
            for (int i = 0; i < d[0].length; i++) {
                coords.set(i, (float) d[0][i]);
            }
            for (int i = 0; i < d[1].length; i++) {
                times.set(i, (float) d[1][i]);
            }
            for (int i = 0; i < d[2].length; i++) {
                activity.set(i, (float) d[2][i]);
            }
            PlotConfig config = PlotConfigs.torusAnimation(Map.of("dpi", 40.0, "frame_step", 30));
            Path out = TorusBump3D.animate(coords, times, activity, config, dir.resolve("torus.gif"), 2,
                    ProgressListener.NONE);
            DecodedGif gif = DecodedGif.read(out);
            assertEquals(20, gif.frames().size(), "frames while a 300-bin window fits in 900 bins at step 30");
            assertEquals(20, gif.delays().get(0), "5 fps");
            assertEquals(320, gif.width());
            double[] first = yellowCentre(gif.frames().get(0));
            double[] last = yellowCentre(gif.frames().get(19));
            assertTrue(first[2] > 10 && last[2] > 10, "the bump is drawn: " + first[2] + ", " + last[2]);
            double moved = Math.hypot(first[0] - last[0], first[1] - last[1]);
            assertTrue(moved > 10, "the bump moves between the first and last frames: " + moved + " px");
            assertTrue(purple(gif.frames().get(0)) > 2000, "the rest of the torus is dark");
        }
    }

    /** Centre and count of viridis' top end (yellow-green) pixels. */
    private static double[] yellowCentre(BufferedImage img) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                if (r > 170 && g > 200 && b < 100) {
                    sx += x;
                    sy += y;
                    n++;
                }
            }
        }
        return new double[] {sx / Math.max(1, n), sy / Math.max(1, n), n};
    }

    private static int purple(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if ((rgb >> 16 & 0xff) > 50 && (rgb >> 16 & 0xff) < 90 && (rgb & 0xff) > 70 && (rgb >> 8 & 0xff) < 40) {
                    n++;
                }
            }
        }
        return n;
    }
}
