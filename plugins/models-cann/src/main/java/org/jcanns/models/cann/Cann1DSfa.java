package org.jcanns.models.cann;

import java.util.List;
import java.util.Map;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.StepInput;
import org.jcanns.spi.param.Params;

/**
 * canns' CANN1D_SFA (Mi et al. 2014): CANN1D with spike-frequency adaptation {@code v}. Each step: r from the old
 * u; {@code u ← u + dt·(−u + W·r + inp − v)/tau}; then {@code v ← v + dt·(−v + m·u)/tau_v} with the new u.
 */
public final class Cann1DSfa extends Cann1D {
    private final Tensor v;
    private final float tauV;
    private final float m;

    /** A CANN1D_SFA from validated parameters, stepped with {@code dt}, using {@code kernels}. */
    public Cann1DSfa(Params p, double dt, Kernels kernels) {
        super(p, dt, kernels);
        this.tauV = (float) p.getDouble("tau_v");
        this.m = (float) p.getDouble("m");
        this.v = Tensor.allocate(arena, num);
    }

    @Override
    public List<String> stateNames() {
        return List.of("u", "r", "inp", "v");
    }

    @Override
    protected Map<String, Tensor> states() {
        return Map.of("u", u, "r", r, "inp", inp, "v", v);
    }

    @Override
    public void reset() {
        super.reset();
        v.fill(0);
    }

    @Override
    public void step(StepInput input) {
        inp.copyFrom(input.get("inp"));
        computeRate();
        recurrent.apply(r, irec);
        kernels.axpy(1f, inp, irec);
        kernels.axpy(-1f, v, irec);
        kernels.leak(u, irec, 1f, dt / tau);
        kernels.leak(v, u, m, dt / tauV);
    }
}
