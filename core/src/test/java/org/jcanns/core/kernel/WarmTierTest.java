package org.jcanns.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcanns.core.fft.WarmingTransforms;
import org.jcanns.core.kernel.elementwise.WarmingElementWise;
import org.jcanns.core.kernel.int8.WarmingInt8Products;
import org.jcanns.core.kernel.products.WarmingMatrixProducts;
import org.jcanns.core.sim.InputSource;
import org.jcanns.core.sim.Simulation;
import org.jcanns.core.testing.DecayModel;
import org.jcanns.core.testing.Tolerance;
import org.jcanns.spi.Tensor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The warm tier: plain loops first, the tier below once a run settles it or after a kernel's call count, and each
 * result the one tier's or the other's, bit for bit. A dot product of 4096 random values tells the two apart (the
 * plain loop sums in order, the Vector API in lanes).
 */
class WarmTierTest {
    private static final Kernels SCALAR = KernelTiers.named("scalar");
    private static final Kernels PANAMA = KernelTiers.named("panama");
    private Arena arena;
    private Tensor a;
    private Tensor b;

    @BeforeEach
    void data() {
        arena = Arena.ofConfined();
        a = Tolerance.uniform(arena, 1, 4096);
        b = Tolerance.uniform(arena, 2, 4096);
    }

    @AfterEach
    void free() {
        arena.close();
    }

    private int bits(Kernels k) {
        return Float.floatToIntBits(k.elementWise().dot(a, b));
    }

    @Test
    void isTheDefaultWhereTheVectorApiRunsAndWrapsTheTierBelow() {
        Kernels k = KernelTiers.resolve(null, KernelTiers.class.getClassLoader());
        assertEquals("warm", k.tier());
        assertInstanceOf(WarmingElementWise.class, k.elementWise());
        assertInstanceOf(WarmingMatrixProducts.class, k.products());
        assertInstanceOf(WarmingTransforms.class, k.transforms());
        assertInstanceOf(WarmingInt8Products.class, k.int8());
        assertEquals(PANAMA.vectorLanes(), k.vectorLanes(), "batched layouts for the kernels a long run ends on");
        assertNotEquals(bits(SCALAR), bits(PANAMA), "the data tells the tiers apart");
    }

    @Test
    void aShortRunKeepsPlainLoopsAndALongOneMovesAfterItsFirstStep() {
        Kernels warm = KernelTiers.named("warm");
        warm.beginRun();
        assertEquals(bits(SCALAR), bits(warm), "first step: plain loops");
        warm.settle(WarmSwitch.RUN_CALLS - 1);
        for (int i = 0; i < 3; i++) {
            assertEquals(bits(SCALAR), bits(warm), "a run calling the kernel fewer than RUN_CALLS times");
        }
        warm.beginRun();
        assertEquals(bits(SCALAR), bits(warm));
        warm.settle(WarmSwitch.RUN_CALLS);
        assertEquals(bits(PANAMA), bits(warm), "a long run: the tier below from the second step");
    }

    @Test
    void aSimulationSettlesItsKernelsAfterTheFirstStep() {
        int plain = bits(SCALAR), fast = bits(PANAMA);
        for (int steps : new int[] {50, (int) WarmSwitch.RUN_CALLS}) {
            Kernels warm = KernelTiers.named("warm");
            List<Integer> seen = new ArrayList<>();
            // Each step ends with one dot product on the run's kernels; its bits tell which tier computed it.
            try (DecayModel m = new DecayModel(1, 1, 0.1, () -> seen.add(bits(warm)))) {
                Simulation.of(m, 0.1).kernels(warm).inputs(InputSource.of(Map.of("inp", Tensor.allocate(arena, steps, 1))))
                        .run().close();
            }
            assertEquals(plain, seen.get(0), "the first step on plain loops");
            int expected = steps < WarmSwitch.RUN_CALLS ? plain : fast;
            for (int i = 1; i < steps; i++) {
                assertEquals(expected, seen.get(i), steps + " steps, step " + i);
            }
        }
    }

    @Test
    void outsideARunAKernelMovesAfterItsCallCount() {
        Kernels warm = KernelTiers.named("warm");
        int plain = bits(SCALAR);
        for (int i = 0; i < WarmSwitch.calls(); i++) {
            assertEquals(plain, bits(warm), "call " + i);
        }
        assertEquals(bits(PANAMA), bits(warm), "the call after the count");
    }

    @Test
    void aKernelTheFirstStepDidNotCallKeepsTheCallCountRule() {
        Kernels warm = KernelTiers.named("warm");
        warm.beginRun();
        warm.settle(Long.MAX_VALUE / 2);
        assertEquals(bits(SCALAR), bits(warm));
    }

    @Test
    void aBigCallGoesToTheTierBelowAtOnce() {
        int n = (int) WarmSwitch.BIG;
        Tensor x = Tolerance.uniform(arena, 3, n), y = Tolerance.uniform(arena, 4, n);
        float plain = SCALAR.elementWise().dot(x, y), fast = PANAMA.elementWise().dot(x, y);
        assertNotEquals(Float.floatToIntBits(plain), Float.floatToIntBits(fast));
        assertEquals(Float.floatToIntBits(fast), Float.floatToIntBits(KernelTiers.named("warm").elementWise().dot(x, y)));
    }
}
