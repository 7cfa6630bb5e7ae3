package org.jcanns.trainers;

import org.jcanns.core.kernel.Kernels;
import java.util.List;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.ParameterException;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.train.FeedForwardLayer;
import org.jcanns.spi.train.Patterns;

/**
 * canns' STDPTrainer, trace-based: each input spike pattern x drives the layer (which updates its traces, membrane
 * and spikes), then {@code ΔW = η·(A₊·spike·trace_preᵀ − A₋·trace_post·xᵀ)} with the traces after the pass, W
 * clipped to [w_min, w_max]. As canns' compiled path, each {@code train} call starts from zero traces and potentials.
 */
public final class StdpTrainer extends LayerRule {
    /** The parameters, in canns' spelling. */
    public static List<Param> params() {
        return List.of(
                Param.real("learning_rate", 0.01, "global learning rate η").positive(),
                Param.real("A_plus", 0.005, "potentiation amplitude (pre before post)").atLeast(0),
                Param.real("A_minus", 0.00525, "depression amplitude (post before pre)").atLeast(0),
                Param.real("w_min", 0.0, "smallest weight"),
                Param.real("w_max", 1.0, "largest weight"));
    }

    private final float aPlus;
    private final float aMinus;
    private final float wMin;
    private final float wMax;
    private final Tensor tracePre;
    private final Tensor tracePost;

    /** An STDP trainer for a spiking {@code layer} (with states trace_pre and trace_post) and validated parameters. */
    public StdpTrainer(FeedForwardLayer layer, Params p, Kernels kernels) {
        super(layer, (float) p.getDouble("learning_rate"), kernels);
        this.aPlus = (float) p.getDouble("A_plus");
        this.aMinus = (float) p.getDouble("A_minus");
        this.wMin = (float) p.getDouble("w_min");
        this.wMax = (float) p.getDouble("w_max");
        if (!(wMin <= wMax)) {
            throw new ParameterException("w_max", "parameter 'w_max' of trainer 'stdp': expected a number >= w_min ("
                    + wMin + "), got " + wMax);
        }
        if (!layer.stateNames().containsAll(List.of("trace_pre", "trace_post"))) {
            throw new IllegalArgumentException("trainer 'stdp' needs a spiking layer with spike traces (states "
                    + "trace_pre and trace_post), such as spiking-layer; this layer has " + layer.stateNames());
        }
        this.tracePre = layer.state("trace_pre");
        this.tracePost = layer.state("trace_post");
    }

    @Override
    protected void checkValues(Tensor patterns) {
        Patterns.requireValues(patterns, "patterns", "spikes of 0 and 1 only", v -> v == 0f || v == 1f);
    }

    @Override
    protected void beforeTraining() {
        layer.reset();
    }

    @Override
    protected void learn(Tensor x, Tensor spikes, Tensor w) {
        for (int i = 0; i < w.dim(0); i++) {
            float spike = spikes.get(i), post = tracePost.get(i);
            Tensor row = w.slice(i);
            for (int j = 0; j < w.dim(1); j++) {
                float ltp = aPlus * (spike * tracePre.get(j));
                float ltd = aMinus * (post * x.get(j));
                row.set(j, Math.clamp(row.get(j) + learningRate * (ltp - ltd), wMin, wMax));
            }
        }
    }
}
