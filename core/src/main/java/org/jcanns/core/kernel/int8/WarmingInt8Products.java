package org.jcanns.core.kernel.int8;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.jcanns.core.kernel.WarmFamily;
import org.jcanns.core.kernel.WarmSwitch;
import org.jcanns.spi.kernel.KernelSet;

/**
 * The int8 products of the {@code warm} tier: the plain loops of {@code plain} for the first calls, then the
 * {@code fast} product of the tier below (see {@link WarmSwitch}).
 */
public final class WarmingInt8Products extends Int8Products implements WarmFamily {
    private final Int8Products plain;
    private final KernelSet below;
    /** The tier below's kernels, made at the first call that needs them (a short run never does). */
    private volatile Int8Products fast;
    private final WarmSwitch gemmBtInt8 = new WarmSwitch();

    /** Kernels that start on {@code plain} and move one by one to those of {@code below} (see {@link WarmSwitch}). */
    public WarmingInt8Products(Int8Products plain, KernelSet below) {
        this.plain = plain;
        this.below = below;
    }

    // Unsynchronised: a race makes two threads ask the tier below, which hands both the same instance.
    private Int8Products fast() {
        Int8Products f = fast;
        if (f == null) {
            f = below.get(Int8Products.class);
            fast = f;
        }
        return f;
    }

    @Override
    public List<WarmSwitch> switches() {
        return List.of(gemmBtInt8);
    }

    @Override
    protected void gemmBtInt8(MemorySegment a, MemorySegment q, MemorySegment c, int m, int n, int k) {
        (gemmBtInt8.fast((long) m * n * k) ? fast() : plain).gemmBtInt8(a, q, c, m, n, k);
    }
}
