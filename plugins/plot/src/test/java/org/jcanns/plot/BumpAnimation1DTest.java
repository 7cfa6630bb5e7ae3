package org.jcanns.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.testing.Python;
import org.jcanns.plot.figure.BumpAnimation1D;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** canns' bump animation: its series and radii as numpy computes them, and a streamed GIF with a frame per time. */
class BumpAnimation1DTest {
    @TempDir
    static Path dir;

    private static Map<String, double[]> reference() throws Exception {
        Path out = dir.resolve("bump_animation.npz");
        Python.run(Python.script("bump_animation_reference.py"), out.toString());
        Map<String, double[]> ref = new HashMap<>();
        try (Arena arena = Arena.ofConfined()) {
            for (Map.Entry<String, NpyArray> e : Npz.load(out, arena).entrySet()) {
                ref.put(e.getKey(), e.getValue().toDoubles());
            }
        }
        return ref;
    }

    private static Tensor fits(double[] rows, Arena arena) {
        float[] f = new float[rows.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) rows[i];
        }
        return Tensor.of(arena, f, rows.length / 4, 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"strongest", "first"})
    void seriesAndRadiiAreCannsOnes(String selection) throws Exception {
        Map<String, double[]> ref = reference();
        try (Arena arena = Arena.ofConfined()) {
            // The fits go through float32 tensors (the plot backend's arrays): compare at float32 resolution.
            Tensor fits = fits(ref.get("fits"), arena);
            double[] rounded = new double[ref.get("fits").length];
            for (int i = 0; i < rounded.length; i++) {
                rounded[i] = fits.get(i);
            }
            assertArrayEquals(ref.get("fits"), rounded, 1e-6);
            PlotConfig config = PlotConfigs.cann1dBumpAnimation(Map.of("bump_selection", selection));
            BumpAnimation1D.Series s = BumpAnimation1D.series(fits, config);
            assertEquals(15, s.frames(), "one frame per unique time");
            assertArrayEquals(ref.get(selection + "_positions"), s.positions(), 1e-5);
            assertArrayEquals(ref.get(selection + "_heights"), s.heights(), 1e-5);
            double[] widths = new double[s.frames()];
            for (int f = 0; f < widths.length; f++) {
                widths[f] = s.widths()[f];
            }
            assertArrayEquals(ref.get(selection + "_widths"), widths, 0.0);
            double[] radius = ref.get(selection + "_radius");
            for (int f = 0; f < s.frames(); f++) {
                assertArrayEquals(java.util.Arrays.copyOfRange(radius, f * 300, (f + 1) * 300),
                        BumpAnimation1D.radius(s, f, 300), 1e-5, "frame " + f);
            }
        }
    }

    @Test
    void writesOneGifFramePerTimePlayedOnceAt5Fps() throws Exception {
        Map<String, double[]> ref = reference();
        Path out = dir.resolve("bump.gif");
        try (Arena arena = Arena.ofConfined()) {
            Java2dPlotBackend backend = new Java2dPlotBackend(2);
            long[] progress = new long[1];
            backend.render("bump-1d-animation", Map.of("fits", fits(ref.get("fits"), arena)),
                    backend.options("bump-1d-animation").parse(Map.of("nframes", "10")), out,
                    (ProgressListener) (d, t) -> progress[0] = d * 100 + t);
            assertEquals(10 * 100 + 10, progress[0]);
        }
        DecodedGif gif = DecodedGif.read(out);
        assertEquals(10, gif.frames().size(), "nframes limits the frames");
        assertEquals(400, gif.width());
        assertEquals(20, gif.delays().getFirst(), "5 fps: 20 cs");
        assertFalse(gif.loopsForever(), "canns' preset: repeat False");
        int red = 0;
        for (int p : gif.frames().get(3).getRGB(0, 0, 400, 400, null, 0, 400)) {
            red += (p & 0xffffff) == 0xff0000 ? 1 : 0;
        }
        assertTrue(red > 200, "the bump curve is drawn in red: " + red + " pixels");
    }

    @Test
    void emptyOrMisshapenFitsAreRefused() {
        try (Arena arena = Arena.ofConfined()) {
            PlotConfig config = PlotConfigs.cann1dBumpAnimation(Map.of());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> BumpAnimation1D.series(Tensor.allocate(arena, 0, 4), config));
            assertEquals("1D bump animation: no bump data provided (fits has no rows)", e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> BumpAnimation1D.series(Tensor.allocate(arena, 3, 3),
                    config));
        }
    }
}
