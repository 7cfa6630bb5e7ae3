package org.jcanns.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jcanns.core.registry.Registry;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.plot.PlotBackend;
import org.jcanns.spi.plot.PlotBackendProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every figure through the SPI as a plugin user sees it: found by the registry, options, PNG/GIF out, errors. */
class BackendFiguresTest {
    private static final Arena ARENA = Arena.ofShared();
    private static PlotBackend backend;
    @TempDir
    static Path dir;

    @BeforeAll
    static void discover() throws Exception {
        try (Registry r = Registry.discover()) {
            PlotBackendProvider p = r.plotBackends().get("java2d");
            backend = p.create(p.parameters().parse(Map.of("threads", "2")));
        }
    }

    @AfterAll
    static void free() {
        ARENA.close();
    }

    private static Tensor tensor(int... shape) {
        return Tensor.allocate(ARENA, shape);
    }

    private static BufferedImage render(String figure, Map<String, Tensor> data, Map<String, String> options)
            throws Exception {
        Path out = dir.resolve(figure + ".png");
        backend.render(figure, data, backend.options(figure).parse(options), out, ProgressListener.NONE);
        Files.copy(out, Path.of("target", "figure-" + figure + ".png"), StandardCopyOption.REPLACE_EXISTING);
        return ImageIO.read(out.toFile());
    }

    private static int count(BufferedImage img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void everyFigureIsListedWithItsPresetOptions() {
        assertEquals(List.of("energy-1d", "energy-1d-animation", "energy-2d", "energy-2d-animation", "raster",
                "firing-rate", "tuning", "theta-population", "direction-polar", "grid-manifold", "theta-sweep",
                "bump-1d-animation", "projection-3d", "projection-3d-animation", "torus-bump", "trajectory",
                "trajectory-analysis", "geodesic-distances"),
                backend.figures());
        assertEquals(30.0, backend.options("energy-1d-animation").defaults().getDouble("fps"));
        assertEquals(1000.0, backend.options("energy-1d-animation").defaults().getDouble("time_steps_per_second"));
        assertEquals("Raster Plot", backend.options("raster").defaults().getString("title"));
        assertEquals(50, backend.options("tuning").parse(Map.of("neuron_indices", "1")).getInt("num_bins"));
    }

    @Test
    void rasterBlockPaintsOneCellPerSpikeInTheChosenColour() throws Exception {
        Tensor spikes = tensor(50, 20);
        for (int t = 0; t < 50; t++) {
            spikes.set(t, t % 20, 1f);
        }
        BufferedImage block = render("raster", Map.of("spikes", spikes), Map.of("color", "#ff0000", "dpi", "100",
                "figsize", "6,3"));
        assertEquals(600, block.getWidth());
        int red = count(block, 0xff0000);
        // 50 spikes, each a cell of (plot width / 50) x (plot height / 20) pixels: roughly 40 % of 1/20 of the box.
        assertTrue(red > 50 * 40 && red < 50 * 400, "red pixels " + red);
        Tensor none = tensor(50, 20);
        assertEquals(0, count(render("raster", Map.of("spikes", none), Map.of("color", "#ff0000", "dpi", "100")),
                0xff0000));
        BufferedImage scatter = render("raster", Map.of("spikes", spikes), Map.of("mode", "scatter", "dpi", "100",
                "color", "#0000ff", "marker_size", "30"));
        int bluish = 0;
        for (int y = 0; y < scatter.getHeight(); y++) {
            for (int x = 0; x < scatter.getWidth(); x++) {
                int c = scatter.getRGB(x, y);
                bluish += (c & 0xff) > 200 && ((c >> 16) & 0xff) < 150 ? 1 : 0;
            }
        }
        assertTrue(bluish > 50 * 5, "scatter ticks drawn: " + bluish);
    }

    @Test
    void staticFiguresRenderAtTheirSize() throws Exception {
        int steps = 400;
        Tensor stim = tensor(steps);
        Tensor rates = tensor(steps, 64);
        Tensor pref = tensor(64);
        for (int i = 0; i < 64; i++) {
            pref.set(i, (float) (-Math.PI + 2 * Math.PI * i / 64));
        }
        for (int t = 0; t < steps; t++) {
            double s = -Math.PI + 2 * Math.PI * t / steps;
            stim.set(t, (float) s);
            for (int i = 0; i < 64; i++) {
                double d = Math.IEEEremainder(s - pref.get(i), 2 * Math.PI);
                rates.set(t, i, (float) Math.exp(-d * d / 0.3));
            }
        }
        BufferedImage tuning = render("tuning", Map.of("stimulus", stim, "rates", rates, "pref_stim", pref),
                Map.of("neuron_indices", "16,32,48", "dpi", "100"));
        assertEquals(1000, tuning.getWidth());
        assertEquals(600, tuning.getHeight());

        Tensor z = tensor(30, 40);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                z.set(y, x, (float) Math.exp(-((x - 10) * (x - 10) + (y - 20) * (y - 20)) / 30.0));
            }
        }
        assertEquals(560, render("energy-2d", Map.of("z", z), Map.of("dpi", "70")).getWidth());

        Tensor time = tensor(steps);
        Tensor phase = tensor(steps);
        Tensor dir = tensor(steps);
        Tensor act = tensor(steps, 60);
        for (int t = 0; t < steps; t++) {
            time.set(t, t * 0.001f);
            phase.set(t, (float) Math.IEEEremainder(2 * Math.PI * t / 100.0, 2 * Math.PI));
            double h = Math.IEEEremainder(t * 0.03, 2 * Math.PI);
            dir.set(t, (float) h);
            for (int k = 0; k < 60; k++) {
                double d = Math.IEEEremainder(-Math.PI + 2 * Math.PI * k / 60 - h, 2 * Math.PI);
                act.set(t, k, (float) Math.exp(-d * d / 0.2));
            }
        }
        render("theta-population", Map.of("time", time, "theta_phase", phase, "activity", act, "direction", dir),
                Map.of("dpi", "100"));

        Tensor bins = tensor(60);
        Tensor one = tensor(60);
        for (int k = 0; k < 60; k++) {
            bins.set(k, (float) (-Math.PI + 2 * Math.PI * k / 60));
            one.set(k, act.get(100, k));
        }
        Tensor truth = Tensor.of(ARENA, new float[] {dir.get(100)});
        render("direction-polar", Map.of("direction_bins", bins, "activity", one, "true_direction", truth),
                Map.of("dpi", "100"));

        int side = 50;
        Tensor points = tensor(side * side, 2);
        Tensor gc = tensor(side * side);
        for (int k = 0; k < side * side; k++) {
            double gx = -Math.PI + 2 * Math.PI * (k % side) / side;
            double gy = -Math.PI + 2 * Math.PI * (k / side) / side;
            points.set(k, 0, (float) (gx + 0.5 * gy));
            points.set(k, 1, (float) (Math.sqrt(3) / 2 * gy));
            gc.set(k, (float) Math.exp(-(gx * gx + gy * gy) / 0.5));
        }
        render("grid-manifold", Map.of("points", points, "activity", gc), Map.of("dpi", "100"));

        Tensor spikes = tensor(200, 30);
        for (int t = 0; t < 200; t++) {
            for (int n = 0; n < 30; n++) {
                if ((t * 7 + n * 13) % 11 == 0) {
                    spikes.set(t, n, 1f);
                }
            }
        }
        for (String mode : new String[] {"per_neuron", "population"}) {
            render("firing-rate", Map.of("spikes", spikes), Map.of("mode", mode, "dt", "0.001", "dpi", "100"));
        }
    }

    @Test
    void badRequestsNameWhatIsWrong() {
        var unknown = assertThrows(IllegalArgumentException.class, () -> backend.options("energy-3d"));
        assertTrue(unknown.getMessage().contains("energy-1d"), unknown.getMessage());
        Map<String, Tensor> noStim = new LinkedHashMap<>();
        noStim.put("rates", tensor(10, 4));
        var missing = assertThrows(IllegalArgumentException.class, () -> backend.render("tuning", noStim,
                backend.options("tuning").parse(Map.of("neuron_indices", "1")), dir.resolve("t.png"),
                ProgressListener.NONE));
        assertTrue(missing.getMessage().contains("'stimulus'"), missing.getMessage());
        var ext = assertThrows(IllegalArgumentException.class, () -> backend.render("raster",
                Map.of("spikes", tensor(3, 3)), backend.options("raster").defaults(), dir.resolve("r.gif"),
                ProgressListener.NONE));
        assertTrue(ext.getMessage().contains(".png"), ext.getMessage());
        var empty = assertThrows(IllegalArgumentException.class, () -> backend.render("raster",
                Map.of("spikes", tensor(0, 3)), backend.options("raster").defaults(), dir.resolve("r.png"),
                ProgressListener.NONE));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
        assertTrue(Files.notExists(dir.resolve("r.png")));
    }
}
