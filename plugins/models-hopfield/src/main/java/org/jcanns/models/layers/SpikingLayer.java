package org.jcanns.models.layers;

import java.util.List;
import java.util.random.RandomGenerator;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.model.StepInput;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/**
 * canns' SpikingLayer: leaky integrate-and-fire outputs with exponential spike traces, for STDP. Each forward
 * pass: {@code trace_pre ← d·trace_pre + x}; {@code v ← leak·v + W·x}; {@code spike = v ≥ threshold};
 * {@code v ← v_reset} where it spiked; {@code trace_post ← d·trace_post + spike}. W is drawn from N(0, 0.05²).
 */
public final class SpikingLayer extends Layer {
    /** The parameters, in canns' spelling. */
    public static List<Param> params() {
        return List.of(
                Param.integer("input_size", null, "number of input neurons").atLeast(1),
                Param.integer("output_size", null, "number of output neurons").atLeast(1),
                Param.real("threshold", 1.0, "membrane potential at which a neuron spikes"),
                Param.real("v_reset", 0.0, "membrane potential after a spike"),
                Param.real("leak", 0.9, "membrane leak factor per step (1 = no leak)").atLeast(0).atMost(1),
                Param.real("trace_decay", 0.95, "decay factor of the spike traces per step").atLeast(0).atMost(1));
    }

    private final float threshold;
    private final float vReset;
    private final float leak;
    private final float traceDecay;
    private final Tensor x;
    private final Tensor v;
    private final Tensor current;
    private final Tensor spike;
    private final Tensor tracePre;
    private final Tensor tracePost;

    /** A layer from validated parameters, its weights drawn from the context's random source. */
    public SpikingLayer(Params p, ModelContext context) {
        this(p, context.random(), Kernels.of(context.kernels()));
    }

    /** A layer from validated parameters, its weights drawn from {@code random}, using {@code kernels}. */
    public SpikingLayer(Params p, RandomGenerator random, Kernels kernels) {
        super(p.getInt("input_size"), p.getInt("output_size"), 0.05, random, kernels, "input spikes (0 or 1)");
        this.threshold = (float) p.getDouble("threshold");
        this.vReset = (float) p.getDouble("v_reset");
        this.leak = (float) p.getDouble("leak");
        this.traceDecay = (float) p.getDouble("trace_decay");
        this.x = newState("x", inputSize());
        this.v = newState("v", outputSize());
        this.spike = newState("spike", outputSize());
        this.tracePre = newState("trace_pre", inputSize());
        this.tracePost = newState("trace_post", outputSize());
        this.current = Tensor.allocate(arena, outputSize());
    }

    /** Writes the output spikes (0 or 1) into {@code out}. */
    @Override
    public void forward(Tensor input, Tensor out) {
        x.copyFrom(input);
        for (int j = 0; j < inputSize(); j++) {
            tracePre.set(j, traceDecay * tracePre.get(j) + x.get(j));
        }
        kernels.products().gemv(w, x, current);
        for (int i = 0; i < outputSize(); i++) {
            float vi = leak * v.get(i) + current.get(i);
            boolean fired = vi >= threshold;
            spike.set(i, fired ? 1f : 0f);
            v.set(i, fired ? vReset : vi);
            tracePost.set(i, traceDecay * tracePost.get(i) + spike.get(i));
        }
        out.copyFrom(spike);
    }

    /** Membrane potentials, spikes and traces back to zero; W stays. */
    @Override
    public void reset() {
        zeroStates();
    }

    /** One forward pass on the input spikes {@code x}. */
    @Override
    public void step(StepInput input) {
        forward(input.get("x"), spike);
    }
}
