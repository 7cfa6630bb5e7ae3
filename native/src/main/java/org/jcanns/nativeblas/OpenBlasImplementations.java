package org.jcanns.nativeblas;

import java.util.Set;
import org.jcanns.core.kernel.products.MatrixProducts;
import org.jcanns.spi.kernel.KernelImplementations;

/** The {@code openblas} tier's one family: matrix products through OpenBLAS. */
public final class OpenBlasImplementations implements KernelImplementations {
    @Override
    public String tier() {
        return "openblas";
    }

    @Override
    public Set<Class<?>> families() {
        return Set.of(MatrixProducts.class);
    }

    @Override
    public <K> K create(Class<K> family) {
        if (family != MatrixProducts.class) {
            throw new IllegalArgumentException("the openblas tier implements no kernel family " + family.getName());
        }
        return family.cast(new OpenBlasMatrixProducts());
    }
}
