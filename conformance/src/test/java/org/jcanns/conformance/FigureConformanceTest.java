package org.jcanns.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jcanns.core.registry.Registry;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.plot.FigureArray;
import org.jcanns.spi.plot.PlotBackend;
import org.jcanns.spi.plot.PlotBackendProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every figure of every plot backend the registry lists, rendered from small seeded arrays built from the shapes
 * its required arrays declare ({@link PlotBackend#arrays}), with its default options (required ones filled): the file decodes as an image of the
 * declared format and is not blank. A new figure is covered without a new test.
 */
class FigureConformanceTest {
    /**
     * Sizes for the dimension symbols figures use (products such as "n*n" are evaluated from these); 100 steps make
     * three frames at the animation presets' default 1000 steps/s and 30 fps.
     */
    private static final Map<String, Integer> SIZES = Map.ofEntries(Map.entry("T", 100), Map.entry("N", 16),
            Map.entry("X", 8), Map.entry("Y", 8), Map.entry("Ndc", 16), Map.entry("n", 4), Map.entry("F", 12),
            Map.entry("A", 10), Map.entry("M", 40), Map.entry("K", 60));
    private static final Registry REGISTRY = Registry.discover();

    @TempDir
    static Path dir;

    @AfterAll
    static void close() {
        REGISTRY.close();
    }

    @TestFactory
    Stream<DynamicTest> everyFigureRendersFromItsDeclaredArrays() {
        return REGISTRY.plotBackends().names().stream().flatMap(name -> {
            PlotBackendProvider provider = REGISTRY.plotBackends().get(name);
            PlotBackend backend = provider.create(provider.parameters().defaults());
            return backend.figures().stream().map(figure -> DynamicTest.dynamicTest(name + " " + figure,
                    () -> render(backend, figure)));
        });
    }

    private static void render(PlotBackend backend, String figure) throws IOException {
        assertFalse(backend.arrays(figure).isEmpty(), figure + " declares no arrays");
        // Shared: animations render their frames on several threads.
        try (Arena arena = Arena.ofShared()) {
            Map<String, Tensor> data = new LinkedHashMap<>();
            SplittableRandom random = new SplittableRandom(figure.hashCode());
            for (FigureArray a : backend.arrays(figure)) {
                if (!a.required()) {
                    continue;
                }
                int[] shape = a.dims().stream().mapToInt(FigureConformanceTest::size).toArray();
                Tensor t = Tensor.allocate(arena, shape);
                // Ascending values in [0, 1): times increase and extents are (min, max) pairs, as figures expect.
                double[] v = random.doubles(t.size()).sorted().toArray();
                for (int i = 0; i < v.length; i++) {
                    t.segment().setAtIndex(ValueLayout.JAVA_FLOAT, i, (float) v[i]);
                }
                data.put(a.name().equals(FigureArray.ANY_NAME) ? "state" : a.name(), t);
            }
            String format = backend.format(figure);
            Path out = dir.resolve(figure + "." + format);
            backend.render(figure, data, RequiredValues.of(backend.options(figure)), out, ProgressListener.NONE);
            BufferedImage image = ImageIO.read(out.toFile());
            assertNotNull(image, figure + ": " + out + " does not decode (" + Files.size(out) + " bytes)");
            assertTrue(image.getWidth() > 50 && image.getHeight() > 50, figure + ": " + image.getWidth() + "×"
                    + image.getHeight());
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < image.getHeight(); y += 3) {
                for (int x = 0; x < image.getWidth(); x += 3) {
                    colours.add(image.getRGB(x, y));
                }
            }
            assertTrue(colours.size() > 2, figure + " is blank: " + colours.size() + " colours");
        }
    }

    /** A dimension: a sum of products of symbols and numbers ({@code "n*n"}, {@code "C+1"}). */
    private static int size(String dim) {
        int sum = 0;
        for (String term : dim.split("\\+", -1)) {
            int product = 1;
            for (String factor : term.split("\\*", -1)) {
                Integer s = SIZES.get(factor.trim());
                product *= s != null ? s : Integer.parseInt(factor.trim());
            }
            sum += product;
        }
        return sum;
    }
}
