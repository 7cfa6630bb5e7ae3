package org.jcanns.core.kernel.int8;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.jcanns.core.kernel.WarmFamily;
import org.jcanns.core.kernel.WarmSwitch;

/**
 * The int8 products of the {@code warm} tier: the plain loops of {@code plain} for the first calls, then the
 * {@code fast} product of the tier below (see {@link WarmSwitch}).
 */
public final class WarmingInt8Products extends Int8Products implements WarmFamily {
    private final Int8Products plain;
    private final Int8Products fast;
    private final WarmSwitch gemmBtInt8 = new WarmSwitch();

    /** Kernels that start on {@code plain} and move to {@code fast} one by one (see {@link WarmSwitch}). */
    public WarmingInt8Products(Int8Products plain, Int8Products fast) {
        this.plain = plain;
        this.fast = fast;
    }

    @Override
    public List<WarmSwitch> switches() {
        return List.of(gemmBtInt8);
    }

    @Override
    protected void gemmBtInt8(MemorySegment a, MemorySegment q, MemorySegment c, int m, int n, int k) {
        (gemmBtInt8.fast((long) m * n * k) ? fast : plain).gemmBtInt8(a, q, c, m, n, k);
    }
}
