package org.jcanns.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/** {@code jcanns plot}: figures from a simulate run, preset fields as options, one-line errors with exit code 2. */
class PlotCliTest {
    @TempDir
    static Path dir;
    static Path run;

    @BeforeAll
    static void simulate() {
        run = dir.resolve("run.npz");
        CliTest.Run r = CliTest.jcanns("simulate", "--model", "cann1d", "-p", "num=256", "--task",
                "smooth-tracking-1d", "-t", "iext=1,0.75,2,1.75,3", "-t", "duration=10,10,10,10", "--dt", "0.1",
                "--record", "u,r,inp", "--out", run.toString(), "-q");
        assertEquals(0, r.code(), r.err());
    }

    /** Frame count and the delay of every frame, read by the JDK's GIF decoder. */
    static int[] framesAndDelay(Path gif) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in, false);
            int n = reader.getNumImages(true);
            int delay = -1;
            for (int i = 0; i < n; i++) {
                IIOMetadata meta = reader.getImageMetadata(i);
                for (Node c = meta.getAsTree("javax_imageio_gif_image_1.0").getFirstChild(); c != null;
                     c = c.getNextSibling()) {
                    if (c.getNodeName().equals("GraphicControlExtension")) {
                        int d = Integer.parseInt(c.getAttributes().getNamedItem("delayTime").getNodeValue());
                        assertTrue(delay < 0 || d == delay, "one delay for all frames");
                        delay = d;
                    }
                }
            }
            return new int[] {n, delay, reader.getWidth(0), reader.getHeight(0)};
        }
    }

    @Test
    void energy1dGifHasEightyFramesOfFiveCentiseconds() throws Exception {
        Path gif = dir.resolve("landscape.gif");
        CliTest.Run r = CliTest.jcanns("plot", "energy-1d", "--in", run.toString(), "--state", "u", "--state", "inp",
                "--time-steps-per-second", "100", "--fps", "20", "--figsize", "5,3", "--out", gif.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("wrote " + gif), r.out());
        assertTrue(r.err().contains("figure=energy-1d-animation"), r.err());
        int[] info = framesAndDelay(gif);
        assertEquals(80, info[0]);
        assertEquals(5, info[1]);
        assertEquals(500, info[2]);
        assertEquals(300, info[3]);
    }

    @Test
    void stillsHonourDpiAndFigsize() throws Exception {
        Path png = dir.resolve("still.png");
        CliTest.Run r = CliTest.jcanns("plot", "energy-1d", "--in", run.toString(), "--state", "u", "--frame", "100",
                "--dpi", "50", "--title", "Step 100", "--out", png.toString());
        assertEquals(0, r.code(), r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(500, img.getWidth());
        assertEquals(300, img.getHeight());
        Path tuning = dir.resolve("tuning.png");
        r = CliTest.jcanns("plot", "tuning", "--in", run.toString(), "--neuron-indices", "170,200,230", "--dpi", "40",
                "--num-bins", "20", "--out", tuning.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(400, ImageIO.read(tuning.toFile()).getWidth());
        Path raster = dir.resolve("raster.png");
        r = CliTest.jcanns("plot", "raster", "--in", run.toString(), "--state", "r", "--threshold", "0.001",
                "--dpi", "40", "--out", raster.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(480, ImageIO.read(raster.toFile()).getWidth());
    }

    @Test
    void energy2dDrawsAThreeDimensionalState() throws Exception {
        Path run2 = dir.resolve("run2d.npz");
        float[] u = new float[20 * 8 * 10];
        for (int i = 0; i < u.length; i++) {
            u[i] = (float) Math.sin(i * 0.01);
        }
        Npz.save(run2, Map.of("u", NpyArray.ofFloats(u, 20, 8, 10)), false);
        Path gif = dir.resolve("heat.gif");
        CliTest.Run r = CliTest.jcanns("plot", "energy-2d", "--in", run2.toString(), "--time-steps-per-second", "10",
                "--fps", "5", "--dpi", "40", "--out", gif.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(10, framesAndDelay(gif)[0]);
        Path png = dir.resolve("heat.png");
        assertEquals(0, CliTest.jcanns("plot", "energy-2d", "--in", run2.toString(), "--dpi", "40", "--out",
                png.toString()).code());
        assertEquals(320, ImageIO.read(png.toFile()).getWidth());
    }

    @Test
    void demoWritesTheLandscapeGifAndTheTuningCurve(@TempDir Path out) throws Exception {
        CliTest.Run r = CliTest.jcanns("demo", "--out", out.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        Path gif = out.resolve("cann1d_energy_landscape.gif");
        Path png = out.resolve("cann1d_tuning_curve.png");
        assertTrue(r.out().contains("wrote " + gif) && r.out().contains("wrote " + png), r.out());
        int[] info = framesAndDelay(gif);
        assertEquals(80, info[0], "400 steps at 100 steps/s and 20 fps");
        assertEquals(5, info[1]);
        BufferedImage tuning = ImageIO.read(png.toFile());
        assertEquals(3000, tuning.getWidth(), "canns' figsize 10x6 at 300 dpi");
    }

    @Test
    void anyFigureTakesItsArraysByName() throws Exception {
        Path arrays = dir.resolve("spikes.npz");
        float[] spikes = new float[100 * 8];
        for (int i = 0; i < spikes.length; i += 3) {
            spikes[i] = 1;
        }
        Npz.save(arrays, Map.of("spikes", NpyArray.ofFloats(spikes, 100, 8)), false);
        Path png = dir.resolve("rate.png");
        CliTest.Run r = CliTest.jcanns("plot", "figure", "firing-rate", "--in", arrays.toString(), "--set", "dt=0.01",
                "--set", "mode=population", "--set", "dpi=30", "--out", png.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(360, ImageIO.read(png.toFile()).getWidth());
        r = CliTest.jcanns("plot", "figure", "firing-rate", "--in", arrays.toString(), "--out", png.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("'dt'"), r.err());
        r = CliTest.jcanns("plot", "figure", "theta-sweep", "--in", arrays.toString(), "--set", "env_size=1",
                "--set", "mapping_ratio=5", "--out", dir.resolve("s.gif").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("'position'"), r.err());
    }

    @Test
    void helpListsThePresetFieldsAsOptions() {
        CliTest.Run r = CliTest.jcanns("plot", "energy-1d", "--help");
        assertEquals(0, r.code());
        for (String opt : List.of("--time-steps-per-second", "--fps", "--figsize", "--title", "--dpi", "--repeat")) {
            assertTrue(r.out().contains(opt), opt + " in\n" + r.out());
        }
        assertTrue(r.out().contains("(still),") && r.out().contains("Evolving 1D Energy Landscape"), r.out());
    }

    @Test
    void badInputExitsTwoWithOneLineAndWritesNothing() {
        Path out = dir.resolve("bad.gif");
        CliTest.Run r = CliTest.jcanns("plot", "energy-1d", "--in", run.toString(), "--state", "v", "--out",
                out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no array 'v'") && r.err().contains("u, r, inp"), r.err());
        r = CliTest.jcanns("plot", "energy-3d", "--in", run.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        r = CliTest.jcanns("plot", "energy-1d", "--in", run.toString(), "--state", "u", "--fps", "0", "--out",
                out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("fps"), r.err());
        r = CliTest.jcanns("plot", "energy-1d", "--in", run.toString(), "--state", "u",
                "--time-steps-per-second", "1000000", "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("less than one frame"), r.err());
        r = CliTest.jcanns("plot", "energy-1d", "--in", run.toString(), "--state", "u", "--fps", "10", "--out",
                dir.resolve("still-with-fps.png").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown parameter 'fps'"), r.err());
        r = CliTest.jcanns("plot", "tuning", "--in", run.toString(), "--out", dir.resolve("t.png").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("neuron_indices"), r.err());
        r = CliTest.jcanns("plot", "energy-1d", "--in", run.toString(), "--state", "u", "--out",
                dir.resolve("missing/dir/x.gif").toString());
        assertEquals(2, r.code());
        assertTrue(Files.notExists(out));
        assertTrue(new File(dir.toFile(), "t.png").exists() == false);
    }
}
