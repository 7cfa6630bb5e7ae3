package org.jcanns.models.navigation;

import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.model.NamedStateModel;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.InputSpec;
import org.jcanns.spi.model.StepInput;

/**
 * What the navigation models share: an arena for their float32 states, states and inputs registered by name, the
 * kernel tier, and parts (sub-models, operators) closed with the model.
 */
public abstract class NavigationModel extends NamedStateModel {
    protected final Arena arena = Arena.ofShared();
    protected final Kernels kernels;
    private final int[] shape;
    private final List<InputSpec> inputs = new ArrayList<>();
    private final List<AutoCloseable> parts = new ArrayList<>();

    /** A model whose neuron population has {@code shape}, computing with {@code kernels}. */
    protected NavigationModel(Kernels kernels, int... shape) {
        this.kernels = kernels;
        this.shape = shape.clone();
    }

    /** Allocates a zero state called {@code name} of {@code shape} and lists it. */
    protected final Tensor newState(String name, int... shape) {
        return addState(name, Tensor.allocate(arena, shape));
    }

    /** Declares the per-step input {@code name} of {@code shape}. */
    protected final void declareInput(String name, String doc, int... shape) {
        inputs.add(new InputSpec(name, shape, doc));
    }

    /** Closes {@code part} when this model closes; returns it. */
    protected final <T extends AutoCloseable> T own(T part) {
        parts.add(part);
        return part;
    }

    /**
     * {@code model}, which from now on also closes {@code part}: for what a standalone model was built with and
     * owns alone, such as its {@link Connectivity}.
     */
    public static <M extends NavigationModel> M alsoClosing(M model, AutoCloseable part) {
        model.own(part);
        return model;
    }

    /** The single value of input {@code name}. */
    protected static double scalar(StepInput in, String name) {
        return in.get(name).get(0);
    }

    /** The values of input {@code name} as doubles. */
    protected static double[] vector(StepInput in, String name) {
        Tensor t = in.get(name);
        double[] v = new double[Math.toIntExact(t.size())];
        for (int i = 0; i < v.length; i++) {
            v[i] = t.get(i);
        }
        return v;
    }

    @Override
    public final int[] shape() {
        return shape.clone();
    }

    @Override
    public final List<InputSpec> inputs() {
        return List.copyOf(inputs);
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (AutoCloseable part : parts.reversed()) {
            try {
                part.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("closing " + part + " failed", e);
                }
            }
        }
        arena.close();
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + Arrays.toString(shape);
    }
}
