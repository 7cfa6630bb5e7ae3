package org.jcanns.models.navigation.theta;

import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.model.BasicModelProvider;

/** Provides {@code direction-cell-network}: canns' theta-modulated head-direction ring with adaptation. */
public final class DirectionCellNetworkProvider extends BasicModelProvider {
    /** The provider the registry instantiates. */
    public DirectionCellNetworkProvider() {
        super("direction-cell-network", "theta-modulated head-direction ring with adaptation (canns "
                + "DirectionCellNetwork)", DirectionCellNetwork.params(),
                (p, c) -> new DirectionCellNetwork(p, c.dt(), Kernels.of(c.kernels()), c.random()));
    }
}
