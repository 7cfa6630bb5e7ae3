package org.jcanns.trainers;

import org.jcanns.core.kernel.Kernels;
import java.util.List;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.train.SlidingThresholdLayer;

/**
 * canns' BCMTrainer (Bienenstock, Cooper and Munro 1982): {@code y = W·x}, {@code ΔW = η·(y∘(y − θ))·xᵀ}, W clipped
 * to ±{@code weight_clip} (canns: 10), then the layer's threshold slides, {@code θ ← θ + (y² − θ)/τ_θ}.
 */
public final class BcmTrainer extends LayerRule {
    /** The parameters, in canns' spelling plus the clip canns hard-codes. */
    public static List<Param> params() {
        return List.of(
                Param.real("learning_rate", 0.01, "learning rate η").positive(),
                Param.real("weight_clip", 10.0, "weights are clipped to [-weight_clip, weight_clip]").positive());
    }

    private final SlidingThresholdLayer thresholdLayer;
    private final float clip;

    /** A BCM trainer for {@code layer} with validated parameters. */
    public BcmTrainer(SlidingThresholdLayer layer, Params p, Kernels kernels) {
        super(layer, (float) p.getDouble("learning_rate"), kernels);
        this.thresholdLayer = layer;
        this.clip = (float) p.getDouble("weight_clip");
    }

    @Override
    protected void learn(Tensor x, Tensor y, Tensor w) {
        Tensor theta = thresholdLayer.theta();
        for (int i = 0; i < w.dim(0); i++) {
            float yi = y.get(i);
            float phi = yi * (yi - theta.get(i));
            Tensor row = w.slice(i);
            for (int j = 0; j < w.dim(1); j++) {
                row.set(j, Math.clamp(row.get(j) + learningRate * (phi * x.get(j)), -clip, clip));
            }
        }
        thresholdLayer.updateThreshold();
    }
}
