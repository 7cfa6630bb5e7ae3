/** Hierarchical path integration and the theta-sweep networks, with their own kernel families. */
module org.jcanns.models.navigation {
    requires org.jcanns.core;
    requires static jdk.incubator.vector;

    provides org.jcanns.spi.kernel.KernelImplementations with org.jcanns.models.navigation.NavigationKernelImplementations.Scalar,
            org.jcanns.models.navigation.NavigationKernelImplementations.Panama,
            org.jcanns.models.navigation.NavigationKernelImplementations.Warm;
    provides org.jcanns.spi.model.ModelProvider with org.jcanns.models.navigation.hierarchical.GaussRecUnitsProvider,
            org.jcanns.models.navigation.hierarchical.NonRecUnitsProvider,
            org.jcanns.models.navigation.hierarchical.BandCellProvider,
            org.jcanns.models.navigation.hierarchical.GridCellProvider,
            org.jcanns.models.navigation.hierarchical.PathIntegrationModuleProvider,
            org.jcanns.models.navigation.hierarchical.HierarchicalNetworkProvider,
            org.jcanns.models.navigation.theta.DirectionCellNetworkProvider,
            org.jcanns.models.navigation.theta.GridCellNetworkProvider;
}
