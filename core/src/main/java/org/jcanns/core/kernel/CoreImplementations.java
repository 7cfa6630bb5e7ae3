package org.jcanns.core.kernel;

import java.util.Set;
import org.jcanns.core.fft.PanamaTransforms;
import org.jcanns.core.fft.ScalarTransforms;
import org.jcanns.core.fft.Transforms;
import org.jcanns.core.fft.WarmingTransforms;
import org.jcanns.core.kernel.elementwise.ElementWise;
import org.jcanns.core.kernel.elementwise.PanamaElementWise;
import org.jcanns.core.kernel.elementwise.ScalarElementWise;
import org.jcanns.core.kernel.elementwise.WarmingElementWise;
import org.jcanns.core.kernel.int8.Int8Products;
import org.jcanns.core.kernel.int8.PanamaInt8Products;
import org.jcanns.core.kernel.int8.ScalarInt8Products;
import org.jcanns.core.kernel.int8.WarmingInt8Products;
import org.jcanns.core.kernel.products.MatrixProducts;
import org.jcanns.core.kernel.products.PanamaMatrixProducts;
import org.jcanns.core.kernel.products.ScalarMatrixProducts;
import org.jcanns.core.kernel.products.WarmingMatrixProducts;
import org.jcanns.spi.kernel.KernelImplementations;
import org.jcanns.spi.kernel.KernelSet;

/** Core's four kernel families on one tier: {@code scalar}, {@code panama} or {@code warm} (one service class each). */
public abstract sealed class CoreImplementations implements KernelImplementations {
    /** The families core implements on both of its tiers. */
    public static final Set<Class<?>> FAMILIES = Set.of(ElementWise.class, MatrixProducts.class, Transforms.class,
            Int8Products.class);

    @Override
    public final Set<Class<?>> families() {
        return FAMILIES;
    }

    /** Core's families as plain loops. */
    public static final class Scalar extends CoreImplementations {
        @Override
        public String tier() {
            return "scalar";
        }

        @Override
        public <K> K create(Class<K> family) {
            return family.cast(family == ElementWise.class ? new ScalarElementWise()
                    : family == MatrixProducts.class ? new ScalarMatrixProducts()
                    : family == Transforms.class ? new ScalarTransforms()
                    : family == Int8Products.class ? new ScalarInt8Products() : unknown(family));
        }
    }

    /** Core's families on the Vector API. */
    public static final class Panama extends CoreImplementations {
        @Override
        public String tier() {
            return "panama";
        }

        @Override
        public <K> K create(Class<K> family) {
            return family.cast(family == ElementWise.class ? new PanamaElementWise()
                    : family == MatrixProducts.class ? new PanamaMatrixProducts()
                    : family == Transforms.class ? new PanamaTransforms()
                    : family == Int8Products.class ? new PanamaInt8Products() : unknown(family));
        }
    }

    /** Core's families on the warm tier: plain loops, each kernel moving to the tier below once warm. */
    public static final class Warm extends CoreImplementations {
        @Override
        public String tier() {
            return "warm";
        }

        @Override
        public <K> K create(Class<K> family) {
            throw new IllegalStateException("the warm tier's kernels wrap those of the tier below it");
        }

        @Override
        public <K> K create(Class<K> family, KernelSet below) {
            return family.cast(family == ElementWise.class ? new WarmingElementWise(new ScalarElementWise(), below)
                    : family == MatrixProducts.class ? new WarmingMatrixProducts(new ScalarMatrixProducts(), below)
                    : family == Transforms.class ? new WarmingTransforms(new ScalarTransforms(), below)
                    : family == Int8Products.class ? new WarmingInt8Products(new ScalarInt8Products(), below)
                    : unknown(family));
        }
    }

    private static Object unknown(Class<?> family) {
        throw new IllegalArgumentException("core implements no kernel family " + family.getName());
    }
}
