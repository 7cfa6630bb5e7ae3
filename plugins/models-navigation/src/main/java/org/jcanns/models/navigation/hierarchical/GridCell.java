package org.jcanns.models.navigation.hierarchical;

import java.util.List;
import org.jcanns.core.geometry.Linspace;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.model.ReportsOperator;
import org.jcanns.models.navigation.CircularMean;
import org.jcanns.models.navigation.Connectivity;
import org.jcanns.models.navigation.NavigationModel;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.StepInput;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/**
 * canns' GridCell of the hierarchical model: {@code num}×{@code num} neurons on a torus of phases
 * {@code linspace(−π, π, num, endpoint=False)} (neuron i·num + j at (x[j], x[i])) with Gaussian recurrence in the
 * hexagonal metric and adaptation {@code v}. Each step, with brainstate's exponential Euler in closed form and in
 * canns' order: {@code v ← v + (1 − e^{−dt/τv})(m·u − v)} from the old u; {@code u ← u + (1 − e^{−dt/τ})(W·r +
 * input − v − u)} with the new v and the old r; {@code u ← max(u, 0)}; {@code r = u²/(1 + k·Σu²)}; the centre is
 * the circular mean per axis of the rates above 10 % of their maximum.
 */
public final class GridCell extends NavigationModel implements ReportsOperator {
    /**
     * canns' parameters.
     *
     * @param num neurons per side
     * @param tau time constant of u
     * @param tauV time constant of the adaptation v
     * @param k global inhibition
     * @param a width of the recurrent Gaussian
     * @param amplitude external input magnitude (stored by canns, unused)
     * @param j0 recurrent strength
     * @param mbar adaptation strength; m = mbar·tau/tau_v
     */
    public record Config(int num, double tau, double tauV, double k, double a, double amplitude, double j0,
                         double mbar) {
        /** The parameters {@code <prefix>num, tau, tau_v, k, a, A, J0, mbar} with canns' defaults. */
        static List<Param> params(String prefix) {
            return List.of(
                    Param.integer(prefix + "num", 20, "grid cells per side (num² in all)").atLeast(2),
                    Param.real(prefix + "tau", 0.1, "grid-cell time constant").positive(),
                    Param.real(prefix + "tau_v", 10.0, "grid-cell adaptation time constant").positive(),
                    Param.real(prefix + "k", 5e-3, "grid-cell global inhibition").atLeast(0),
                    Param.real(prefix + "a", Math.PI / 9, "width of the grid cells' recurrent Gaussian").positive(),
                    Param.real(prefix + "A", 1.0, "grid-cell input magnitude (unused, as in canns)"),
                    Param.real(prefix + "J0", 1.0, "grid-cell recurrent strength"),
                    Param.real(prefix + "mbar", 1.0, "grid-cell adaptation strength (m = mbar·tau/tau_v)"));
        }

        /** The configuration from {@code <prefix>}-named parameters. */
        static Config from(Params p, String prefix) {
            return new Config(p.getInt(prefix + "num"), p.getDouble(prefix + "tau"), p.getDouble(prefix + "tau_v"),
                    p.getDouble(prefix + "k"), p.getDouble(prefix + "a"), p.getDouble(prefix + "A"),
                    p.getDouble(prefix + "J0"), p.getDouble(prefix + "mbar"));
        }

        int neurons() {
            return num * num;
        }
    }

    private final GridCellBatch batch;
    private final CircularMean decoder;
    private final Tensor input;
    private final Tensor r;
    private final Tensor center;

    /** A grid module stepped with {@code dt}, its W from {@code connectivity} (shared between identical modules). */
    public GridCell(Config config, double dt, Kernels kernels, Connectivity connectivity) {
        super(kernels, config.neurons());
        this.batch = new GridCellBatch(config, 1, dt, kernels, connectivity);
        this.decoder = new CircularMean(Linspace.of(-Math.PI, Math.PI, config.num(), false), kernels);
        addState("u", batch.membrane(0));
        addState("v", batch.adaptation(0));
        this.r = addState("r", batch.rates(0, 1).reshape(config.neurons()));
        this.input = addState("input", batch.input(0));
        this.center = newState("center", 2);
        declareInput("input", "external input per grid cell", config.neurons());
    }

    @Override
    public void reset() {
        batch.reset();
        center.fill(0);
    }

    @Override
    public void step(StepInput in) {
        update(in.get("input"));
    }

    /** One step with {@code external} input (kept as state {@code input}). */
    public void update(Tensor external) {
        input.copyFrom(external);
        batch.update();
        double[] c = decoder.torusCentre(r, 0.1);
        center.set(0, (float) c[0]);
        center.set(1, (float) c[1]);
    }

    /** The rates (live). */
    public Tensor r() {
        return r;
    }

    @Override
    public String operator() {
        return batch.operatorName();
    }
}
