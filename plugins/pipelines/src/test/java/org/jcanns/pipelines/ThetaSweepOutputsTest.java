package org.jcanns.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jcanns.core.registry.Registry;
import org.jcanns.pipelines.trajectory.Trajectory;
import org.jcanns.pipelines.trajectory.TrajectoryFiles;
import org.jcanns.spi.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline's figures at canns' sizes, decoded: trajectory_analysis.png (12 × 3 in at 300 dpi),
 * population_activity.png (10 × 4 in at 300 dpi, the jet activity image), theta_sweep_animation.gif (one frame per
 * 10 steps, 12 × 3 in at the animation dpi). Runs on canns' external trajectory when the shared data folder is
 * there, else on a generated one; copies of the outputs are left in target/ for inspection.
 */
class ThetaSweepOutputsTest {
    private static final Path EXTERNAL = Path.of("..", "..", "..", "shared", "data", "external_trajectory.npz");

    @TempDir
    Path dir;

    @Test
    void figuresAndAnimationDecode() throws Exception {
        boolean external = Files.isRegularFile(EXTERNAL);
        Trajectory t = external ? TrajectoryFiles.read(EXTERNAL, "x", "y", "time")
                : ThetaSweepPipelineTest.generated(300);
        Map<String, String> options = external ? Map.of("env_size", "1.6", "animation_dpi", "60")
                : Map.of("env_size", "1.5", "gc", "num_gc_x=40", "animation_dpi", "60");
        try (Registry registry = Registry.discover()) {
            Map<String, Object> r = new ThetaSweepPipeline(registry, t, ThetaSweepSettings.parse(options))
                    .run(dir, ProgressListener.NONE);
            BufferedImage analysis = ImageIO.read(((Path) r.get("trajectory_analysis")).toFile());
            assertEquals(3600, analysis.getWidth());
            assertEquals(900, analysis.getHeight());
            BufferedImage population = ImageIO.read(((Path) r.get("population_activity")).toFile());
            assertEquals(3000, population.getWidth());
            assertEquals(1200, population.getHeight());
            int blue = 0;
            for (int y = 0; y < population.getHeight(); y += 4) {
                for (int x = 0; x < population.getWidth(); x += 4) {
                    int p = population.getRGB(x, y) & 0xffffff;
                    blue += (p & 0xff) > 100 && (p >> 16) < 40 ? 1 : 0;
                }
            }
            assertTrue(blue > 10_000, "the jet image of the direction cells' activity, " + blue + " sampled pixels");
            Path gif = (Path) r.get("animation_path");
            try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
                ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
                reader.setInput(in);
                assertEquals((t.length() + 9) / 10, reader.getNumImages(true), "one frame per 10 steps");
                BufferedImage first = reader.read(0);
                assertEquals(720, first.getWidth(), "12 inches at 60 dpi");
                assertEquals(180, first.getHeight());
                ImageIO.write(reader.read(reader.getNumImages(false) / 2), "png",
                        Path.of("target", "pipeline-animation-middle-frame.png").toFile());
            }
            for (String key : new String[] {"trajectory_analysis", "population_activity", "animation_path"}) {
                Path p = (Path) r.get(key);
                Files.copy(p, Path.of("target", "pipeline-" + p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
