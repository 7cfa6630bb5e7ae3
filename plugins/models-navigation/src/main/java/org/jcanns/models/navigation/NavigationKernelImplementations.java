package org.jcanns.models.navigation;

import java.util.Set;
import org.jcanns.models.navigation.hierarchical.PanamaStepProducts;
import org.jcanns.models.navigation.hierarchical.StepProducts;
import org.jcanns.spi.kernel.KernelImplementations;
import org.jcanns.spi.kernel.KernelSet;

/**
 * The navigation models' kernel families on one tier: {@code scalar}, {@code panama} or {@code warm} (one service
 * class each; the warm tier has {@link NavigationKernels} only, see {@link WarmingNavigationKernels}).
 */
public abstract sealed class NavigationKernelImplementations implements KernelImplementations {
    private static final Set<Class<?>> FAMILIES = Set.of(NavigationKernels.class, StepProducts.class);

    @Override
    public Set<Class<?>> families() {
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

    /** The warm tier's navigation kernels: plain loops first, then those of the tier below. */
    public static final class Warm extends NavigationKernelImplementations {
        @Override
        public String tier() {
            return "warm";
        }

        @Override
        public Set<Class<?>> families() {
            return Set.of(NavigationKernels.class);
        }

        @Override
        public <K> K create(Class<K> family) {
            throw new IllegalStateException("the warm tier's kernels wrap those of the tier below it");
        }

        @Override
        public <K> K create(Class<K> family, KernelSet below) {
            return family.cast(new WarmingNavigationKernels(NavigationKernels.SCALAR, below));
        }
    }
}
