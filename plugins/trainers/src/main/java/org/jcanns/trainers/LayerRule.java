package org.jcanns.trainers;

import java.lang.foreign.Arena;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.train.FeedForwardLayer;
import org.jcanns.spi.train.Patterns;

/** A local rule on a feed-forward layer: one forward pass and one weight update per pattern, in order. */
abstract class LayerRule extends BaseTrainer {
    protected final FeedForwardLayer layer;
    protected final Kernels kernels;
    protected final float learningRate;

    LayerRule(FeedForwardLayer layer, float learningRate, Kernels kernels) {
        this.layer = layer;
        this.kernels = kernels;
        this.learningRate = learningRate;
    }

    @Override
    public final void train(Tensor patterns) {
        Patterns.requireBatch(patterns, "patterns");
        Patterns.requireLength(patterns, layer.inputSize(), "patterns", "the layer's inputs");
        checkValues(patterns);
        beforeTraining();
        int p = patterns.dim(0);
        try (Arena arena = Arena.ofConfined()) {
            Tensor y = Tensor.allocate(arena, layer.outputSize());
            for (int k = 0; k < p; k++) {
                Tensor x = patterns.slice(k);
                layer.forward(x, y);
                learn(x, y, layer.weights());
                progress(k + 1, p);
            }
        }
    }

    /** The layer's output for {@code pattern} (canns' {@code predict}: the layer's forward pass). */
    @Override
    public void predict(Tensor pattern, Tensor out) {
        Patterns.requireLength(pattern, layer.inputSize(), "pattern", "the layer's inputs");
        layer.forward(pattern, out);
    }

    /** Rejects values the rule cannot take; by default every finite value is fine. */
    protected void checkValues(Tensor patterns) {
    }

    /** Runs once before the patterns of a {@code train} call. */
    protected void beforeTraining() {
    }

    /** Updates {@code w} (outputs, inputs) from input {@code x} and the output {@code y} it gave. */
    protected abstract void learn(Tensor x, Tensor y, Tensor w);
}
