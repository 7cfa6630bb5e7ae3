package org.jcanns.models.navigation.hierarchical;

import java.util.random.RandomGenerator;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.models.navigation.NavigationModel;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.StepInput;

/**
 * canns' NonRecUnits: {@code size} leaky integrators without recurrence. Each step, {@code r = relu(u) + noise·N(0,1)}
 * from the old u (so r lags u by one step), then {@code u ← u + dt·(−u + input)/tau}. The noise is drawn from the
 * model's seeded source, and not at all when {@code noise = 0}.
 */
public final class NonRecUnits extends NavigationModel {
    private final float tau;
    private final double noise;
    private final float dt;
    private final RandomGenerator random;
    private final Tensor u;
    private final Tensor r;
    private final Tensor input;

    /** {@code size} units with time constant {@code tau} and noise level {@code noise}, stepped with {@code dt}. */
    public NonRecUnits(int size, double tau, double noise, double dt, Kernels kernels, RandomGenerator random) {
        super(kernels, size);
        this.tau = (float) tau;
        this.noise = noise;
        this.dt = (float) dt;
        this.random = random;
        this.u = newState("u", size);
        this.r = newState("r", size);
        this.input = newState("input", size);
        declareInput("input", "external input per unit", size);
    }

    @Override
    public void reset() {
        zeroStates();
    }

    @Override
    public void step(StepInput in) {
        update(in.get("input"));
    }

    /** One step with {@code external} input (kept as state {@code input}). */
    public void update(Tensor external) {
        input.copyFrom(external);
        for (long i = 0; i < r.size(); i++) {
            float ui = u.get(i);
            float ri = ui > 0 ? ui : 0;
            r.set(i, noise != 0 ? (float) (ri + noise * random.nextGaussian()) : ri);
        }
        kernels.elementWise().leak(u, input, 1f, dt / tau);
    }

    /** The rates (live). */
    public Tensor r() {
        return r;
    }

    /** The membrane inputs (live). */
    public Tensor u() {
        return u;
    }
}
