package org.jcanns.models.layers;

import java.lang.foreign.Arena;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.model.NamedStateModel;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.InputSpec;
import org.jcanns.spi.train.FeedForwardLayer;

/** What the feed-forward layers share: W (outputs, inputs) drawn from N(0, σ²), named state vectors, input x. */
abstract class Layer extends NamedStateModel implements FeedForwardLayer {
    protected final Arena arena = Arena.ofShared();
    protected final Kernels kernels;
    protected final Tensor w;
    private final String inputDoc;

    Layer(int inputs, int outputs, double sigma, RandomGenerator random, Kernels kernels, String inputDoc) {
        this.kernels = kernels;
        this.inputDoc = inputDoc;
        w = Tensor.allocate(arena, outputs, inputs);
        for (long i = 0; i < w.size(); i++) {
            w.set(i, (float) (random.nextGaussian() * sigma));
        }
    }

    /** Adds a state vector called {@code name} of {@code length} zeros. */
    protected final Tensor newState(String name, int length) {
        return addState(name, Tensor.allocate(arena, length));
    }

    @Override
    public final int inputSize() {
        return w.dim(1);
    }

    @Override
    public final int outputSize() {
        return w.dim(0);
    }

    @Override
    public final Tensor weights() {
        return w;
    }

    @Override
    public final int[] shape() {
        return new int[] {outputSize()};
    }

    @Override
    public final List<InputSpec> inputs() {
        return List.of(new InputSpec("x", new int[] {inputSize()}, inputDoc));
    }

    @Override
    public void close() {
        arena.close();
    }
}
