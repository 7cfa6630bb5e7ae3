package org.jcanns.models.navigation.theta;

import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.model.BasicModelProvider;

/** Provides {@code grid-cell-network}: canns' twisted-torus grid cells with conjunctive direction input. */
public final class GridCellNetworkProvider extends BasicModelProvider {
    /** The provider the registry instantiates. */
    public GridCellNetworkProvider() {
        super("grid-cell-network", "twisted-torus grid cells driven by conjunctive direction input, theta sweeps "
                + "(canns GridCellNetwork)", GridCellNetwork.params(),
                (p, c) -> new GridCellNetwork(p, c.dt(), Kernels.of(c.kernels()), c.random()));
    }
}
