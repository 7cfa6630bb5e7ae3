package org.jcanns.models.layers;

import java.lang.foreign.Arena;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jcanns.spi.Tensor;

/** The arrays of a feed-forward layer: W (outputs, inputs) drawn from N(0, σ²), and named state vectors. */
final class LayerState implements AutoCloseable {
    final Arena arena = Arena.ofShared();
    final Tensor w;
    private final Map<String, Tensor> states = new LinkedHashMap<>();

    LayerState(int inputs, int outputs, double sigma, RandomGenerator random) {
        w = Tensor.allocate(arena, outputs, inputs);
        for (long i = 0; i < w.size(); i++) {
            w.set(i, (float) (random.nextGaussian() * sigma));
        }
    }

    /** Adds a state vector called {@code name} of {@code length} zeros. */
    Tensor add(String name, int length) {
        Tensor t = Tensor.allocate(arena, length);
        states.put(name, t);
        return t;
    }

    List<String> names() {
        return List.copyOf(states.keySet());
    }

    Tensor get(String name) {
        Tensor t = states.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no state '" + name + "'; states: " + names());
        }
        return t;
    }

    /** Sets every state vector to zero. */
    void zero() {
        states.values().forEach(t -> t.fill(0));
    }

    @Override
    public void close() {
        arena.close();
    }
}
