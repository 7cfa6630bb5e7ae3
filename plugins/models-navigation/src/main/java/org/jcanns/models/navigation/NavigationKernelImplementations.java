package org.jcanns.models.navigation;

import java.util.Set;
import org.jcanns.models.navigation.hierarchical.PanamaStepProducts;
import org.jcanns.models.navigation.hierarchical.StepProducts;
import org.jcanns.spi.kernel.KernelImplementations;

/** The navigation models' kernel families on one tier: {@code scalar} or {@code panama} (one service class each). */
public abstract sealed class NavigationKernelImplementations implements KernelImplementations {
    private static final Set<Class<?>> FAMILIES = Set.of(NavigationKernels.class, StepProducts.class);

    @Override
    public final Set<Class<?>> families() {
        return FAMILIES;
    }

    /** Plain loops. */
    public static final class Scalar extends NavigationKernelImplementations {
        @Override
        public String tier() {
            return "scalar";
        }

        @Override
        public <K> K create(Class<K> family) {
            return family.cast(family == NavigationKernels.class ? NavigationKernels.SCALAR : StepProducts.SCALAR);
        }
    }

    /** The Vector API versions; created only once the panama tier's check has passed. */
    public static final class Panama extends NavigationKernelImplementations {
        @Override
        public String tier() {
            return "panama";
        }

        @Override
        public <K> K create(Class<K> family) {
            return family.cast(family == NavigationKernels.class ? new PanamaNavigationKernels()
                    : new PanamaStepProducts());
        }
    }
}
