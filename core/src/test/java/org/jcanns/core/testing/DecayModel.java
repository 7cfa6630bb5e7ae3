package org.jcanns.core.testing;

import java.lang.foreign.Arena;
import java.util.List;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.InputSpec;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.StepInput;

/** A minimal model for core tests: {@code u ← u + dt·(inp − u)/tau}, n independent leaky integrators. */
public final class DecayModel implements Model {
    private final Arena arena = Arena.ofShared();
    private final Tensor u;
    private final double dt;
    private final double tau;
    private final Runnable afterStep;

    /** n integrators with time constant tau stepped with dt. */
    public DecayModel(int n, double tau, double dt) {
        this(n, tau, dt, () -> { });
    }

    /** The same, running {@code afterStep} at the end of every step (to observe what a run does between steps). */
    public DecayModel(int n, double tau, double dt, Runnable afterStep) {
        this.u = Tensor.allocate(arena, n);
        this.tau = tau;
        this.dt = dt;
        this.afterStep = afterStep;
    }

    @Override
    public int[] shape() {
        return u.shape();
    }

    @Override
    public List<String> stateNames() {
        return List.of("u");
    }

    @Override
    public Tensor state(String name) {
        if (!name.equals("u")) {
            throw new IllegalArgumentException("no state '" + name + "'; states: [u]");
        }
        return u;
    }

    @Override
    public List<InputSpec> inputs() {
        return List.of(new InputSpec("inp", u.shape(), "drive"));
    }

    @Override
    public void reset() {
        u.fill(0);
    }

    @Override
    public void step(StepInput input) {
        Tensor in = input.get("inp");
        for (long i = 0; i < u.size(); i++) {
            u.set(i, (float) (u.get(i) + dt * (in.get(i) - u.get(i)) / tau));
        }
        afterStep.run();
    }

    @Override
    public void close() {
        arena.close();
    }
}
