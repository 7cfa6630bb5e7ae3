package org.jcanns.models.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.Arena;
import java.util.Map;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.random.Seeds;
import org.jcanns.spi.Tensor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** LinearLayer and SpikingLayer dynamics on hand-checked inputs. */
class LayersTest {
    private final Arena arena = Arena.ofConfined();

    @AfterEach
    void free() {
        arena.close();
    }

    @Test
    void linearLayerComputesWxAndSlidesItsThreshold() {
        var p = new LinearLayerProvider().parameters().parse(Map.of("input_size", "3", "output_size", "3",
                "threshold_tau", "4"));
        try (LinearLayer layer = new LinearLayer(p, Seeds.generator(0), Kernels.best())) {
            layer.weights().copyFrom(new float[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
            Tensor y = Tensor.allocate(arena, 3);
            layer.forward(Tensor.of(arena, new float[] {1, 2, 3}), y);
            assertArrayEquals(new float[] {1, 2, 3}, y.toArray());
            assertArrayEquals(new float[] {0.1f, 0.1f, 0.1f}, layer.theta().toArray());
            layer.updateThreshold();
            // θ + (y² − θ)/4 from θ = 0.1.
            assertArrayEquals(new float[] {0.1f + 0.9f / 4, 0.1f + 3.9f / 4, 0.1f + 8.9f / 4}, layer.theta().toArray(),
                    1e-6f);
        }
    }

    @Test
    void weightsAreSeededAndSmall() {
        var p = new LinearLayerProvider().parameters().parse(Map.of("input_size", "50", "output_size", "40"));
        try (LinearLayer a = new LinearLayer(p, Seeds.generator(3), Kernels.best());
             LinearLayer b = new LinearLayer(p, Seeds.generator(3), Kernels.best())) {
            assertArrayEquals(a.weights().toArray(), b.weights().toArray());
            double sq = Kernels.best().elementWise().sumOfSquares(a.weights()) / 2000.0;
            assertEquals(0.01, Math.sqrt(sq), 0.001, "standard deviation of W");
        }
    }

    @Test
    void spikingLayerIntegratesFiresResetsAndKeepsTraces() {
        var p = new SpikingLayerProvider().parameters().parse(Map.of("input_size", "2", "output_size", "1"));
        try (SpikingLayer layer = new SpikingLayer(p, Seeds.generator(0), Kernels.best())) {
            layer.weights().copyFrom(new float[] {0.6f, 0.6f});
            Tensor x = Tensor.of(arena, new float[] {1, 0}), out = Tensor.allocate(arena, 1);
            layer.forward(x, out);
            assertEquals(0f, out.get(0));
            assertEquals(0.6f, layer.state("v").get(0), 1e-7f);
            layer.forward(x, out);
            // v = 0.9·0.6 + 0.6 = 1.14 >= 1: a spike, then v is reset.
            assertEquals(1f, out.get(0));
            assertEquals(0f, layer.state("v").get(0));
            assertArrayEquals(new float[] {1.95f, 0f}, layer.state("trace_pre").toArray(), 1e-6f);
            assertArrayEquals(new float[] {1f}, layer.state("trace_post").toArray());
            layer.reset();
            assertArrayEquals(new float[] {0f, 0f}, layer.state("trace_pre").toArray());
            assertEquals(0.6f, layer.weights().get(0), "reset keeps W");
        }
    }
}
