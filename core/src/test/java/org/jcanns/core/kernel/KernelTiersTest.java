package org.jcanns.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import org.jcanns.core.fft.PanamaTransforms;
import org.jcanns.core.fft.ScalarTransforms;
import org.jcanns.core.fft.Transforms;
import org.jcanns.core.kernel.elementwise.ElementWise;
import org.jcanns.core.kernel.elementwise.PanamaElementWise;
import org.jcanns.core.kernel.int8.Int8Products;
import org.jcanns.core.kernel.int8.PanamaInt8Products;
import org.jcanns.core.kernel.products.MatrixProducts;
import org.jcanns.core.kernel.products.PanamaMatrixProducts;
import org.jcanns.core.kernel.products.ScalarMatrixProducts;
import org.jcanns.spi.Tensor;
import org.junit.jupiter.api.Test;

/** The tier choice: forced by name, best available otherwise, recoverable errors, families of the right class. */
class KernelTiersTest {
    private static final ClassLoader LOADER = KernelTiers.class.getClassLoader();

    @Test
    void picksTheVectorApiWhenItsModuleIsPresent() {
        // Surefire runs with --add-modules jdk.incubator.vector: the panama tier (or a faster one) must win.
        assertTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(), "test JVM lacks the module");
        String chosen = KernelTiers.resolve(null, LOADER).tier();
        assertFalse(chosen.equals("scalar"), "expected a vector tier, got " + chosen);
        assertTrue(KernelTiers.names().containsAll(List.of("scalar", "panama")));
    }

    @Test
    void aForcedTierIsUsed() {
        assertEquals("scalar", KernelTiers.named("scalar").tier());
        assertEquals("panama", KernelTiers.named(" PANAMA ").tier());
    }

    @Test
    void anUnknownForcedTierFailsOnOneLineAndCanBeRetried() {
        KernelTierException e = assertThrows(KernelTierException.class, () -> KernelTiers.resolve("cuda", LOADER));
        assertTrue(e.getMessage().startsWith("unknown kernel tier 'cuda'; known: ") && e.getMessage().contains("panama")
                && !e.getMessage().contains("\n"), e.getMessage());
        // Nothing is left half-initialised: the next resolution works.
        assertEquals("scalar", KernelTiers.resolve("scalar", LOADER).tier());
    }

    @Test
    void eachTierUsesItsOwnFamiliesAndFallsBackAlongItsChain() {
        Kernels scalar = KernelTiers.named("scalar");
        assertEquals(ScalarMatrixProducts.class, scalar.products().getClass());
        assertEquals(ScalarTransforms.class, scalar.transforms().getClass());
        assertEquals(1, scalar.vectorLanes());
        Kernels panama = KernelTiers.named("panama");
        assertInstanceOf(PanamaElementWise.class, panama.elementWise());
        assertInstanceOf(PanamaMatrixProducts.class, panama.products());
        assertInstanceOf(PanamaTransforms.class, panama.transforms());
        assertInstanceOf(PanamaInt8Products.class, panama.int8());
        assertTrue(panama.vectorLanes() >= 4);
        assertTrue(panama.get(ElementWise.class) == panama.elementWise(), "one instance per family and set");
        for (Kernels k : KernelTiers.loadable()) {
            // Every family of every tier: a vector tier never silently degrades to plain loops.
            for (Class<?> family : List.of(ElementWise.class, MatrixProducts.class, Transforms.class,
                    Int8Products.class)) {
                String impl = k.get(family).getClass().getSimpleName();
                assertTrue(k.tier().equals("scalar") ? impl.startsWith("Scalar") : !impl.startsWith("Scalar"),
                        k.tier() + " uses " + impl + " for " + family.getSimpleName());
            }
        }
    }

    @Test
    void anUnknownFamilyIsAClearError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KernelTiers.named("scalar").get(String.class));
        assertTrue(e.getMessage().contains("java.lang.String"), e.getMessage());
    }

    @Test
    void heapTensorsAreRefusedOnEveryTierWithTheArgumentNamed() {
        // The memory rule is checked where a kernel is entered, the same on every tier, so misuse shows on scalar too.
        float[] heap = new float[8];
        Tensor onHeap = Tensor.wrap(MemorySegment.ofArray(heap), 8);
        try (Arena arena = Arena.ofConfined()) {
            Tensor y = Tensor.allocate(arena, 8);
            Tensor a = Tensor.allocate(arena, 8, 8);
            for (Kernels k : KernelTiers.loadable()) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> k.products().gemv(a, onHeap, y), k.tier());
                assertTrue(e.getMessage().startsWith("gemv: argument 'x' is a heap-backed tensor"), e.getMessage());
                assertThrows(IllegalArgumentException.class, () -> k.elementWise().axpy(1f, onHeap, y), k.tier());
            }
        }
    }
}
