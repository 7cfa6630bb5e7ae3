package org.jcanns.models.layers;

import java.util.List;
import java.util.random.RandomGenerator;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.model.StepInput;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.train.SlidingThresholdLayer;

/**
 * canns' LinearLayer: {@code y = W·x}, W (outputs, inputs) drawn from N(0, 0.01²), with the BCM sliding threshold
 * {@code θ ← θ + (y² − θ)/τ_θ} (starting at 0.1). Trained by Oja, Sanger and BCM. canns keeps θ only with
 * {@code use_bcm_threshold=True}; here it always exists and changes only when a rule updates it.
 */
public final class LinearLayer extends Layer implements SlidingThresholdLayer {
    /** The parameters, in canns' spelling. */
    public static List<Param> params() {
        return List.of(
                Param.integer("input_size", null, "length of an input x").atLeast(1),
                Param.integer("output_size", null, "number of outputs y (features learned)").atLeast(1),
                Param.real("threshold_tau", 100.0, "time constant τ_θ of the BCM sliding threshold").positive());
    }

    private static final float THETA0 = 0.1f;
    private final float thresholdTau;
    private final Tensor x;
    private final Tensor y;
    private final Tensor theta;

    /** A layer from validated parameters, its weights drawn from the context's random source. */
    public LinearLayer(Params p, ModelContext context) {
        this(p, context.random(), Kernels.of(context.kernels()));
    }

    /** A layer from validated parameters, its weights drawn from {@code random}, using {@code kernels}. */
    public LinearLayer(Params p, RandomGenerator random, Kernels kernels) {
        super(p.getInt("input_size"), p.getInt("output_size"), 0.01, random, kernels, "input vector");
        this.thresholdTau = (float) p.getDouble("threshold_tau");
        this.x = newState("x", inputSize());
        this.y = newState("y", outputSize());
        this.theta = newState("theta", outputSize());
        theta.fill(THETA0);
    }

    @Override
    public void forward(Tensor input, Tensor out) {
        x.copyFrom(input);
        kernels.products().gemv(w, x, y);
        out.copyFrom(y);
    }

    @Override
    public Tensor theta() {
        return theta;
    }

    @Override
    public void updateThreshold() {
        for (int i = 0; i < outputSize(); i++) {
            float v = y.get(i), t = theta.get(i);
            theta.set(i, t + (v * v - t) / thresholdTau);
        }
    }

    /** x and y back to zero and θ to 0.1; W, a learned parameter, stays. */
    @Override
    public void reset() {
        zeroStates();
        theta.fill(THETA0);
    }

    /** One forward pass on the input {@code x}. */
    @Override
    public void step(StepInput input) {
        forward(input.get("x"), y);
    }
}
