package org.jcanns.models.navigation.hierarchical;

import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.model.BasicModelProvider;

/** Provides {@code hierarchical-network}: canns' HierarchicalNetwork, path integration to place cells. */
public final class HierarchicalNetworkProvider extends BasicModelProvider {
    /** The provider the registry instantiates. */
    public HierarchicalNetworkProvider() {
        super("hierarchical-network", "band cells, grid modules and place cells integrating velocity into a "
                + "decoded position (canns HierarchicalNetwork)", HierarchicalNetwork.params(),
                (p, c) -> new HierarchicalNetwork(p, c.dt(), Kernels.of(c.kernels()), c.random()));
    }
}
