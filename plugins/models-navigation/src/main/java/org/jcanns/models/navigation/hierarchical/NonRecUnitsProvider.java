package org.jcanns.models.navigation.hierarchical;

import java.util.List;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.model.BasicModelProvider;
import org.jcanns.spi.param.Param;

/** Provides {@code non-rec-units}: canns' NonRecUnits, leaky integrators whose rates lag one step. */
public final class NonRecUnitsProvider extends BasicModelProvider {
    /** The provider the registry instantiates. */
    public NonRecUnitsProvider() {
        super("non-rec-units", "leaky integrators with relu rates one step behind, plus noise (canns NonRecUnits)",
                List.of(Param.integer("size", 180, "number of units").atLeast(1),
                        Param.real("tau", 0.1, "time constant").positive(),
                        Param.real("noise", 2.0, "standard deviation of the rate noise (0: none)").atLeast(0)),
                (p, c) -> new NonRecUnits(p.getInt("size"), p.getDouble("tau"), p.getDouble("noise"), c.dt(),
                        Kernels.of(c.kernels()), c.random()));
    }
}
